import KhabarCore
import KhabarEntities

/// The phrases a speaker is read from — names, titles and roles, descriptions, institutions —
/// and the word tests they rest on.
extension Attribution {
    /// Whether a word without its article is a title (وزير، متحدث، كولونيل).
    func isTitleWord(_ word: Substring) -> Bool {
        extractor.isTitle(word: word)
    }

    /// The word behind a glued ل, the article restored where ل elides its alef (للمصادر →
    /// المصادر, لخادم → خادم).
    static func withoutPreposition(_ word: Substring) -> String {
        word.hasPrefix("لل") ? "ال" + word.dropFirst(2) : String(word.dropFirst())
    }

    /// The word without its article, when something is left (الوزير → وزير).
    static func withoutArticle(_ word: Substring) -> Substring {
        word.hasPrefix("ال") && word.count > 3 ? word.dropFirst(2) : word
    }

    /// Nouns whose name may follow in quotation marks (صحيفة «الخبر»، وكالة "رويترز").
    static let namedInQuotes = media.union(ArticleTokens.matchingForms(["مصادر", "مصدر", "حركة", "جمعية", "منظمة", "شركة", "مؤسسة", "حزب", "جماعة",
                                                                        "تنظيم", "جبهة", "مركز", "هيئة"]))

    /// Whether the word is ل and a medium (لوكالة، لصحيفة، لـ"…"): whom a statement was made to.
    func namesAMedium(at index: Int) -> Bool {
        let word = article.words[index]
        guard word.hasPrefix("ل"), !word.hasPrefix("ال") else { return false }
        if word == "ل" { return index + 1 < article.count && article.kind(index + 1) == .quote }
        return Self.media.contains(String(word.dropFirst()))
    }

    /// Nouns of the media a statement is made to.
    static let media = ArticleTokens.matchingForms(["صحيفة", "وكالة", "قناة", "شبكة", "تلفزيون", "موقع", "مجلة", "إذاعة", "جريدة"])

    /// Prepositions a speech verb takes before أن (أشار إلى أن، شدد على أن).
    static let verbPrepositions: Set<String> = ["الي", "علي"]

    /// Words no name begins with: prepositions, adverbs of time, place and manner, pronouns
    /// (أثناء زيارة للعراق is when, not who; ادعى صراحة أنه and صرح قبلها بأنهم, how and when).
    static let notNames: Set<String> = Set([
        "الي", "علي", "عن", "من", "في", "ان", "انه", "عدم", "بعد", "قبل", "خلال", "حول", "مع", "اثناء", "عقب", "اثر", "لدي",
        "عند", "منذ", "حين", "بين", "ضمن", "وسط", "امام", "خلف", "تحت", "فوق", "عبر", "نحو", "حتي", "دون", "هذا", "هذه", "ذلك", "تلك",
        "نفسه", "نفسها", "نفسهم", "انفسهم",
    ]).union(ArticleTokens.matchingForms(["صراحة", "أخيرا", "مجددا", "سابقا", "لاحقا", "مؤخرا", "وقتها", "وقتئذ", "قبلها", "بعدها", "بشكل",
                                          "بشرط", "عنه", "عنها", "اسمه", "اسمها", "قوله", "قولها", "أقواله", "تعبيره", "تعبيرها", "هويته",
                                          "هويتها", "يجب", "لو", "أكثر", "ذات"]))

    /// The speaker a run of tokens names (a headline's `Speaker:`): the name covering it, or
    /// its words.
    func phrase(_ tokens: Range<Int>) -> Speaker {
        let name = article.nameAt[tokens.lowerBound]
        if name >= 0, tokens.allSatisfy({ article.nameAt[$0] == name }) { return named(name, titleFrom: nil) }
        let span = article.span(tokens)
        return Speaker(span: span, canonical: String(article.document[span]))
    }

    /// A named speaker, with its role: the title before it, else an apposition after it
    /// (، عضو المكتب السياسي في …،), else the organisation it belongs to (من جيش الإسلام).
    func named(_ entityIndex: Int, titleFrom title: Int?) -> Speaker {
        let entity = article.document.entities[entityIndex]
        let tokens = article.document.tokens(overlapping: entity.span)
        var role = title.map { roleBefore(tokens.lowerBound, from: $0) } ?? titleBefore(tokens.lowerBound)
        // الدكتور خالد المحيسن، رئيس الهيئة الوطنية: the office, not the honorific. (A title
        // after an organisation is the verb's object: أبلغت دول الخليج وزير الخارجية الأمريكي.)
        if entity.kind == .person, role.map({ article.document.tokens(overlapping: $0).count <= 1 }) ?? true,
           let office = roleAfter(tokens.upperBound) { role = office }
        // سعوديون speak as people: a demonym's link to its country (السعودية) is no speaker.
        let canonical = entity.kind == .nationality ? nil : entity.canonical
        return Speaker(span: entity.span, canonical: canonical ?? String(article.document[entity.span]), kind: entity.kind, role: role)
    }

