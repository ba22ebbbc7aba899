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

    /// One token of a sentence, as the phrase finder sees it.
    struct Word {
        /// The token without its proclitics, in search normalization.
        let host: String
        /// The host's matching-form key.
        let key: UInt64
        /// Whether the token is a word (not punctuation, a number, a quotation mark).
        let isWord: Bool
        /// Whether the token is a proclitic-free word (no و، ب، ل glued to it).
        let isBare: Bool
        /// The tagger's tag for the token.
        let tag: EntityTag
        /// Whether the word is a title (الملك، الأستاذ).
        let isTitle: Bool

        var isDefinite: Bool { host.hasPrefix("ال") }
        var isNisba: Bool { isDefinite && ["ي", "يه", "ين", "يون"].contains { host.hasSuffix($0) } }
    }

    /// The organisation phrases of a sentence, as ranges of its tokens.
    func phrases(in words: [Word]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while start < words.count {
            if isHead(words[start]), let end = end(of: start, in: words), holdsEnough(start ..< end, words) {
                found.append(start ..< end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    private func isHead(_ word: Word) -> Bool {
        guard word.isWord, !word.isDefinite else { return false }
        return Self.headsBeforeNames.contains(word.host) || (lexicon.cues[word.key] == .organisation && !Self.commonHeads.contains(word.host))
    }

    /// Whether the phrase is a name: a head that is often a common noun needs a name in it.
    private func holdsEnough(_ phrase: Range<Int>, _ words: [Word]) -> Bool {
        !Self.headsBeforeNames.contains(words[phrase.lowerBound].host) || phrase.dropFirst().contains { words[$0].tag != .outside }
    }

    /// Organisation heads that, before a definite word, are mostly common nouns (مركز الصدارة،
    /// مصلحة بريطانيا، غرفة العمليات، فرقة البحث), in search normalization.
    private static let commonHeads: Set<String> = [
        "مركز", "مصلحه", "غرفه", "فرقه", "فريق", "مكتب", "جهاز", "مجموعه", "شبكه", "تنظيم", "كليه", "دار", "شرطه", "قوات", "سلطه",
        "تيار", "كتله", "اداره", "دائره", "مجمع",
    ]

    /// A head that begins a name only with a name in it (إدارة تعليم جازان, not إدارة النادي).
    private static let headsBeforeNames: Set<String> = ["اداره"]

    /// Where the phrase begun at `start` ends: after its last definite word or name.
    private func end(of start: Int, in words: [Word]) -> Int? {
        var last: Int?
        var index = start + 1
        while index < min(words.count, start + 7) {
            let word = words[index]
            guard word.isWord, word.isBare, !Self.stops.contains(word.host) else { break }
            // After the name, a title or a person it does not introduce begins something else
            // (جريدة الجزيرة الأستاذ خالد …، نادي نجران هذيل آل شرمه).
            if last != nil, word.isTitle || (word.tag.kind == .person && word.tag.begins && !words[index - 1].isTitle) { break }
            // After a name, only an adjective (a nisba: الدولي، السعودية) still belongs to the
            // organisation; a definite noun there is what it acts on (إدارة تعليم جازان الطلاب).
            if let anchor = last, words[anchor].tag != .outside, word.tag == .outside, !word.isNisba { break }
            if word.tag != .outside || word.isDefinite { last = index } else if last == nil, index - start >= 3 { break }
            index += 1
        }
        return last.map { $0 + 1 }
    }

    /// Words no organisation's name runs through: prepositions, pronouns, particles.
    private static let stops: Set<String> = [
        "في", "من", "الي", "علي", "عن", "مع", "عند", "لدي", "منذ", "حتي", "بين", "ضد", "خلال", "بعد", "قبل", "حول", "امام",
        "التي", "الذي", "الذين", "ان", "انه", "انها", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "وهو", "وهي", "كما", "قد", "لا", "لم",
        "لن", "ما", "التابع", "التابعه",
    ]
}
