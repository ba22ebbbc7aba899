import KhabarCore
import KhabarEntities

/// Attributes statements to speakers, in text order, remembering the last speaker for the
/// continuation cues (وأضاف، مضيفاً) and for verbs without a subject of their own (وقال إن).
struct Attribution {
    let article: ArticleTokens
    let cues: Cues
    let extractor: QuoteExtractor
    /// The last speaker named, and the paragraph and sentence where it was.
    private(set) var last: (speaker: Speaker, paragraph: Int, sentence: Int)?
    /// The speakers named so far, most recent last and each once in a row, for mentions that
    /// refer back (المصدر → مصدر خليجي); at most ``historyLength``, so that an article of
    /// thousands of statements stays linear.
    private(set) var history: [Speaker] = []
    /// The gender of each person the article names as the subject of a speech verb (قال فلان,
    /// قالت فلانة), by canonical name: a verb of the other gender without a subject of its own
    /// is not theirs.
    private(set) var genders: [String: SpeechCues.Gender] = [:]
    /// Where each word stands, by its form without conjunction and article, built on first use.
    let headPositions = HeadPositions()

    static let historyLength = 64

    /// Organisations by the short name the article gives them in brackets after the full one
    /// (مكتب التحقيقات الفدرالي (اف بي آي), منظمة الأغذية والزراعة (فاو)), keyed by ``aliasKey(_:)``.
    private let aliases: [String: String]

    init(article: ArticleTokens, cues: Cues, extractor: QuoteExtractor) {
        self.article = article
        self.cues = cues
        self.extractor = extractor
        var aliases: [String: String] = [:]
        for entity in article.document.entities where entity.kind == .organisation {
            let opening = article.document.tokens(overlapping: entity.span).upperBound
            guard opening < article.count, article.kind(opening) == .bracket, let words = article.enclosedWords(at: opening, most: 4) else { continue }
            let alias = Self.aliasKey(article.words[words].joined(separator: " "))
            aliases[alias] = aliases[alias] ?? entity.canonical ?? String(article.document[entity.span])
        }
        self.aliases = aliases
    }

    /// A name in matching form without its article, as the brackets give a short name (فاو is الفاو).
    static func aliasKey(_ name: String) -> String {
        name.hasPrefix("ال") ? String(name.dropFirst(2)) : name
    }

    /// The organisation an acronym or short name stands for, when the article gave it in brackets.
    func expandingAlias(_ speaker: Speaker) -> Speaker {
        guard speaker.kind != .person, !aliases.isEmpty,
              let full = aliases[Self.aliasKey(extractor.normalizer.normalize(speaker.canonical))] else { return speaker }
        return Speaker(span: speaker.span, canonical: full, kind: .organisation, role: speaker.role)
    }

    /// How many paragraphs a speaker carries over to statements with no attribution of their own.
    static let carryOver = 3

    mutating func quote(for statement: QuoteExtractor.Statement) -> Quote {
        let cue = statement.cue ?? (statement.subject == nil ? cue(of: statement.tokens) : nil)
        if let cue, cue.form.role == .impersonal {
            // قيل إن …: said by no one the article names, and no one's words to carry on.
            return Quote(span: article.span(statement.tokens), kind: statement.kind, cue: article.span(cue.tokens, skippingFirst: cue.proclitic), speaker: nil)
        }
        let named = statement.subject.map(headlineSpeaker)
            ?? cue.flatMap { speaker(of: $0) }.map(resolved).map { issuer(of: $0) ?? lastInstitution(issuing: $0) ?? laterNamed($0) ?? lastPerson(describedBy: $0) ?? lastSpeaker(calledTheSource: $0) ?? $0 }
        var found = named
        let sentence = article.sentenceOf[statement.tokens.lowerBound]
        if found == nil, let cue, last?.sentence != sentence {
            // A cue without a subject of its own (مضيفاً; حيث دعا) speaks for its sentence's
            // subject when the sentence names one before it.
            found = sentenceSubject(before: cue.tokens.lowerBound).map(resolved).map { lastPerson(describedBy: $0) ?? $0 }
        }
        if found == nil, let cue, [.say, .continue].contains(cue.form.role), let previous = openingSubject(ofSentenceBefore: cue.tokens.lowerBound),
           previous.sentence > last?.sentence ?? -1 {
            // وقال في مؤتمر صحافي … after a sentence that opens with someone acting (انتقل بوبي
            // جيندال … إلى لافايت): that someone, not an earlier speaker.
            found = previous.speaker
        }
        if found == nil, let cue, last == nil, [.say, .continue].contains(cue.form.role) {
            found = leadSubject(before: cue.tokens.lowerBound)
        }
        if found == nil, cue == nil, statement.kind == .direct {
            found = speakerBelow(statement.tokens)
        }
        if found == nil, let last, article.paragraphOf[statement.tokens.lowerBound] - last.paragraph <= Self.carryOver {
            found = last.speaker
        }
        // وقالوا after a byline's reporter: a plural verb is a group's, not one person's nor an
        // institution's (which a feminine singular verb speaks for).
        if named == nil, let cue, cue.form.isPlural, [.person, .organisation].contains(found?.kind), let group = group(before: cue.tokens.lowerBound) {
            found = group
        }
        found = found.map(expandingAlias)
        if let gender = cue?.form.gender, let speaker = found, speaker.kind == .person {
            if named != nil {
                genders[speaker.canonical] = genders[speaker.canonical] ?? gender
            } else if let known = genders[speaker.canonical], known != gender {
                // وأشارت إلى أنها … after a man spoke: the verb's gender rules him out.
                found = history.last { $0.canonical != speaker.canonical && ($0.kind != .person || genders[$0.canonical] == gender) } ?? speaker
            }
        }
        if let found, !citesScripture(found), !statement.isNested {
            last = (found, article.paragraphOf[statement.tokens.lowerBound], sentence)
            if history.last.map({ $0.canonical != found.canonical || $0.kind != found.kind || $0.role != found.role }) ?? true {
                history.append(found)
                if history.count > Self.historyLength { history.removeFirst() }
            }
        }
        let cueSpan = cue.map { article.span($0.tokens, skippingFirst: $0.proclitic) }
        return Quote(span: article.span(statement.tokens), kind: statement.kind, cue: cueSpan, speaker: found)
    }

    /// The person who spoke last, within a few paragraphs, for a one-word definite
    /// description the article has not used before (وتشير الباحثة after وتقول غواتين) when the
    /// description's gender is that person's.
    func lastPerson(describedBy speaker: Speaker) -> Speaker? {
        guard speaker.kind == nil, let last, last.speaker.kind == .person, let known = genders[last.speaker.canonical],
              case let tokens = article.document.tokens(overlapping: speaker.span), tokens.count == 1,
              article.paragraphOf[tokens.lowerBound] - last.paragraph <= Self.carryOver,
              case let word = article.withoutConjunction(tokens.lowerBound), word.hasPrefix("ال"),
              isTitle(tokens.lowerBound) || Self.professions.contains(String(Self.withoutArticle(word))),
              // The description is the whole subject (not المتحدث of المتحدث باسم الوزارة).
              case let next = tokens.upperBound, next < article.count, article.kind(next) != .word || article.isComplementizer(next)
                || cues.at[next] != nil || Self.verbPrepositions.contains(article.words[next]) || Self.phraseEnders.contains(article.words[next])
        else { return nil }
        let gender: SpeechCues.Gender = word.hasSuffix("ه") ? .feminine : .masculine
        return gender == known ? last.speaker.mentioned(at: speaker.span) : nil
    }