    func roleBefore(_ name: Int, from title: Int) -> Span? {
        var end = name
        while end > title, article.isComma(end - 1) { end -= 1 }
        // مدير التعليم بالمنطقة، الدكتور سعد: the office, not the honorific after it.
        if end - 2 > title, article.isComma(end - 2), isTitle(end - 1) { end -= 2 }
        return end > title ? article.span(title ..< end) : nil
    }

    /// A title phrase ending just before a name (وزير الخارجية الأميركي، جون كيري).
    func titleBefore(_ name: Int) -> Span? {
        var end = name
        if end > 0, article.isComma(end - 1) { end -= 1 }
        var start = end
        var title: Int?
        while start > max(0, end - 6), article.kind(start - 1) == .word, isPartOfTitle(start - 1),
              cues.at[start - 1] == nil, !article.isComplementizer(start - 1) {
            start -= 1
            if isTitle(start) { title = start }
        }
        return title.map { article.span($0 ..< end) }
    }

    /// An apposition after a name, with or without a comma (قاسم الحربي رئيس مجلس الإدارة), or
    /// the organisation it is "of".
    func roleAfter(_ end: Int) -> Span? {
        guard end < article.count else { return nil }
        let start = article.isComma(end) ? end + 1 : end
        if start < article.count, article.sentenceOf[start] == article.sentenceOf[end],
           isTitle(start) || isSpeakerNoun(start) {
            var last = start
            while last + 1 < min(article.count, start + 13), !stops(last + 1), !article.isComma(last + 1) { last += 1 }
            return article.span(start ..< last + 1)
        }
        if ["من", "في"].contains(article.words[end]), end + 1 < article.count, article.nameAt[end + 1] >= 0,
           article.document.entities[article.nameAt[end + 1]].kind == .organisation {
            return article.document.entities[article.nameAt[end + 1]].span
        }
        return nil
    }

    /// A speaker described, not named: a noun and up to two words that qualify it — a definite
    /// word or a nisba (مصدر عسكري، المتحدث الرسمي، الطرفان) — up to a stop.
    func nounPhrase(from start: Int) -> Speaker {
        // صحيفة «الخبر»: a name in quotation marks right after the noun belongs to it; the
        // canonical name leaves the marks out.
        if start + 2 < article.count, article.kind(start + 1) == .quote, Self.namedInQuotes.contains(String(Self.withoutArticle(article.withoutConjunction(start)))),
           let closing = article.enclosedWords(at: start + 1, most: 4)?.upperBound {
            let span = article.span(start ..< closing + 1, skippingFirst: hasConjunction(start) ? 1 : 0)
            let words = [String(article.document[article.span(start ..< start + 1, skippingFirst: hasConjunction(start) ? 1 : 0)])]
                + (start + 2 ..< closing).map { String(article.document[article.document.tokens[$0]]) }
            return Speaker(span: span, canonical: words.joined(separator: " "))
        }
        // والد begins with the letter و, ومصدر with the conjunction.
        let head = hasConjunction(start) ? String(article.withoutConjunction(start)) : article.words[start]
        var end = start + 1
        // منسوبو إدارة النقل: a plural in construct takes the noun after it, definite or not.
        let construct = head.hasSuffix("و") && head.unicodeScalars.count >= 5 && end < article.count && article.kind(end) == .word
            && !stops(end) && article.sentenceOf[end] == article.sentenceOf[start]
        if construct { end += 1 }
        while end < min(article.count, start + (construct ? 4 : 3)), article.kind(end) == .word, !stops(end),
              article.sentenceOf[end] == article.sentenceOf[start], qualifies(article.words[end], after: head) {
            end += 1
        }
        let span = article.span(start ..< end, skippingFirst: hasConjunction(start) ? 1 : 0)
        return Speaker(span: span, canonical: String(article.document[span]))
    }

    /// A description with the place it speaks from (مصادر داخل حزب الله، مصدر مقرب من
    /// الفرنسي): the noun phrase, a preposition of belonging, and the name or definite words
    /// after it. Without such a preposition, the noun phrase alone.
    func qualifiedPhrase(from start: Int) -> Speaker {
        let described = nounPhrase(from: start)
        var end = article.document.tokens(overlapping: described.span).upperBound
        let sentence = article.sentenceOf[start]
        if end < article.count, Self.closeTo.contains(article.words[end]) { end += 1 }
        guard end + 1 < article.count, Self.belonging.contains(article.words[end]), article.sentenceOf[end + 1] == sentence else { return described }
        end += 1
        if article.nameAt[end] >= 0 {
            end = article.document.tokens(overlapping: article.document.entities[article.nameAt[end]].span).upperBound
        } else {
            // عدد من شباب الطائف: after a word of quantity, the people counted, definite or not.
            let counted = Self.quantities.contains(String(article.withoutConjunction(start))) && article.words[end - 1] == "من"
            guard article.kind(end) == .word, article.words[end].hasPrefix("ال") || (counted && !stops(end)) else { return described }
            end += 1
            while end < min(article.count, start + 8), article.kind(end) == .word, !stops(end), article.words[end].hasPrefix("ال") { end += 1 }
        }
        let span = article.span(start ..< end, skippingFirst: hasConjunction(start) ? 1 : 0)
        return Speaker(span: span, canonical: String(article.document[span]))
    }

