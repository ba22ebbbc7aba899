/// Organisations that news names by a head word and the words that specify it (وزارة الصحة،
/// نادي نجران، إدارة تعليم جازان، شركة الاتصالات السعودية, هيئة الطيران المدني): the tagger,
/// trained on ANERcorp, often leaves them out or takes only the place inside them.
///
/// A phrase starts at an indefinite organisation head (a head with the article is a description:
/// الوزارة، الحكومة), may pass one or two indefinite nouns (إدارة تعليم …), and takes a definite
/// word or a name; after a definite word further definite words follow (الشؤون البلدية), after a
/// name only the rest of it and nisba adjectives (السعودية، الدولي). It stops at punctuation, at a
/// word with a conjunction or a preposition, at a title or a person after the name (جريدة الجزيرة
/// الأستاذ خالد …), and after six words. Heads that are mostly common nouns (مركز، مصلحة، غرفة)
/// start no phrase, and إدارة only one with a name in it.
struct OrganisationPhrases {
    let lexicon: EntityLexicon

    /// The organisation phrases of a sentence of `count` tokens, as ranges of its tokens.
    /// `key(i)` is token i's matching-form key; `word(i)` describes it, and is asked only around
    /// organisation heads, which are rare.
    func phrases(count: Int, key: (Int) -> UInt64, word: (Int) -> PhraseWord) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while start < count {
            if isHead(key(start)), case let head = word(start), head.isWord, !head.isDefinite,
               let end = end(of: start, count: count, word), holdsEnough(start ..< end, key: head.key, word) {
                found.append(start ..< end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    private func isHead(_ key: UInt64) -> Bool {
        Self.headsBeforeNames.contains(key) || (lexicon.cues[key] == .organisation && !Self.commonHeads.contains(key))
    }

    /// Whether the phrase is a name: a head that is often a common noun needs a name in it.
    private func holdsEnough(_ phrase: Range<Int>, key: UInt64, _ word: (Int) -> PhraseWord) -> Bool {
        !Self.headsBeforeNames.contains(key) || phrase.dropFirst().contains { word($0).tag != .outside }
    }

    /// Where the phrase begun at `start` ends: after its last definite word or name.
    private func end(of start: Int, count: Int, _ word: (Int) -> PhraseWord) -> Int? {
        var last: Int?
        var index = start + 1
        while index < min(count, start + 7) {
            let current = word(index)
            guard current.isWord, current.isBare, !Self.stops.contains(current.key) else { break }
            // After the name, a title or a person it does not introduce begins something else
            // (جريدة الجزيرة الأستاذ خالد …، نادي نجران هذيل آل شرمه).
            let isTitle = lexicon.cues[current.key] == .title
            if last != nil, isTitle || (current.tag.kind == .person && current.tag.begins && lexicon.cues[word(index - 1).key] != .title) { break }
            // After a name, only an adjective (a nisba: الدولي، السعودية) still belongs to the
            // organisation; a definite noun there is what it acts on (إدارة تعليم جازان الطلاب).
            if let anchor = last, word(anchor).tag != .outside, current.tag == .outside, !current.isNisba { break }
            if current.tag != .outside || current.isDefinite {
                last = index
            } else if last == nil, index - start >= 3 {
                break
            }
            index += 1
        }
        return last.map { $0 + 1 }
    }

    /// Organisation heads that, before a definite word, are mostly common nouns (مركز الصدارة،
    /// مصلحة بريطانيا، غرفة العمليات، فرقة البحث).
    private static let commonHeads = MatchingForm.keys(of: [
        "مركز", "مصلحة", "غرفة", "فرقة", "فريق", "مكتب", "جهاز", "مجموعة", "شبكة", "تنظيم", "كلية", "دار", "شرطة", "قوات", "سلطة",
        "تيار", "كتلة", "إدارة", "دائرة", "مجمع",
    ])

    /// A head that begins a name only with a name in it (إدارة تعليم جازان, not إدارة النادي).
    private static let headsBeforeNames = MatchingForm.keys(of: ["إدارة"])

    /// Words no organisation's name runs through: prepositions, pronouns, particles.
    private static let stops = MatchingForm.keys(of: [
        "في", "من", "إلى", "على", "عن", "مع", "عند", "لدى", "منذ", "حتى", "بين", "ضد", "خلال", "بعد", "قبل", "حول", "أمام",
        "التي", "الذي", "الذين", "أن", "أنه", "أنها", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "وهو", "وهي", "كما", "قد", "لا", "لم",
        "لن", "ما", "التابع", "التابعة",
    ])
}