    /// The one who spoke last, within a few paragraphs, for المصدر when the article has named no
    /// source before (وأوضحت الأناضول أن … وأضاف المصدر إن): the source of the last words.
    func lastSpeaker(calledTheSource speaker: Speaker) -> Speaker? {
        guard speaker.kind == nil, let last, case let tokens = article.document.tokens(overlapping: speaker.span), !tokens.isEmpty,
              article.paragraphOf[tokens.lowerBound] - last.paragraph <= Self.carryOver,
              Self.withoutArticle(article.withoutConjunction(tokens.lowerBound)) == "مصدر", article.withoutConjunction(tokens.lowerBound).hasPrefix("ال"),
              (tokens.lowerBound + 1 ..< tokens.upperBound).allSatisfy({ Self.sameness.contains(article.words[$0]) || article.words[$0] == "نفسه" }),
              mentions(of: "مصدر", before: tokens.lowerBound).isEmpty else { return nil }
        return last.speaker.mentioned(at: speaker.span)
    }

    /// Nouns of a profession one person is described by (الباحثة، الخبير), in matching form.
    static let professions = ArticleTokens.matchingForms(["باحث", "باحثة", "خبير", "خبيرة", "عالم", "عالمة", "طبيب", "طبيبة",
                                                         "محلل", "محللة", "كاتب", "كاتبة", "مسؤول", "مسؤولة"])

    /// Whether a speaker is God or His prophet, cited by someone whose statement goes on after
    /// the verse (قال الله تعالى …، وأكد أن …): the statements after it are not theirs.
    func citesScripture(_ speaker: Speaker) -> Bool {
        Self.scripture.contains(extractor.normalizer.normalize(speaker.canonical))
    }

    /// The last group of people a speaker noun names in the plural (منسوبو الإدارة، مسؤولون،
    /// مصادر) before `index`, in its sentence or the two before.
    func group(before index: Int) -> Speaker? {
        let sentence = article.sentenceOf[index]
        let lowest = article.sentences[max(0, sentence - 2)].lowerBound
        guard let position = stride(from: index - 1, through: lowest, by: -1).first(where: { position in
            article.kind(position) == .word && article.nameAt[position] < 0 && isSpeakerNoun(position)
                && (["ون", "ين", "و"].contains(where: article.withoutConjunction(position).hasSuffix)
                    || Self.groupNouns.contains(String(Self.withoutArticle(article.withoutConjunction(position)))))
        }) else { return nil }
        return resolved(qualifiedPhrase(from: position))
    }

    /// Plural speaker nouns without a plural ending, and words of quantity that head a group
    /// (عدد من الأطفال), in matching form.
    static let groupNouns = ArticleTokens.matchingForms(["مصادر", "شهود", "سكان", "خبراء", "علماء", "نشطاء", "جنود", "أهالي", "طلاب",
                                                        "عدد", "العديد", "عشرات", "مئات"])

    /// Words of praise that stand for God after a speech verb (قال تعالى، عز وجل), in matching form.
    static let epithetsOfGod = ArticleTokens.matchingForms(["تعالى", "سبحانه", "عز", "جل"])

    /// God and the Prophet as news cites them, in matching form.
    static let scripture = ArticleTokens.matchingForms(["الله", "الله تعالى", "الله سبحانه وتعالى", "الله عز وجل", "رسول الله", "النبي", "الرسول"])

    // MARK: Finding the cue

    /// The cue of a direct quotation: an attribution right after its closing mark (، وفق ما أكد
    /// …; ، قال …), else the nearest cue before it in its sentence, else a cue ending the
    /// sentence before with a colon.
    func cue(of content: Range<Int>) -> SpeechCues.Match? {
        let sentenceIndex = article.sentenceOf[content.lowerBound]
        let sentence = article.sentences[sentenceIndex]
        var after = content.upperBound
        while after < min(sentence.upperBound, content.upperBound + 3), article.kind(after) == .quote || article.isComma(after) { after += 1 }
        // … «…»، وتابع «…»، وأكد البيان أن …: a verb with و opens the next statement.
        if after < sentence.upperBound, let found = cues.at[after], found.form.role != .adverbial,
           !([.continue, .say].contains(found.form.role) && found.proclitic > 0) { return found }
        // Before the quotation, a plain speech verb wins over a word that is only sometimes one
        // (أبرز الفصائل is "the most prominent of the factions").
        let lowest = max(sentence.lowerBound, content.lowerBound - QuoteExtractor.cueReach)
        // Phrases such as في حديث لوكالة tell how, not who: the verb before them attributes.
        // قيل attributes only a quotation right after it (وكما قيل في السابق: «…»), not one a sentence names a speaker for.
        let before = stride(from: content.lowerBound - 1, through: lowest, by: -1).compactMap { cues.at[$0] }
            .filter { !QuoteExtractor.isManner($0) && ($0.form.role != .impersonal || content.lowerBound - $0.tokens.upperBound <= 5) }
        // … فقد صرح ولايتي بأن "…": an ambiguous verb whose أن opens the quotation is its cue.
        if let nearest = before.first, nearest.form.needsComplement, content.lowerBound - nearest.tokens.upperBound <= 6,
           (nearest.tokens.upperBound ..< content.lowerBound).contains(where: article.isComplementizer) { return nearest }
        if let found = before.first(where: { !$0.form.needsComplement }) ?? before.first { return found }
        // A cue that ends the sentence before with a colon (وقال: «…).
        guard sentenceIndex > 0, sentence.lowerBound > 0, article.words[sentence.lowerBound - 1] == ":" || article.words[max(0, content.lowerBound - 2)] == ":" else {
            return nil
        }
        let previous = article.sentences[sentenceIndex - 1]
        return stride(from: previous.upperBound - 1, through: previous.lowerBound, by: -1).lazy.compactMap { cues.at[$0] }.first
    }

    // MARK: Finding the speaker

    /// The speaker of a quotation that is a paragraph of its own, named at the head of the next
    /// paragraph: the «…» / speaker layout of columns of sayings (قالوا).
    func speakerBelow(_ content: Range<Int>) -> Speaker? {
        let paragraph = article.paragraphOf[content.lowerBound]
        var start = content.lowerBound, end = content.upperBound
        while start > 0, article.paragraphOf[start - 1] == paragraph { start -= 1 }
        while end < article.count, article.paragraphOf[end] == paragraph { end += 1 }
        let wordsAround = (start ..< content.lowerBound).contains { article.kind($0) == .word }
            || (content.upperBound ..< end).contains { article.kind($0) == .word }
        guard paragraph > 0, !wordsAround, end < article.count else { return nil }
        for position in end ..< min(article.count, end + 10) where article.paragraphOf[position] == article.paragraphOf[end] {
            let name = article.nameAt[position]
            if name >= 0, article.document.entities[name].kind == .person {
                return named(name, titleFrom: position > end && isTitle(end) ? end : nil)
            }
        }
        return nil
    }