    /// Words of quantity that head a group of speakers (عدد من السكان، عشرات المحتجين), in
    /// matching form.
    static let quantities = ArticleTokens.matchingForms(["عدد", "العديد", "عشرات", "مئات"])

    /// Prepositions that place a source (مصادر في الوزارة، داخل الحزب، لدى الشرطة).
    static let belonging: Set<String> = ["في", "داخل", "من", "لدي", "ب"]

    /// Adjectives of closeness before من (مصدر مقرب من).
    static let closeTo: Set<String> = ["مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه"]

    /// A title and the words after it up to أن/إن, a colon or a quotation mark, when the tagger
    /// found no name there: مديرة مجموعة المقتنيات الخاصة بالمكتبة سوزان ورول "إن …" keeps the
    /// name it missed.
    func titledPhrase(from start: Int) -> Speaker? {
        var end = start + 1
        // The time of the saying ends the phrase (أعلنت رئيسة الاتحاد الثلاثاء أن), and so does
        // the medium it was said to (وأوضح النائب العام للدولة لوكالة الأنباء أن).
        while end < min(article.count, start + 20), article.kind(end) == .word, !article.isComplementizer(end), cues.at[end] == nil,
              !isSpeechParticiple(end), !Self.sayingNouns.contains(article.words[end]), article.timeAt[end] < 0, !namesAMedium(at: end) { end += 1 }
        var next = end
        while next < min(article.count, end + 6), article.timeAt[next] >= 0 { next += 1 }
        if next < article.count, namesAMedium(at: next), let after = recipient(at: next) { next = after }
        // الدكتور خالد المحيسن، رئيس الهيئة …، أن: a title, the name, and an apposition.
        if end < article.count, article.isComma(end), end > start + 2, let role = roleAfter(end),
           !article.words[start + 1].hasPrefix("ال"), !Self.notNames.contains(article.words[start + 1]) {
            let name = article.span(start + 1 ..< end)
            return Speaker(span: name, canonical: String(article.document[name]), role: role)
        }
        // مدير الشؤون الصحية بجدة، الدكتور مبارك عسيري، أن: an office, then a title (or a
        // nationality: الأمين العام للحلف، النرويجي ينس شتولتنبرغ) and the name.
        if end + 2 < article.count, article.isComma(end), isTitle(end + 1) || isNationality(end + 1), let named = appositiveName(from: end + 2) {
            return Speaker(span: named.span, canonical: named.canonical, kind: named.kind, role: article.span(start ..< end))
        }
        // صرح منسق الشؤون الإنسانية، «روبيرت بايبر» أن: the name in quotation marks after the office.
        if end + 2 < article.count, article.isComma(end), article.kind(end + 1) == .quote, let named = quotedName(at: end + 1) {
            return Speaker(span: named.span, canonical: named.canonical, role: article.span(start ..< end))
        }
        guard next < article.count, end > start + 1,
              endsSubject(at: next) || article.kind(next) == .quote || article.words[next] == ":" || Self.sayingNouns.contains(article.words[next]) else {
            return nil
        }
        // أشار الوزير إلى أن: the preposition belongs to the verb.
        if Self.verbPrepositions.contains(article.words[end - 1]) {
            end -= 1
            guard end > start + 1 else { return nil }
        }
        // A missed name ends like one: not on a definite word, a preposition or a place after a
        // preposition (الرئيس المواطنين إلى «…», الرئيس من واشنطن: «…»; but أمير مكة is an office).
        let last = article.words[end - 1]
        guard !(end - start == 2 && (last.hasPrefix("ال") || last.hasPrefix("لل"))), !Self.notNames.contains(last), !endsOnAPlaceAfterAPreposition(start ..< end)
        else { return nil }
        // الباحثة كارول ديربى أستاذ علم الأعصاب في كلية …: a name between two titles is the
        // speaker, the second title and its words the role.
        if end - start > 3, let second = (start + 2 ..< min(end - 1, start + 5)).first(where: { isTitle($0) }),
           (start + 1 ..< second).allSatisfy({ !article.words[$0].hasPrefix("ال") && !Self.notNames.contains(article.words[$0]) && cues.at[$0] == nil }) {
            let name = article.span(start + 1 ..< second)
            return Speaker(span: name, canonical: String(article.document[name]), role: article.span(second ..< end))
        }
        // … المتحدث الرسمي للانتخابات المهندس جديع بن نهار القحطاني: the name after the last
        // title is the speaker, the words up to it the role.
        if let inner = (start + 1 ..< end - 1).last(where: { isTitle($0) && !namesAnInstitution($0 + 1) }), !["ال", "لل", "بال"].contains(where: article.words[inner + 1].hasPrefix),
           !Self.notNames.contains(article.words[inner + 1]), cues.at[inner + 1] == nil {
            let name = article.span(inner + 1 ..< end)
            return Speaker(span: name, canonical: String(article.document[name]), role: article.span(start ..< inner + 1))
        }
        // متحدث باسم الرئاسة هو جربا شيهو: the name after هو is the speaker, the words before it the role.
        if let pronoun = (start + 1 ..< end - 1).first(where: { ["هو", "هي"].contains(article.words[$0]) }) {
            let name = article.span(pronoun + 1 ..< end)
            return Speaker(span: name, canonical: String(article.document[name]), role: article.span(start ..< pronoun))
        }
        // المتحدث الرسمي لمركز … الإنسانية رأفت الصباغ: a name the tagger missed, after the
        // description's last definite word.
        if let first = (start + 2 ..< end).last(where: { startsName(at: $0) }), end - first <= 3 {
            let name = article.span(first ..< end)
            return Speaker(span: name, canonical: String(article.document[name]), role: article.span(start ..< first))
        }
        let span = article.span(start ..< end, skippingFirst: hasConjunction(start) ? 1 : 0)
        return Speaker(span: span, canonical: String(article.document[span]))
    }

    /// Whether the token is a demonym (النرويجي), which stands before a name like a title.
    func isNationality(_ index: Int) -> Bool {
        article.nameAt[index] >= 0 && article.document.entities[article.nameAt[index]].kind == .nationality
    }

    /// Whether a phrase ends on a place that a preposition or a definite title governs (الرئيس
    /// من واشنطن), not one in the genitive of an indefinite title (أمير مكة، محافظ جدة).
    private func endsOnAPlaceAfterAPreposition(_ phrase: Range<Int>) -> Bool {
        let name = article.nameAt[phrase.upperBound - 1]
        guard name >= 0, article.document.entities[name].kind == .location else { return false }
        let place = article.document.tokens(overlapping: article.document.entities[name].span).lowerBound
        guard place > phrase.lowerBound else { return true }
        return place - 1 > phrase.lowerBound ? Self.notNames.contains(article.words[place - 1]) : article.words[place - 1].hasPrefix("ال")
    }

    /// The name after an apposition's title: the person the tagger found, else one to four
    /// words it missed when the subject ends after them (، أن or أن; after a nationality, also
    /// a comma or a preposition).
    func appositiveName(from start: Int) -> Speaker? {
        if article.nameAt[start] >= 0, article.document.entities[article.nameAt[start]].kind == .person {
            return named(article.nameAt[start], titleFrom: nil)
        }
        var end = start
        while end < min(article.count, start + 4), article.kind(end) == .word, article.nameAt[end] < 0, !stops(end), !Self.notNames.contains(article.words[end]) { end += 1 }
        // After a nationality the name may be followed by where it was said (النرويجي ينس
        // شتولتنبرغ في ختام الاجتماع، أن).
        let ended = endsSubject(at: end) || (isNationality(start - 1) && (article.isComma(end) || Self.notNames.contains(article.words[end])))
        guard end > start, end < article.count, ended, !Self.notNames.contains(article.words[start]) else { return nil }
        let name = article.span(start ..< end)
        return Speaker(span: name, canonical: String(article.document[name]))
    }

    /// A name in quotation marks right after the verb, up to the clause (أعلن «مكتب أخبار سوريا»
    /// المعارض، أن …): one to five words, then at most two words before أن/إن.
    func quotedName(at opening: Int) -> Speaker? {
        guard let closing = article.enclosedWords(at: opening, most: 5)?.upperBound else { return nil }
        // … "عبدالسلام العنزي" لـ"سبق": إنه: the medium spoken to may come between.
        var after = closing + 1
        if after < article.count, let end = recipient(at: after) { after = end }
        guard (after ..< min(article.count, after + 3)).contains(where: { endsSubject(at: $0) }) || quotationFollows(closing)
                || (after < article.count && article.words[after] == ":") else { return nil }
        // وأضاف "المزروع"؛ "…": a surname in quotation marks is the person named before.
        if closing == opening + 2, let person = personSurnamed(at: opening + 1) { return person }
        let name = article.span(opening + 1 ..< closing)
        return Speaker(span: name, canonical: String(article.document[name]))
    }

    /// A description, then the name in quotation marks (وقال المبتعث إلى جامعة فلندرز
    /// "عبدالسلام العنزي" لـ"سبق": إنه …): the name speaks, the description is the role.
    func quotedNameAfterDescription(from start: Int) -> Speaker? {
        let sentence = article.sentenceOf[start]
        guard article.withoutConjunction(start).hasPrefix("ال") else { return nil }
        for position in start + 1 ..< min(article.count, start + 12) where article.sentenceOf[position] == sentence {
            // لـ"عكاظ"، بـ"عروس عدن": a medium spoken to, or what something is called.
            if article.kind(position) == .quote, article.words[position - 1].unicodeScalars.count > 2 {
                guard let name = quotedName(at: position) else { return nil }
                return Speaker(span: name.span, canonical: name.canonical, kind: name.kind, role: article.span(start ..< position))
            }
            guard article.kind(position) == .word, !article.isComplementizer(position), cues.at[position] == nil else { return nil }
        }
        return nil
    }