    /// The first name (a person or an organisation) of the sentence before `index`: the subject
    /// of a sentence that a participle (مضيفاً) continues.
    func sentenceSubject(before index: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[index]]
        // وشدد السكاكر على أهمية …، معتبرا: a speech verb of the sentence without a statement of
        // its own names the one the participle continues.
        if let verb = (sentence.lowerBound ..< index).last(where: { cues.at[$0].map { $0.form.role == .say && !$0.form.needsComplement } ?? false }),
           let subject = subject(after: cues.at[verb]!.tokens.upperBound), subject.kind == .person,
           case let end = article.document.tokens(overlapping: subject.span).upperBound, end <= index,
           // (No one else named between: كما أدان فلان … مبينا is his.)
           !(end ..< index).contains(where: { article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .person }) {
            return subject
        }
        // وأدان معاليه … باسم وزارة العدل …، مشيرا: the honorific stands for the one speaking.
        if sentence.lowerBound + 1 < index, Self.honorificPronouns.contains(article.words[sentence.lowerBound + 1]), let last {
            return last.speaker
        }
        // ونوه وزير الخارجية بالاجتماع بين الرئيس السيسي و… مؤكدا: the titled subject of the
        // opening verb, not a person named later in the sentence — unless a clause of its own
        // comes between (وصل الفريق …، حيث بدأ اللاعب حديثه قائلا).
        if !(sentence.lowerBound ..< index).contains(where: { Self.clauseOpeners.contains(article.words[$0]) }),
           let titled = titledSubject(of: sentence, before: index) ?? openingInstitution(of: sentence.lowerBound ..< index, continuedBy: index) {
            return titled
        }
        // A person first: in أعلن لاعب فريق الأهلي ياسر الفهمي … مشيراً, the club is the player's.
        for kinds: [Entity.Kind] in [[.person], [.organisation]] {
            for position in sentence.lowerBound ..< index {
                let name = article.nameAt[position]
                if name >= 0, kinds.contains(article.document.entities[name].kind), !isDateline(name) { return named(name, titleFrom: nil) }
                if kinds == [.person], let known = earlierSpeaker(surnamed: position) { return known }
            }
            // ويرويها المسؤول لـ"سبق" … قال: an unnamed person is the subject before an institution is
            // — not one the sentence is about (وعن …), nor a husband or father with a feminine verb, a
            // wife or mother with a masculine one.
            let gender = cues.at[index]?.form.gender
            if kinds == [.person], !Self.aboutWords.contains(article.words[sentence.lowerBound]), let source = (sentence.lowerBound ..< index).first(where: {
                let noun = Self.withoutArticle(article.withoutConjunction($0))
                return article.kind($0) == .word && Self.unnamedPeople.contains(String(noun))
                    && !(gender == .feminine && Self.menAndWomen.men.contains(String(noun)))
                    && !(gender == .masculine && Self.menAndWomen.women.contains(String(noun)))
            }) {
                return resolved(nounPhrase(from: source))
            }
        }
        // تحدث اللاعب خوانفاران قائلاً: a title and the name the tagger missed, just before the cue.
        guard let title = (sentence.lowerBound ..< index).last(where: { isTitle($0) }), index - title >= 2, index - title <= 4,
              (title + 1 ..< index).allSatisfy({ article.kind($0) == .word && !article.words[$0].hasPrefix("ال") && !Self.notNames.contains(article.words[$0]) })
        else { return nil }
        // بدأ اللاعب حديثه قائلاً: "his talk" is no name; the title speaks, as the article knows it.
        if index - title == 2, Self.talkNouns.contains(article.words[title + 1]) { return resolved(nounPhrase(from: title)) }
        let name = article.span(title + 1 ..< index)
        return Speaker(span: name, canonical: String(article.document[name]), role: article.span(title ..< title + 1))
    }

    /// The institution or source after the verb that opens a sentence, which a participle
    /// continues (واختارت الوزارة موعد المعرض …، مؤكدة) — not a feminine one for a masculine
    /// participle (اعتمدت اللجنة …، مشيرا is someone else).
    func openingInstitution(of sentence: Range<Int>, continuedBy participle: Int) -> Speaker? {
        guard let subject = verbFirstSubject(of: sentence) else { return nil }
        let head = article.words[article.document.tokens(overlapping: subject.span).lowerBound]
        return article.words[participle].hasSuffix("ا") && head.hasSuffix("ه") ? nil : subject
    }

    /// Lemmas of cues after which الله is no speaker (سأل الله أن، دعا الله أن، ناشد).
    static let verbsWithGodAsObject: Set<String> = ["سأل", "دعا", "ناشد", "كتب", "طالب", "شكر", "حمد"]

    /// Family nouns that say whether the speaker is a man or a woman, in matching form.
    static let menAndWomen = (men: ArticleTokens.matchingForms(["زوج", "والد"]), women: ArticleTokens.matchingForms(["زوجة", "والدة"]))

    /// جهته، جانبه: the side in من جهته (for his part), in matching form.
    static let sideNouns = ArticleTokens.matchingForms(["جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"])

    /// Prepositions that open a sentence with what is spoken about (وعن، وحول، وبشأن), in matching form.
    static let aboutWords = ArticleTokens.matchingForms(["عن", "وعن", "حول", "وحول", "بشأن", "وبشأن"])

    /// Words that open a clause with a subject of its own, in matching form.
    static let clauseOpeners = ArticleTokens.matchingForms(["حيث", "بينما", "فيما", "عندما", "حين", "لكن", "ولكن", "بعدما"])

    /// A speaker's talk with its pronoun (حديثه، كلمتها), in matching form.
    static let talkNouns = ArticleTokens.matchingForms(["حديثه", "حديثها", "كلامه", "كلامها", "كلمته", "كلمتها", "تصريحه", "تصريحها",
                                              "تصريحاته", "تصريحاتها", "رده", "ردها"])

    /// The nearest person or organisation named before a relative pronoun, in its sentence and
    /// at most fifteen tokens back.
    func antecedent(before index: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[index]]
        // موقف العلماء الذين يقولون: a speaker noun right before the pronoun is its antecedent.
        if index > sentence.lowerBound, article.nameAt[index - 1] < 0, isSpeakerNoun(index - 1) {
            return resolved(nounPhrase(from: index - 1))
        }
        for position in stride(from: index - 1, through: max(sentence.lowerBound, index - 15), by: -1) {
            let name = article.nameAt[position]
            if name >= 0, [.person, .organisation].contains(article.document.entities[name].kind) { return named(name, titleFrom: nil) }
        }
        return nil
    }

    /// The nearest person, or source described by a speaker noun, named before `index` in its
    /// sentence and at most twenty tokens back.
    func personNamed(before index: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[index]]
        for position in stride(from: index - 1, through: max(sentence.lowerBound, index - 20), by: -1) {
            let name = article.nameAt[position]
            if name >= 0, article.document.entities[name].kind == .person { return named(name, titleFrom: nil) }
            if name < 0, isSpeakerNoun(position) { return resolved(nounPhrase(from: position)) }
        }
        return nil
    }

    /// The words between أما and a verb with ف a few words on (أما وحيد البراق فيقول: …): the
    /// one the sentence is about, who speaks, a name the tagger may not know among them.
    func topic(before verb: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[verb]]
        guard article.words[verb].hasPrefix("ف"), verb > 0,
              let topic = (max(sentence.lowerBound, verb - 10) ..< verb).last(where: { article.words[$0] == "اما" }),
              topic + 1 < verb, (topic + 1 ..< verb).allSatisfy({ article.kind($0) == .word }) else { return nil }
        // أما المعيبد المتحدث الرسمي لاتحاد القدم فأكد: the person, not the body of the office after the name.
        if let person = (topic + 1 ..< verb).first(where: { article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .person }) {
            return named(article.nameAt[person], titleFrom: person > topic + 1 ? topic + 1 : nil)
        }
        // Any other name the tagger found right before the verb is read as any subject before a verb.
        guard article.nameAt[verb - 1] < 0, verb - topic <= 7 else { return nil }
        if let found = subject(after: topic + 1), article.document.tokens(overlapping: found.span).upperBound <= verb { return found }
        let span = article.span(topic + 1 ..< verb)
        return Speaker(span: span, canonical: String(article.document[span]))
    }

    /// The person named within the first six tokens of the sentence before the one holding
    /// `index`, even across a paragraph break: the subject of a verb-first sentence (من جانبه
    /// جدد السيسي …), also after a phrase of place (وفي المدينة المنورة أنشأ فهد فاجع …).
    func openingSubject(ofSentenceBefore index: Int) -> (speaker: Speaker, sentence: Int)? {
        let sentenceIndex = article.sentenceOf[index]
        guard sentenceIndex > 0 else { return nil }
        let previous = article.sentences[sentenceIndex - 1]
        // … والمشرف على الكرة نزيه النصر الذي / رحب بهما وقال: a line broken after a relative
        // pronoun goes on with its antecedent.
        if ["الذي", "التي"].contains(article.words[previous.upperBound - 1]), let antecedent = antecedent(before: previous.upperBound - 1) {
            return (antecedent, sentenceIndex - 1)
        }
        for position in previous.lowerBound ..< min(previous.upperBound, previous.lowerBound + 6) {
            let name = article.nameAt[position]
            if name >= 0, article.document.entities[name].kind == .person { return (named(name, titleFrom: nil), sentenceIndex - 1) }
        }
        // وأعرب وزير السياحة ميشال فرعون عن سعادته …: the person a title introduces right after
        // the opening verb.
        if let person = titledSubject(of: previous, before: previous.upperBound), person.kind == .person {
            return (person, sentenceIndex - 1)
        }
        // أوضحت المديرية العامة للشؤون الصحية ملابسات … . وقالت في بيان: the institution or
        // source right after the verb that opens the sentence.
        return verbFirstSubject(of: previous).map { ($0, sentenceIndex - 1) }
    }

    /// The organisation, country or described source (مصادر، شهود; a document stands for its
    /// issuer) right after the word that opens a sentence, when that word can be a verb: no
    /// article, no preposition, no name.
    func verbFirstSubject(of sentence: Range<Int>) -> Speaker? {
        let verb = openingVerb(of: sentence)
        let word = article.withoutConjunction(verb)
        guard verb + 1 < sentence.upperBound, article.kind(verb) == .word, article.nameAt[verb] < 0, !word.hasPrefix("ال"),
              !Self.notNames.contains(String(word)), !isTitle(verb) else { return nil }
        let next = verb + 1
        // واعترفت إيران … . وقالت إنه: a country acts as an institution does.
        if case let name = article.nameAt[next], name >= 0 {
            let entity = article.document.entities[name]
            let begins = article.document.tokens(overlapping: entity.span).lowerBound == next
            return begins && [.organisation, .location].contains(entity.kind) ? named(name, titleFrom: nil) : nil
        }
        guard isSpeakerNoun(next) else { return nil }
        let described = resolved(qualifiedPhrase(from: next))
        return issuer(of: described) ?? described
    }

    /// The speaker a title names right after the verb that opens a sentence (ونوه وزير
    /// الخارجية …), when the title stands before `index`.
    func titledSubject(of sentence: Range<Int>, before index: Int) -> Speaker? {
        let verb = openingVerb(of: sentence.lowerBound ..< index)
        // كشف لـ«عكاظ» مدير الجوازات …: the medium spoken to may come first.
        var first = verb + 1
        if first < index, let end = recipient(at: first) { first = end }
        guard first < index, isTitle(first) else { return nil }
        return subject(after: first)
    }

    /// The token of the verb that opens `tokens`, past particles before it (وقد أكد، كما أعلن),
    /// leaving at least two tokens after it.
    func openingVerb(of tokens: Range<Int>) -> Int {
        var verb = tokens.lowerBound
        while verb < tokens.upperBound - 2, ["قد", "وقد", "فقد", "كما"].contains(article.words[verb]) { verb += 1 }
        return verb
    }

    /// The preposition that introduces the source of a cue that passes on what another said
    /// (نقل عن، علم من), by lemma.
    static let sourceMarkers: [String: String] = ["نقل": "عن", "علم": "من"]

    /// Cues whose first phrase is often their object (اتهم فلانًا بأنه، أبلغ الصحفيين أن، وصف
    /// القرار بأنه), by lemma.
    static let verbsWithObject: Set<String> = ["اتهم", "أبلغ", "أخبر", "طمأن", "خاطب", "وصف"]

    /// Whether a speaker's phrase runs up to أن/إن, a comma or a date at most between (أبلغ
    /// رويترز في 22 فبراير أن).
    func endsBeforeClause(_ speaker: Speaker) -> Bool {
        var next = article.document.tokens(overlapping: speaker.span).upperBound
        while next < article.count, article.isComma(next) || article.timeAt[next] >= 0 || ["امس", "اليوم"].contains(article.words[next])
                || (article.words[next] == "في" && next + 1 < article.count && article.timeAt[next + 1] >= 0) { next += 1 }
        return next < article.count && article.isComplementizer(next)
    }

    /// Whether the token is a title behind the preposition ل (لخادم الحرمين، للرئيس، لسمو).
    func addressesATitle(_ index: Int) -> Bool {
        let word = Substring(article.words[index])
        guard word.hasPrefix("ل"), word.unicodeScalars.count > 3 else { return false }
        let host = Self.withoutPreposition(word)
        return isTitleWord(Substring(host)) || Self.honorifics.contains(host)
    }

    /// The person acting at the opening of one of the three sentences before the one holding
    /// `index`, the nearest first: for the article's first statement, whose verb has no subject
    /// and whose speaker the lead introduced (كشف مدير الجوازات اللواء فلان عن … . وأشار إلى … .
    /// وبين أن …).
    func leadSubject(before index: Int) -> Speaker? {
        let sentence = article.sentenceOf[index]
        for earlier in stride(from: sentence, to: max(0, sentence - 3), by: -1) {
            if let found = openingSubject(ofSentenceBefore: article.sentences[earlier].lowerBound) { return found.speaker }
        }
        return nil
    }

    /// The speaker a cue names: its subject after the verb or the phrase, or before the verb;
    /// nil for continuation cues and subjectless verbs (the caller then takes the last speaker).
    func speaker(of cue: SpeechCues.Match) -> Speaker? {
        switch cue.form.role {
        case .adverbial, .impersonal:
            return nil
        case .according:
            var start = cue.tokens.upperBound
            if let verb = cues.at[start] {
                // بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة: the one quoted, not the one quoting.
                if let quoted = quotedSource(of: verb) { return quoted }
                start = verb.tokens.upperBound // وفق ما أكد …
            }
            // وفقا لمسؤولين: the source is glued to the phrase's ل.
            let last = cue.tokens.upperBound - 1
            let glued = cue.form.words.last == "ل" && article.words[last].unicodeScalars.count > 1
            if glued, let attached = attachedSubject(at: last) { return attached }
            // طبقا للقرار الصادر عن …: a document glued to the ل is no source to read on from.
            let sentence = article.sentences[article.sentenceOf[cue.tokens.lowerBound]]
            let opensSentence = cue.tokens.lowerBound == sentence.lowerBound
            // …، بحسب ما ذكرته مواقع سورية.: the verb of a phrase with ما, a pronoun glued to it.
            let relative = cue.form.isRelative
            if relative, cues.at[cue.tokens.upperBound] == nil, start < sentence.upperBound, article.kind(start) == .word,
               article.nameAt[start] < 0, !isTitle(start), !isSpeakerNoun(start), !Self.epithetsOfGod.contains(article.words[start]) { start += 1 }
            return subject(after: start) ?? (opensSentence && !glued ? source(from: start) : closingSource(from: start, in: sentence))
        case .say, .continue:
            if let quoted = quotedSource(of: cue) { return quoted }
            // وسأل الله أن، يكتب الله عليك أن: God asked or writing is the verb's object or the
            // sentence's figure, not the one speaking; a verb of saying (قال الله تعالى) is His.
            if cue.tokens.upperBound < article.count, Self.scripture.contains(article.words[cue.tokens.upperBound]),
               Self.verbsWithGodAsObject.contains(cue.form.lemma) {
                return subject(before: cue.tokens.lowerBound)
            }
            // جورج براوتشلير، المدعي العام، الذي قال إن …: the relative pronoun's antecedent speaks.
            if cue.tokens.lowerBound > 0, ["الذي", "التي", "الذين"].contains(article.words[cue.tokens.lowerBound - 1]),
               let antecedent = antecedent(before: cue.tokens.lowerBound - 1) {
                return antecedent
            }
            // على خطاب للزعيم … علي خامنئي قال فيه إن: who spoke in the speech or statement just
            // named is the person named before the verb.
            if cue.tokens.upperBound < article.count, ["فيه", "فيها"].contains(article.words[cue.tokens.upperBound]),
               let speaker = personNamed(before: cue.tokens.lowerBound) {
                return speaker
            }
            let before = cue.form.role == .say ? subject(before: cue.tokens.lowerBound) : nil
            if let found = subject(after: cue.tokens.upperBound) {
                // واتهم الرئيس السابق علي صالح، بأنه …: the one phrase between such a verb and
                // its أن is the person accused or told, not the speaker.
                if Self.verbsWithObject.contains(cue.form.lemma), endsBeforeClause(found) { return before }
                // بخاري يحذر واشنطن بأن …: the person before the verb speaks, the place after it is addressed.
                if found.kind == .location, let before, before.kind == .person { return before }
                return found
            }
            return before
        }
    }

    /// The source a verb of passing on names after its preposition (ونقلت سي إن إن عن شاهد
    /// قوله، وعلمت «الوطن» من مصادر مطلعة أن): the one quoted speaks, not the one quoting or
    /// learning.
    func quotedSource(of verb: SpeechCues.Match) -> Speaker? {
        guard let marker = Self.sourceMarkers[verb.form.lemma], let from = (verb.tokens.upperBound ..< min(article.count, verb.tokens.upperBound + 12)).first(where: {
            article.sentenceOf[$0] == article.sentenceOf[verb.tokens.lowerBound]
                && (article.words[$0] == marker || (article.words[$0] == "لسان" && article.words[$0 - 1] == "علي"))
        }) else { return nil }
        return subject(after: from + 1)
    }

    /// The speaker named right after a verb or phrase: a name, a title and the name it
    /// introduces, or a noun phrase headed by a speaker noun (مصدر عسكري، الطرفان).
    func subject(after start: Int) -> Speaker? {
        guard start < article.count else { return nil }
        let sentence = article.sentenceOf[start]
        var index = start
        var skipped = 0
        while index < article.count, article.sentenceOf[index] == sentence, skipped < 8 {
            if article.isComma(index) || article.timeAt[index] >= 0
                || ["قد", "كان", "امس", "اليوم", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "لهما", "لنا", "لك", "لكم", "فيه", "فيها", "فيهم", "به", "بها"].contains(article.words[index])
                // قال لي المخرج: the one spoken to, unless لي begins a name (لي كه تشيانغ).
                || (article.words[index] == "لي" && article.nameAt[index] < 0)
                // ولفت النظر إلى أن: the attention drawn is no subject.
                || (index == start && ["النظر", "الانتباه"].contains(article.words[index]))
                // وأضاف سمو رئيس رعاية الشباب: the honorific before a title.
                || (Self.honorifics.contains(article.words[index]) && index + 1 < article.count && isTitle(index + 1)) {
                index += 1
                skipped += 1
            } else if index + 1 < article.count, article.words[index] == "من", Self.sideNouns.contains(article.words[index + 1]) {
                // أكد من جهته سهيل المزروعي أن: "for his part" stands between the verb and the speaker.
                index += 2
                skipped += 2
            } else if index + 2 < article.count, article.words[index].unicodeScalars.count == 1, article.words[index + 1] == ".",
                      article.kind(index + 2) == .word {
                // وقال د. قاسم …: an abbreviated title and its full stop.
                index += 2
                skipped += 2
            } else if let end = recipient(at: index) {
                skipped += end - index
                index = end
            } else {
                break
            }
        }
        guard index < article.count, article.sentenceOf[index] == sentence else { return nil }
        if article.kind(index) == .quote { return quotedName(at: index) }
        if article.kind(index) == .bracket { return bracketedName(at: index) }
        guard article.kind(index) == .word else { return nil }
        // وقال الله تعالى: God, whom the tagger does not name, before the verse.
        if article.words[index] == "الله" { return Speaker(span: wordSpan(index), canonical: String(article.document[wordSpan(index)])) }
        // قال تعالى، يقول سبحانه، قال عز وجل: an epithet of God alone names Him.
        if Self.epithetsOfGod.contains(article.words[index]) { return Speaker(span: wordSpan(index), canonical: "الله") }
        // وقال الكرواتي زلاتكو داليتش: a nationality before a name describes the person who speaks.
        if article.nameAt[index] >= 0, article.document.entities[article.nameAt[index]].kind == .nationality,
           case let after = article.document.tokens(overlapping: article.document.entities[article.nameAt[index]].span).upperBound,
           after < article.count, article.nameAt[after] >= 0, article.document.entities[article.nameAt[after]].kind == .person {
            return named(article.nameAt[after], titleFrom: index)
        }
        // A "name" of titles alone (الليفتنانت, a rank the tagger has not learned; آية الله) is a title.
        if article.nameAt[index] >= 0, !article.document.tokens(overlapping: article.document.entities[article.nameAt[index]].span).allSatisfy({
            isTitle($0) || (article.words[$0] == "الله" && $0 > 0 && isTitle($0 - 1))
        }) {
            return named(article.nameAt[index], titleFrom: nil)
        }
        if let known = earlierSpeaker(surnamed: index) ?? personSurnamedLikeATitle(at: index) ?? personWithUntaggedFirstName(at: index) { return known }
        // وحسب موقع «فوربس»، صحيفة "الرياض": a medium or body named in quotation marks.
        if index + 1 < article.count, article.kind(index + 1) == .quote,
           Self.namedInQuotes.contains(String(Self.withoutArticle(article.withoutConjunction(index)))) {
            return nounPhrase(from: index)
        }
        // وقال بالمر إنه …: a surname the tagger missed here, of a person it named in full before.
        if !isTitle(index), !isSpeakerNoun(index), let known = personSurnamed(at: index) {
            return known
        }
        if let spokesperson = untaggedSpokesperson(from: index) { return spokesperson }
        if isTitle(index) {
            var probe = index + 1
            while probe < min(article.count, index + 20), article.sentenceOf[probe] == sentence {
                // A title introduces a person; an organisation after it is where the person works.
                if article.nameAt[probe] >= 0, article.nameAt[probe] != article.nameAt[index],
                   article.document.entities[article.nameAt[probe]].kind == .person, !namesAnInstitution(probe) {
                    return named(article.nameAt[probe], titleFrom: index)
                }
                // The title's phrase may hold a name in quotation marks (مدير … بـ"صحة الطائف" سعيد الزهراني).
                // The full stop of an abbreviated title (د. ليلى العمري) does not end the phrase, nor
                // does a comma before a second office (رئيس النادي الأدبي، المنسق العام الدكتور …).
                let abbreviation = article.words[probe] == "." && probe > 0 && article.words[probe - 1].unicodeScalars.count == 1
                // وتشرح الباحثة هذه الظاهرة التي …: the title alone is the subject, the rest the object.
                if Self.phraseEnders.contains(article.words[probe]) { return nounPhrase(from: index) }
                // بين and مع lead to someone else (ونوه الوزير بالاجتماع بين الرئيس فلان والوفد), and
                // so does a title after ل (ورفع الوزير التعازي لخادم الحرمين الشريفين الملك …).
                if article.isComplementizer(probe) || cues.at[probe] != nil || ([":", "."].contains(article.words[probe]) && !abbreviation)
                    || isSpeechParticiple(probe)
                    || ["بين", "مع"].contains(article.words[probe]) || addressesATitle(probe)
                    || (article.isComma(probe) && !(probe + 1 < article.count && (article.nameAt[probe + 1] >= 0 || isTitle(probe + 1)))) { break }
                probe += 1
            }
            return titledPhrase(from: index) ?? nounPhrase(from: index)
        }
        if isSpeakerNoun(index) {
            // المسؤول الطبي عبد الغني هشي إنه …: a name after the description is the speaker.
            let described = nounPhrase(from: index)
            let after = article.document.tokens(overlapping: described.span).upperBound
            guard after < article.count, article.sentenceOf[after] == sentence else { return described }
            if article.nameAt[after] >= 0, article.document.entities[article.nameAt[after]].kind == .person {
                return named(article.nameAt[after], titleFrom: index)
            }
            let isDocument = Self.documentNouns.contains(String(Self.withoutArticle(article.withoutConjunction(index))))
            // تقرير للأمم المتحدة: the organisation a document belongs to speaks through it.
            if article.nameAt[after] >= 0, article.document.entities[article.nameAt[after]].kind == .organisation, isDocument {
                return named(article.nameAt[after], titleFrom: nil)
            }
            // Not a second subject (ومصدر برلماني) nor a date (أمس الأربعاء); and a document has
            // no name after it (كشفت دراسة حديثة أشرف عليها باحثون عن أن: a relative clause).
            if recipient(at: after) == nil, !article.words[after].hasPrefix("و"), !isDocument, let name = untaggedSubject(from: after),
               !article.document.tokens(overlapping: name.span).contains(where: { article.timeAt[$0] >= 0 || ["امس", "اليوم"].contains(article.words[$0]) }) {
                return Speaker(span: name.span, canonical: name.canonical, role: described.span)
            }
            return described
        }
        // وزارة الشؤون الإسلامية، صحيفة «اس»، شركة أرامكو: an institution the tagger did not
        // name whole — its name when one follows, else the head and the words that qualify it.
        if isOrganisationHead(index) {
            if index + 1 < article.count, article.nameAt[index + 1] >= 0, article.sentenceOf[index + 1] == sentence,
               article.document.entities[article.nameAt[index + 1]].kind == .organisation {
                return named(article.nameAt[index + 1], titleFrom: nil)
            }
            return nounPhrase(from: index)
        }
        // A role the lexicon does not know, then the person, then the clause (وكشف وكيل وزارة
        // الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان أن …).
        if let person = personEndingSubject(from: index) ?? quotedNameAfterDescription(from: index) ?? untaggedNameBeforeTitle(from: index) {
            return person
        }
        // Words the tagger did not read as a name, standing alone between the verb and أن/إن
        // (وأوضح أمين طالب المخرج والكاتب المسرحي أن …): the subject is all of them.
        return untaggedSubject(from: index) ?? clauseSubject(from: index)
    }

    /// A name in brackets right after the verb (أعلن (الاف بي آي) أمس أن): one to five words.
    func bracketedName(at opening: Int) -> Speaker? {
        guard let words = article.enclosedWords(at: opening, most: 5),
              !words.contains(where: { article.isComplementizer($0) || cues.at[$0] != nil }) else { return nil }
        if article.nameAt[words.lowerBound] >= 0 { return named(article.nameAt[words.lowerBound], titleFrom: nil) }
        let name = article.span(words)
        return Speaker(span: name, canonical: String(article.document[name]))
    }

    /// A person named within twelve words of `start`, with only words between, whose name ends
    /// the subject (أن/إن, a colon, a quotation mark or an apposition follows); the words before
    /// the name are the role.
    func personEndingSubject(from start: Int) -> Speaker? {
        var index = start
        // The role may hold a name in quotation marks (مؤسس مجموعة «إرادة» التطوعية ماجد الجمعة أن).
        while index < min(article.count, start + 12), [.word, .quote].contains(article.kind(index)), article.sentenceOf[index] == article.sentenceOf[start],
              !article.isComplementizer(index), cues.at[index] == nil {
            let name = article.nameAt[index]
            if name >= 0, article.document.entities[name].kind == .person {
                var end = article.document.tokens(overlapping: article.document.entities[name].span).upperBound
                // A name in quotation marks of its own is read by quotedNameAfterDescription(from:).
                if index > start, article.kind(index - 1) == .quote, end < article.count, article.kind(end) == .quote { return nil }
                // … عبدالقادر الجيلاني لـ"عين اليوم" أن: the medium spoken to may come between.
                if end < article.count, let after = recipient(at: end) { end = after }
                guard end < article.count, endsSubject(at: end) || article.words[end] == ":" || article.kind(end) == .quote
                        || (article.isComma(end) && roleAfter(end) != nil) else { return nil }
                return named(name, titleFrom: index > start ? start : nil)
            }
            index += 1
        }
        return nil
    }

    /// A spokesperson of a named body and the name the tagger missed after it (وقال المتحدث باسم
    /// الخارجية الباكستانية قاضي خليل الله في بيان إن): the words up to في/ل, أن/إن or a mark are
    /// the person, the description the role.
    func untaggedSpokesperson(from start: Int) -> Speaker? {
        var body = start + 1
        if body < article.count, ["الرسمي", "الرسميه"].contains(article.words[body]) { body += 1 }
        guard Self.spokespeople.contains(String(Self.withoutArticle(article.withoutConjunction(start)))),
              body + 1 < article.count, article.words[body] == "باسم", article.nameAt[body + 1] >= 0,
              [.organisation, .location].contains(article.document.entities[article.nameAt[body + 1]].kind) else { return nil }
        let first = article.document.tokens(overlapping: article.document.entities[article.nameAt[body + 1]].span).upperBound
        var end = first
        while end < min(article.count, first + 4), !stops(end), article.nameAt[end] < 0,
              !["في", "خلال"].contains(article.words[end]), !article.mayOpenWithPreposition(end),
              article.words[end].unicodeScalars.count >= 3, !article.words[end].hasPrefix("ال") || article.words[end] == "الله" { end += 1 }
        guard end > first, end < article.count, article.sentenceOf[end] == article.sentenceOf[start], end - first <= 3,
              article.kind(end) != .word || article.isComplementizer(end) || ["في", "خلال"].contains(article.words[end]) || article.mayOpenWithPreposition(end)
        else { return nil }
        let name = article.span(first ..< end)
        return Speaker(span: name, canonical: String(article.document[name]), kind: .person, role: article.span(start ..< first, skippingFirst: hasConjunction(start) ? 1 : 0))
    }

    /// A person's name whose first word the tagger left out (وقال تابان كومار تشاند في …, the
    /// tagger reading كومار تشاند): the word and the name, when the word could begin one.
    func personWithUntaggedFirstName(at index: Int) -> Speaker? {
        guard index + 1 < article.count, article.nameAt[index] < 0, article.nameAt[index + 1] >= 0,
              case let entity = article.document.entities[article.nameAt[index + 1]], entity.kind == .person,
              article.document.tokens(overlapping: entity.span).lowerBound == index + 1,
              article.kind(index) == .word, article.words[index].unicodeScalars.count >= 3, !article.words[index].hasPrefix("ال"),
              !Self.notNames.contains(article.words[index]), !isTitle(index), !isSpeakerNoun(index), !isOrganisationHead(index),
              cues.at[index] == nil, !article.isComplementizer(index), article.timeAt[index] < 0 else { return nil }
        let name = Span(start: article.document.tokens[index].start, end: entity.span.end)
        return Speaker(span: name, canonical: String(article.document[name]), kind: .person)
    }

    /// One to three words the tagger did not read as a name, then a title in apposition up to
    /// the quotation or أن/إن (ويقول غيوم كلارييه الأستاذ الجامعي في الرياضيات «…»): the words
    /// are a person's name, the title's phrase its role.
    func untaggedNameBeforeTitle(from start: Int) -> Speaker? {
        guard let title = (start + 1 ... min(article.count - 1, start + 3)).first(where: { isTitle($0) }),
              (start ..< title).allSatisfy({ article.kind($0) == .word && article.words[$0].unicodeScalars.count >= 3
                  && !article.words[$0].hasPrefix("ال") && article.nameAt[$0] < 0
                  && !Self.notNames.contains(article.words[$0]) && !article.isComplementizer($0) && cues.at[$0] == nil }),
              let role = roleAfter(title) else { return nil }
        let end = article.document.tokens(overlapping: role).upperBound
        guard end < article.count, article.sentenceOf[end] == article.sentenceOf[start],
              endsSubject(at: end) || article.words[end] == ":" || article.kind(end) == .quote else { return nil }
        let name = article.span(start ..< title)
        return Speaker(span: name, canonical: String(article.document[name]), kind: .person, role: role)
    }

    /// Two to six words from `start` up to أن/إن, that begin like a name: no article, no
    /// preposition, no pronoun.
    func untaggedSubject(from start: Int) -> Speaker? {
        let first = article.words[start]
        guard !first.hasPrefix("ال"), first.unicodeScalars.count >= 3, !article.isComplementizer(start),
              !Self.notNames.contains(first), !Self.pronounPhrases.contains(first) else { return nil }
        var end = start
        while end < min(article.count, start + 6), article.kind(end) == .word, !article.isComplementizer(end), cues.at[end] == nil {
            if opensClause(end) { return nil }
            end += 1
        }
        // قال لقمان لابنه: …: before a colon, the one spoken to (glued to ل) ends the subject,
        // which may then be one word.
        if end < article.count, article.words[end] == ":" {
            var stop = end
            while stop > start + 1, article.mayOpenWithPreposition(stop - 1), article.nameAt[stop - 1] < 0 { stop -= 1 }
            guard stop < end else { return nil }
            return Speaker(span: article.span(start ..< stop), canonical: String(article.document[article.span(start ..< stop)]))
        }
        guard end < article.count, endsSubject(at: end) else { return nil }
        // أشارت دراسات حديثة إلى أن: the preposition is the verb's.
        if Self.verbPrepositions.contains(article.words[end - 1]) { end -= 1 }
        guard end > start + 1 else { return nil }
        return Speaker(span: article.span(start ..< end), canonical: String(article.document[article.span(start ..< end)]))
    }

    /// The end of a recipient phrase at `index` (لفرانس برس، لوكالة الأنباء، لـ"الاقتصادية"),
    /// which stands between a speech verb and its subject; nil when there is none.
    func recipient(at index: Int) -> Int? {
        let word = article.words[index]
        guard article.mayOpenWithPreposition(index), article.kind(index) == .word, !isTitle(index),
              !extractor.speakerNouns.contains(word), !article.isComplementizer(index) else { return nil }
        if article.nameAt[index] >= 0 {
            // لجنة الانتخابات begins with the letter, not the preposition: the name starts with the token.
            let name = article.document.entities[article.nameAt[index]].span
            guard name.start > article.document.tokens[index].start else { return nil }
            return article.document.tokens(overlapping: name).upperBound
        }
        var end = index + 1
        if word == "ل", end < article.count, article.kind(end) == .quote {
            // لـ"الاقتصادية": the newspaper's name in quotation marks.
            end += 1
            while end < min(article.count, index + 6), article.kind(end) != .quote { end += 1 }
            return min(article.count, end + 1)
        }
        while end < min(article.count, index + 4), article.kind(end) == .word, article.words[end].hasPrefix("ال"), !isTitle(end) { end += 1 }
        return end
    }

    /// The name just before a verb (لافروف اعتبر; جون كيري، كان قال), or the topic أما brings
    /// forward (أما وحيد البراق فيقول).
    func subject(before verb: Int) -> Speaker? {
        if let topic = topic(before: verb) { return topic }
        if let subject = subject(betweenKanaAnd: verb) { return subject }
        var index = verb - 1
        var skipped = 0
        var unnamedClause = false
        let sentence = article.sentenceOf[verb]
        while index >= 0, article.sentenceOf[index] == sentence, skipped < 4,
              article.isComma(index) || article.timeAt[index] >= 0 || ["قد", "كان", "وكان"].contains(article.words[index]) {
            index -= 1
            skipped += 1
            // مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: the speaker's wish to stay unnamed stands between.
            if let clause = anonymityClause(endingAt: index) {
                index = clause - 1
                unnamedClause = true
            }
        }
        guard index >= 0, article.sentenceOf[index] == sentence else { return nil }
        // وعن وضع مطار عدن قال: what the words are about opens the sentence; it does not speak.
        if Self.aboutWords.contains(article.words[article.sentences[sentence].lowerBound]) { return nil }
        // A subject comes right before a verb without a conjunction; before a comma and وقال, a
        // name ends the clause before (… في مدينة لندن، وقالت:), and before وبين or a comma, so
        // does a noun (وحول تفاصيل الدراسة، بين أنها).
        let conjoined = article.withoutConjunction(verb).unicodeScalars.count != article.words[verb].unicodeScalars.count
        let separated = !unnamedClause && (index + 1 ..< verb).contains(where: article.isComma)
        guard article.nameAt[index] >= 0 else {
            return conjoined || separated ? nil : describedSubject(endingAt: index) ?? personInApposition(endingAt: index)
        }
        guard !(conjoined && separated) else { return nil }
        let entity = article.document.entities[article.nameAt[index]]
        guard [.person, .organisation, .location].contains(entity.kind) else { return nil }
        // قراري الرئيسين البشير والسيسي يؤكدان: a name joined to another by و is not the subject alone.
        let first = article.document.tokens(overlapping: entity.span).lowerBound
        if first > article.sentences[sentence].lowerBound, article.words[first].hasPrefix("و"),
           article.document.tokens[first].start < entity.span.start { return nil }
        // الدكتور عبدالرحمن الهيجان عضو مجلس الشورى قال: the body is the person's, who speaks.
        if entity.kind == .organisation, first >= 2, isTitle(first - 1), article.nameAt[first - 2] >= 0,
           article.document.entities[article.nameAt[first - 2]].kind == .person {
            return named(article.nameAt[first - 2], titleFrom: nil)
        }
        return named(article.nameAt[index], titleFrom: nil)
    }

    /// The subject between كان and قد before the verb (وكان أوجينيو لوبيز وكيل أعمال أوتاميندي قد
    /// كشف): the name right after كان, not the last one before the verb. (A description is read
    /// whole the usual way: وكان عدد من المواطنين قد أبلغوا.)
    func subject(betweenKanaAnd verb: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[verb]]
        guard verb - 1 > sentence.lowerBound, article.words[verb - 1] == "قد",
              let kana = (max(sentence.lowerBound, verb - 16) ..< verb - 2).last(where: { ["كان", "وكان"].contains(article.words[$0]) }),
              !(kana + 1 ..< verb).contains(where: { cues.at[$0] != nil || article.kind($0) != .word }),
              let found = subject(after: kana + 1), found.kind != nil, article.document.tokens(overlapping: found.span).upperBound < verb else { return nil }
        return found
    }

    /// Prepositions that govern a noun phrase, in matching form.
    static let prepositions: Set<String> = ["عن", "من", "في", "علي", "الي", "حول", "مع", "عبر", "ضمن", "بين", "لدي"]

    /// The first token of a clause such as طلب عدم ذكر اسمه or رفض الكشف عن هويته that ends at
    /// `index`, when there is one.
    func anonymityClause(endingAt index: Int) -> Int? {
        guard index > 0, Self.identity.contains(article.words[index]) else { return nil }
        return (max(0, index - 4) ..< index).last { Self.askedNot.contains(article.words[$0]) }
    }

    /// A speaker's name or identity, and the verbs of asking not to give it, in matching form.
    static let identity = ArticleTokens.matchingForms(["اسمه", "اسمها", "أسماءهم", "اسمهم", "هويته", "هويتها", "هويتهم"])
    static let askedNot = ArticleTokens.matchingForms(["طلب", "طلبت", "طلبوا", "فضل", "فضلت", "فضلوا", "رفض", "رفضت", "رفضوا"])

    /// A person and the office in apposition after the name, right before the verb (ويظهر
    /// اللواء ناصر العاصي قائد الجيش الثالث الميداني يقول): the person, the office the role.
    func personInApposition(endingAt index: Int) -> Speaker? {
        let sentence = article.sentences[article.sentenceOf[index]]
        for title in stride(from: index, through: max(sentence.lowerBound + 1, index - 6), by: -1) {
            guard article.kind(title) == .word else { return nil }
            let person = article.nameAt[title - 1]
            if isTitle(title), person >= 0, article.document.entities[person].kind == .person {
                let found = named(person, titleFrom: nil)
                return Speaker(span: found.span, canonical: found.canonical, kind: found.kind, role: article.span(title ..< index + 1))
            }
        }
        return nil
    }

    /// A speaker noun and its qualifiers ending at `index`, before the verb (وكان مصدر أمني
    /// أشار …، وكانت مصادر قالت …), in the accusative too (إلا أن مسؤولاً محلياً قال).
    func describedSubject(endingAt index: Int) -> Speaker? {
        func namesSpeakers(_ position: Int) -> Bool {
            let word = article.withoutConjunction(position)
            return isSpeakerNoun(position) || (word.hasSuffix("ا") && extractor.speakerNouns.contains(String(word.dropLast())))
        }
        for start in stride(from: index, through: max(0, index - 2), by: -1)
        where article.sentenceOf[start] == article.sentenceOf[index] && namesSpeakers(start) {
            let described = nounPhrase(from: start)
            guard article.document.tokens(overlapping: described.span).upperBound == index + 1 else { return nil }
            // وعن أهمية تحرير عدن من الجانب الإنساني أكد: a preposition's object is no subject.
            // (A present verb may describe the object: على الرغم من تقارير سابقة تفيد بأن.)
            if start > 0, article.sentenceOf[start - 1] == article.sentenceOf[start], Self.prepositions.contains(article.words[start - 1]),
               index + 1 < article.count, let verb = (index + 1 ..< min(article.count, index + 4)).first(where: { cues.at[$0] != nil }),
               !["ي", "ت"].contains(where: article.withoutConjunction(verb).hasPrefix) { return nil }
            return resolved(described)
        }
        return nil
    }

    /// The source glued to a ل (لمسؤولين في البلدية, للأمم المتحدة): a name, or a speaker noun
    /// and the words that qualify it.
    func attachedSubject(at index: Int) -> Speaker? {
        if article.nameAt[index] >= 0 { return named(article.nameAt[index], titleFrom: nil) }
        let word = article.words[index]
        let noun = Self.withoutPreposition(Substring(word))
        guard extractor.speakerNouns.contains(noun) else { return nil }
        var end = index + 1
        while end < min(article.count, index + 3), article.kind(end) == .word, !stops(end),
              qualifies(article.words[end], after: noun) { end += 1 }
        let elided = word.hasPrefix("لل") && !noun.hasPrefix("ل")
        let span = article.span(index ..< end, skippingFirst: elided ? 2 : 1)
        return Speaker(span: span, canonical: (elided ? "ال" : "") + article.document[span])
    }

    /// The source after an attribution phrase at the head of its sentence, up to where the
    /// statement opens (وبحسب وزارة الصحة فقد …، وفق مصادر محلية، فإن …): one to six words.
    /// The words that end the sentence, or reach a comma, after an attribution phrase that
    /// follows its statement (…، حسبما ذكرت وثائق قضائية.): the source, up to six words.
    func closingSource(from start: Int, in sentence: Range<Int>) -> Speaker? {
        // حسبما ورد في التقرير: the document the words stand in, not the preposition before it.
        let start = start + 1 < sentence.upperBound && article.words[start] == "في" ? start + 1 : start
        guard start < sentence.upperBound else { return nil }
        var end = start
        while end < min(sentence.upperBound, start + 7), article.kind(end) == .word, cues.at[end] == nil, !article.isComplementizer(end) { end += 1 }
        guard end > start, end - start <= 6, end == sentence.upperBound || article.kind(end) == .punctuation else { return nil }
        return phrase(start ..< end)
    }

    func source(from start: Int) -> Speaker? {
        var end = start
        while end < min(article.count, start + 6), article.kind(end) == .word, article.sentenceOf[end] == article.sentenceOf[start],
              !article.isComplementizer(end), !["فقد", "فان"].contains(article.words[end]), cues.at[end] == nil {
            end += 1
        }
        guard end > start, end < article.count,
              article.isComma(end) || article.isComplementizer(end) || ["فقد", "فان"].contains(article.words[end]) || namesBeforeComma(end)
        else { return nil }
        return phrase(start ..< end)
    }

    /// Whether a short name in quotation marks opens at `index` and a comma follows it (وحسب
    /// موقع هيئة الإذاعة البريطانية "بي بي سي"، …): the source's other name.
    private func namesBeforeComma(_ index: Int) -> Bool {
        guard article.kind(index) == .quote, let words = article.enclosedWords(at: index, most: 4) else { return false }
        return words.upperBound + 1 < article.count && article.isComma(words.upperBound + 1)
    }

    /// The speaker a headline names before its colon; a description (عضو شورى سابق) is the
    /// person the body first introduces with the same title (عضو مجلس الشورى السابق خليل …).
    func headlineSpeaker(_ tokens: Range<Int>) -> Speaker {
        // الأمير محمد بن عبد الرحمن: the person after the title.
        if let person = tokens.first(where: { article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .person }) {
            return named(article.nameAt[person], titleFrom: person > tokens.lowerBound ? tokens.lowerBound : nil)
        }
        let described = phrase(tokens)
        return laterNamed(described) ?? institutionNamedNext(describedAs: described) ?? organisation(shortenedInHeadlineAs: tokens) ?? described
    }

    /// The first organisation of the body whose name holds the headline's words in order, each
    /// without its article or with a preposition glued on («الجوازات» for المديرية العامة
    /// للجوازات, «تعليم المخواة» for إدارة التعليم بمحافظة المخواة): headlines shorten names.
    func organisation(shortenedInHeadlineAs tokens: Range<Int>) -> Speaker? {
        let short = tokens.filter { article.kind($0) == .word }.map { Self.withoutArticle(Substring(article.words[$0])) }
        guard !short.isEmpty, let body = article.document.title?.end else { return nil }
        func holds(_ word: Substring, _ short: Substring) -> Bool {
            let bare = Self.withoutArticle(word)
            return bare == short || (["ب", "ل"].contains(bare.first) && Self.withoutArticle(bare.dropFirst()) == short) || (word.hasPrefix("لل") && word.dropFirst(2) == short)
        }
        for (index, entity) in article.document.entities.enumerated() where entity.kind == .organisation && entity.span.start >= body {
            let words = article.document.tokens(overlapping: entity.span).map { Substring(article.words[$0]) }
            guard words.count > short.count else { continue }
            var rest = short[...]
            for word in words where rest.first.map({ holds(word, $0) }) ?? false { rest = rest.dropFirst() }
            if rest.isEmpty { return named(index, titleFrom: nil).mentioned(at: article.span(tokens)) }
        }
        return nil
    }

    /// Honorifics with the pronoun of the one just named (معاليه، سموه), in matching form.
    static let honorificPronouns = ArticleTokens.matchingForms(["سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سعادته", "سعادتها",
                                                                "جلالته", "سماحته", "دولته"])

    /// Honorifics that stand before a title (سمو الأمير، معالي الوزير), in matching form.
    static let honorifics = ArticleTokens.matchingForms(["سمو", "معالي", "فضيلة", "سعادة", "جلالة", "سماحة", "دولة"])

}