    /// Whether a quotation opens right after `index`, or after a colon or semicolon there.
    func quotationFollows(_ index: Int) -> Bool {
        var next = index + 1
        if next < article.count, Self.labelEnds.contains(article.words[next]) { next += 1 }
        return next < article.count && article.kind(next) == .quote
    }

    /// Marks after a speaker's label that open what the speaker says.
    static let labelEnds: Set<String> = [":", "؛", ";"]

    /// Whether an untagged name may begin at `index`: an indefinite word that is no
    /// preposition, after a definite one (…الإنسانية رأفت، …بالمكتبة سوزان).
    func startsName(at index: Int) -> Bool {
        let word = article.words[index], before = article.words[index - 1]
        let definite = ["ال", "بال", "لل", "وال"].contains { before.hasPrefix($0) }
        return definite && !["ال", "بال", "لل", "وال", "و"].contains { word.hasPrefix($0) } && !Self.notNames.contains(word)
            && article.nameAt[index] < 0 && word.unicodeScalars.count >= 3 && !isTitle(index) && !startsWithPreposition(index)
    }

    /// Whether a word is a noun behind a glued preposition and hamza (لإغاثة، بأهمية), which no
    /// name begins with; the matching form has lost the hamza, so the text is read.
    func startsWithPreposition(_ index: Int) -> Bool {
        let text = article.document[article.document.tokens[index]]
        return ["لإ", "لأ", "بإ", "بأ"].contains { text.hasPrefix($0) }
    }

    /// The token's span without the و or ف that ``ArticleTokens/withoutConjunction(_:)`` strips
    /// (والصباغ → الصباغ).
    func wordSpan(_ index: Int) -> Span {
        let stripped = article.withoutConjunction(index).unicodeScalars.count < article.words[index].unicodeScalars.count
        return article.span(index ..< index + 1, skippingFirst: stripped ? 1 : 0)
    }

    /// Whether the token's first letter is a conjunction: و or ف before a speaker noun or a
    /// title (ومصدر، والوزير), not the first letter of وزارة.
    func hasConjunction(_ index: Int) -> Bool {
        let bare = article.withoutConjunction(index)
        guard bare.unicodeScalars.count < article.words[index].unicodeScalars.count else { return false }
        return extractor.speakerNouns.contains(String(bare))
            || [String(bare), "ال" + bare].contains { [.title, .organisation].contains(extractor.lexicon.cue(ofMatchingForm: $0)) }
    }

    /// Whether the person at `index` is only part of an institution's name: مركز الملك سلمان،
    /// جامعة الأمير سلطان — an organisation head, a title, then the name.
    func namesAnInstitution(_ index: Int) -> Bool {
        guard index >= 2, isTitle(index - 1) else { return false }
        return extractor.lexicon.cue(ofMatchingForm: article.withoutPreposition(index - 2)) == .organisation || isOrganisationHead(index - 2)
    }

    /// Whether the word heads organisation names (وزارة، صحيفة، شركة), with or without a conjunction.
    func isOrganisationHead(_ index: Int) -> Bool {
        let lexicon = extractor.lexicon
        // الوزارة، الصحيفة: the lexicon lists some heads only without the article.
        let word = article.withoutConjunction(index)
        return [article.words[index], String(word), String(Self.withoutArticle(word))].contains { lexicon.cue(ofMatchingForm: $0) == .organisation }
    }

    /// Whether a subject phrase ends at `index`: أن/إن, or a comma before it.
    func endsSubject(at index: Int) -> Bool {
        article.isComplementizer(index) || (article.isComma(index) && index + 1 < article.count && article.isComplementizer(index + 1))
    }

    /// Whether a word reads as an adjective or a definite genitive after the noun `head`. After
    /// a definite noun only a definite adjective can follow (الشرطة الإسرائيلية, not الرئيس
    /// المواطنين, the verb's object, nor الشرطة الإسرائيلية غالبية).
    func qualifies(_ word: String, after head: String) -> Bool {
        // في، من، عن are no adjectives, nor are the relative pronouns, nor صلى of the blessing
        // after the Prophet's name (رسول الله صلى الله عليه وسلم).
        guard word.unicodeScalars.count >= 3, !["التي", "الذي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "الي", "علي", "الا", "لدي", "الدي", "صلي"].contains(word) else { return false }
        // المصادر ذاتها: the same ones as before.
        if Self.sameness.contains(word) { return true }
        // مسؤولاً محلياً: an accusative head takes an accusative adjective.
        let nisba = word.hasSuffix("ي") || word.hasSuffix("يه") || word.hasSuffix("يون") || word.hasSuffix("يين")
            || (head.hasSuffix("ا") && word.hasSuffix("يا"))
        if head.hasPrefix("ال") { return word.hasPrefix("ال") && (nisba || Self.definiteAdjectives.contains(word)) }
        return word.hasPrefix("ال") || nisba || Self.indefiniteAdjectives.contains(word)
    }

    /// Words for "the same", which follow the noun they refer back with, in matching form (not
    /// نفسه، نفسها, which are as often "itself": وتصف الصحيفة نفسها بأنها …).
    static let sameness = ArticleTokens.matchingForms(["ذاته", "ذاتها", "ذاتهم", "ذاتهما"])

    /// Adjectives that describe an unnamed source or document without a nisba ending (مسؤول
    /// كبير، مصادر مطلعة، مصادر خاصة، دراسة حديثة), in matching form.
    static let indefiniteAdjectives = ArticleTokens.matchingForms(["كبير", "كبيرة", "كبار", "رفيع", "رفيعة", "بارز", "بارزة", "سابق", "سابقة",
                                                                   "مطلع", "مطلعة", "مطلعون", "موثوق", "موثوقة", "حديث", "حديثة",
                                                                   "جديد", "جديدة", "عديدة", "مختلفة", "متطابقة", "متعددة", "خاص", "خاصة",
                                                                   "مسؤولة", "آخر", "أخرى", "آخرون",
                                                                   // The genitive of شهود عيان, which the text then calls الشهود.
                                                                   "عيان"])

    /// Adjectives of office without a nisba ending (المدير العام، الرئيس السابق).
    static let definiteAdjectives: Set<String> = ["العام", "العامه", "السابق", "السابقه", "الاسبق", "الحالي", "المساعد", "المساعده",
                                                         "الاعلي", "الاول", "الاولي", "الجديد", "الجديده", "المكلف", "المناوب"]

    /// Whether a word may stand in a title phrase: any word but a person's name (وزير الخارجية
    /// الأميركي، لاعب فريق الهلال، وزير خارجية روسيا).
    func isPartOfTitle(_ index: Int) -> Bool {
        let name = article.nameAt[index]
        return name < 0 || article.document.entities[name].kind != .person
    }

    /// Whether the token is a participle of speech (مشيرا، مؤكدا), also where it was no cue for
    /// want of أن after it: it ends a title's phrase (وقال الوزير الإسرائيلي مشيرا إلى كيري: Kerry
    /// is pointed at, not the one titled).
    func isSpeechParticiple(_ index: Int) -> Bool {
        cues.participles.contains(index)
    }

    /// Tokens that end a speaker's phrase: punctuation, quotation marks, أن/إن, cues, "his
    /// saying" (… عن متحدث باسم الشرطة قوله إن), and dates (قال علماء الثلاثاء).
    func stops(_ index: Int) -> Bool {
        article.kind(index) != .word || article.isComplementizer(index) || cues.at[index] != nil || Self.sayingNouns.contains(article.words[index])
            || article.timeAt[index] >= 0
    }

    /// قوله and its forms: the saying of the one just named.
    static let sayingNouns: Set<String> = ["قوله", "قولها", "قولهم", "قولهما", "قولهن"]

    /// Whether a speaker noun stands at `index`, with or without a conjunction.
    func isSpeakerNoun(_ index: Int) -> Bool {
        extractor.isSpeakerNoun(at: index, in: article)
    }

    /// Whether the word is a title, with or without the article (أستاذ as well as الأستاذ); a
    /// preposition spelt like one is not (أمام "in front of", not إمام).
    func isTitle(_ index: Int) -> Bool {
        guard !Self.notNames.contains(article.words[index]) else { return false }
        // وكيل and وزير begin with the letter و, not the conjunction: the whole word is tried too.
        return isTitleWord(article.withoutConjunction(index)) || isTitleWord(Substring(article.words[index]))
    }

    /// Whatever fills the place of the subject between a verb and أن/إن, up to eight words, when
    /// nothing above read it (ويقول التجار إن، قالت المراكز الأميركية لمكافحة الأمراض إن، قال
    /// مسؤولو صحة في مدينة نيويورك، أول من أمس، إن): not a preposition or a pronoun.
    func clauseSubject(from start: Int) -> Speaker? {
        let first = article.words[start]
        guard !Self.notNames.contains(first), !Self.pronounPhrases.contains(first),
              !["بال", "لل", "كال", "فال"].contains(where: first.hasPrefix) else { return nil }
        var end = start
        while end < min(article.count, start + 8), article.kind(end) == .word, !article.isComplementizer(end), cues.at[end] == nil,
              article.sentenceOf[end] == article.sentenceOf[start] {
            if opensClause(end) { return nil }
            end += 1
        }
        // كشف أسرى يمنيون وقعوا بأيدي … أن: beyond eight words, the noun and its adjectives.
        if end == start + 8, article.kind(end) == .word, !article.words[start].hasPrefix("ال"),
           (end ..< min(article.count, start + 25)).contains(where: { article.isComplementizer($0) && article.sentenceOf[$0] == article.sentenceOf[start] }) {
            let described = nounPhrase(from: start)
            return article.document.tokens(overlapping: described.span).count > 1 ? described : nil
        }
        guard end > start, end < article.count else { return nil }
        // The time of the saying may stand between the subject and أن (، أول من أمس السبت، إن).
        var after = end
        while after < min(article.count, end + 8), article.isComma(after) || article.timeAt[after] >= 0 { after += 1 }
        guard article.isComplementizer(end) || (article.isComma(end) && after < article.count && article.isComplementizer(after)) else { return nil }
        // ولفت القبلي إلى أن: the verb's preposition is not the subject.
        while end > start + 1, Self.verbPrepositions.contains(article.words[end - 1]) { end -= 1 }
        // وصف المؤلف بورسلي بأنه: a person after the subject is the verb's object.
        let object = (start + 1 ..< end).first { article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .person }
        return phrase(start ..< (object ?? end))
    }

    /// Whether the word opens a clause of its own, so that no subject stands where it is: a
    /// relative word (يؤكدان بما لا يدع مجالا للشك أن) or a separate pronoun (صرح بحقائق مؤلمة
    /// وهي أن).
    func opensClause(_ index: Int) -> Bool {
        let word = article.words[index]
        return Self.relatives.contains(word) || Self.separatePronouns.contains(word)
            || (["و", "ف"].contains(word.first) && Self.separatePronouns.contains(String(word.dropFirst())))
    }

    /// Relative words, in matching form.
    static let relatives: Set<String> = ["ما", "بما", "مما", "لما", "كما", "فيما", "عما"]

    /// Separate personal pronouns, in matching form.
    static let separatePronouns: Set<String> = ["هو", "هي", "هم", "هما", "هن"]

    /// A preposition with a pronoun, an adverb, or an honorific standing for the one just named,
    /// that may follow a verb (أكد لنا أن، قال أيضا إن، وأوضح سموه أن).
    static let pronounPhrases = ArticleTokens.matchingForms(["لنا", "لي", "لك", "لكم", "لهما", "لهن", "به", "بها", "بهم", "فيه", "فيها", "منه", "منها",
                                              "عنه", "عنها", "أيضا", "كذلك", "بذلك", "حينها", "حينئذ", "بدوره", "بدورها", "بدورهم"])
        .union(honorificPronouns)

    /// The body that issued a document speaking (التقرير الصادر عن مؤسسة النقد، تقرير البنك،
    /// بيان وزارة الخارجية), found at the document's first mention or at this one; nil when the
    /// article does not name it, and the document speaks. A document noun the tagger read as a
    /// one-word name (بيان is also a given name) is still the document.
    func issuer(of speaker: Speaker) -> Speaker? {
        let tokens = article.document.tokens(overlapping: speaker.span)
        guard speaker.kind == nil || (speaker.kind == .person && tokens.count == 1), !tokens.isEmpty else { return nil }
        var head = Self.withoutArticle(article.withoutConjunction(tokens.lowerBound))
        // بيانًا: the accusative's alef.
        if !Self.documentNouns.contains(String(head)), head.hasSuffix("ا") { head = head.dropLast() }
        guard Self.documentNouns.contains(String(head)) else { return nil }
        // The first few mentions introduce the document; the rest only repeat it.
        // (The first is often the accusative after a verb of issuing: أصدر … مرسومًا.)
        let earlier = (self.mentions(of: head, before: tokens.lowerBound) + self.mentions(of: head + "ا", before: tokens.lowerBound)).sorted()
        let mentions = Array(earlier.prefix(4)) + [tokens.lowerBound]
        for mention in mentions {
            let sentence = article.sentenceOf[mention]
            if let issuing = issuingSubject(before: mention) ?? speakerSpeakingIn(mention) { return issuing }
            var next = mention + 1
            // تقرير "ساما"، التقرير الـ (51) الصادر: marks and a number between.
            while next < min(article.count, mention + 6), article.kind(next) != .word || article.words[next] == "ال" { next += 1 }
            guard next < article.count, article.sentenceOf[next] == sentence else { continue }
            if let organisation = organisation(at: next) { return organisation }
            // … الصادر حديثا عن مؤسسة النقد، أصدرته وزارة الصحة.
            for probe in next ..< min(article.count, next + 5) where article.sentenceOf[probe] == sentence {
                let word = article.words[probe]
                if ["عن", "من"].contains(word), probe > next, article.words[next ..< probe].contains(where: { $0.hasPrefix("الصادر") || $0.hasPrefix("صادر") }),
                   probe + 1 < article.count, let organisation = organisation(at: probe + 1) {
                    return organisation
                }
                // بيان من مكتب المبعوث الدولي: من right after the document names who issued it.
                if word == "من", probe == next, probe + 1 < article.count,
                   let organisation = organisation(at: probe + 1) ?? institutionNamed(at: probe + 1) { return organisation }
                if word.hasPrefix("اصدر") || Self.preparedIt.contains(word), probe + 1 < article.count,
                   let organisation = organisation(at: probe + 1) ?? institutionNamed(at: probe + 1) { return organisation }
                // الموقع الإلكتروني لنادي كوينز بارك رينجرز، بيان لوزارة الخارجية: the owner glued to ل.
                if word.hasPrefix("ل"), article.nameAt[probe] >= 0, let organisation = organisation(at: probe) { return organisation }
            }
        }
        return nil
    }

    /// The subject of a verb of issuing before a document (أصدرت قيادة القوات المشتركة بيانًا
    /// أوضحت فيه أن …): the institution after the verb, when it is all that stands between, or a
    /// person, whose office may stand between too.
    private func issuingSubject(before document: Int) -> Speaker? {
        let sentence = article.sentenceOf[document]
        guard let verb = (max(0, document - 14) ..< document).last(where: {
            article.sentenceOf[$0] == sentence && Self.issuingVerbs.contains(String(article.withoutConjunction($0)))
        }), verb + 1 < document else { return nil }
        if let issuer = organisation(at: verb + 1) ?? institutionNamed(at: verb + 1),
           article.document.tokens(overlapping: issuer.span).upperBound == document { return issuer }
        // أصدر الشيخ خليفة بن زايد آل نهيان رئيس الدولة، مرسومًا: a person, with an office between.
        if let person = subject(after: verb + 1), person.kind == .person, article.document.tokens(overlapping: person.span).upperBound <= document {
            return person
        }
        // قيادة القوات المشتركة: a head the lexicon does not know before the organisation's name.
        let between = verb + 1 ..< document
        guard between.count <= 6, between.allSatisfy({ article.kind($0) == .word }), article.nameAt[document - 1] >= 0,
              article.document.entities[article.nameAt[document - 1]].kind == .organisation else { return nil }
        let span = article.span(between)
        return Speaker(span: span, canonical: String(article.document[span]), kind: .organisation)
    }

    /// The organisation that speaks in a document just named (وقال «البنك» في تقرير …): the one
    /// named at most six words before في and the document, in the same sentence.
    private func speakerSpeakingIn(_ document: Int) -> Speaker? {
        guard document > 1, article.words[document - 1] == "في" else { return nil }
        let sentence = article.sentenceOf[document]
        for position in stride(from: document - 2, through: max(0, document - 8), by: -1) where article.sentenceOf[position] == sentence {
            if article.kind(position) == .word, let organisation = organisation(at: position) { return organisation }
        }
        return nil
    }

    /// Verbs of issuing or publishing a document, past tense, in matching form.
    static let issuingVerbs = ArticleTokens.matchingForms(["أصدر", "أصدرت", "أصدروا", "نشر", "نشرت", "وزع", "وزعت", "أطلق", "أطلقت"])

    /// The organisation named at `index`, or a definite institution that refers back to one
    /// (البنك → البنك المركزي الألماني).
    func organisation(at index: Int) -> Speaker? {
        let name = article.nameAt[index]
        if name >= 0 { return article.document.entities[name].kind == .organisation ? named(name, titleFrom: nil) : nil }
        guard isOrganisationHead(index), article.words[index].hasPrefix("ال") else { return nil }
        let found = resolved(nounPhrase(from: index))
        return found.kind == .organisation ? found : nil
    }

    /// An institution the tagger did not name, as an author names it: an indefinite head and
    /// the names and definite words after it (مركز الخليج للدراسات الاستراتيجية).
    func institutionNamed(at index: Int) -> Speaker? {
        guard isOrganisationHead(index), !article.words[index].hasPrefix("ال") else { return nil }
        var end = index + 1
        while end < min(article.count, index + 6), article.kind(end) == .word, article.sentenceOf[end] == article.sentenceOf[index],
              article.nameAt[end] >= 0 || ["ال", "لل"].contains(where: article.words[end].hasPrefix) { end += 1 }
        guard end > index + 1 else { return nil }
        let span = article.span(index ..< end)
        return Speaker(span: span, canonical: String(article.document[span]), kind: .organisation)
    }

    /// Nouns for people who speak unnamed (مسؤول، مصدر، شهود، أهالي، الزوج), in matching form.
    static let unnamedPeople = ArticleTokens.matchingForms(["مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "شاهد", "شهود", "خبير", "خبراء",
                                                "محلل", "محللون", "ناشط", "ناشطون", "مواطن", "مواطنون", "أهالي", "سكان",
                                                "زوج", "زوجة", "والد", "والدة"])

    /// "Prepared it", "conducted it", "published it", "showed it": what a document's author or
    /// broadcaster did (دراسة أعدها مركز الخليج، تقرير عرضه تلفزيون الكاميرون), in matching form.
    static let preparedIt = ArticleTokens.matchingForms(["أعده", "أعدها", "أعدته", "أعدتها", "أجراه", "أجراها", "أجرته", "أجرتها",
                                                         "نشره", "نشرها", "نشرته", "نشرتها", "وضعه", "وضعها", "وضعته", "وضعتها",
                                                         "عرضه", "عرضها", "عرضته", "عرضتها", "بثه", "بثها", "بثته", "بثتها"])

    /// Documents, and websites, that speak for whoever issued or owns them.
    static let documentNouns = ArticleTokens.matchingForms(["تقرير", "بيان", "دراسة", "مسح", "استطلاع", "وثيقة", "موقع", "لائحة", "مرسوم"])

    /// Whether a name heads a dateline or byline (سبق- الرياض:، عين اليوم – متابعات): it says
    /// where the article comes from, not who acts.
    func isDateline(_ name: Int) -> Bool {
        let end = article.document.tokens(overlapping: article.document.entities[name].span).upperBound
        return end < article.count && ["-", "–", "—", ":"].contains(article.words[end])
            && end - article.sentences[article.sentenceOf[end]].lowerBound <= 6
    }
}
