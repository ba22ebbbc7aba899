import KhabarCore
import KhabarMorphology

/// Fills ``Document/entities``: names from the ``EntityTagger``, dates, times, numbers, money
/// and percentages from the ``NumericEntityRecognizer``, demonyms from the lexicon, and links
/// each name to the fullest name of its entity in the article (``EntityLinker``).
///
/// An entity's span leaves out the proclitics glued to its first word (لفرانس برس → فرانس برس,
/// لعام 2015 → عام 2015), as the clitic segmenter cuts them. Where a name and a numeric entity
/// overlap, dates, times, money and percentages win over names, names over bare numbers.
public struct EntityRecognition: DocumentProcessor {
    /// The name tagger.
    public let tagger: EntityTagger
    /// The linker.
    public let linker: EntityLinker
    /// The rules for numeric and temporal entities.
    public let numbers = NumericEntityRecognizer()
    private let normalizer = Normalizer(.search)
    private let organisationPhrases: OrganisationPhrases
    private let placesNamedAfterPeople: PlacesNamedAfterPeople

    /// Creates the component around a tagger; the linker shares its lexicon.
    public init(tagger: EntityTagger) {
        self.tagger = tagger
        self.linker = EntityLinker(lexicon: tagger.lexicon)
        self.organisationPhrases = OrganisationPhrases(lexicon: tagger.lexicon)
        self.placesNamedAfterPeople = PlacesNamedAfterPeople(lexicon: tagger.lexicon)
    }

    /// Needs tokens and sentences.
    public var requires: Set<Layer> { [.tokens, .sentences] }
    /// Produces the entities.
    public var produces: Set<Layer> { [.entities] }

    /// Finds, links and stores the document's entities.
    public func process(_ document: inout Document) {
        let segmenter = tagger.features.segmenter
        var entities: [Entity] = []
        var hosts: [Int: (start: Int, key: UInt64)] = [:] // token → where its host starts, and its matching key
        var elidedArticles = Set<Int>() // tokens such as للأمم: ل + the article, its alef dropped
        var knownKeys: [Int: UInt64] = [:] // token → its matching key, as the tagger computed it
        func host(of tokenIndex: Int) -> (start: Int, key: UInt64) {
            if let known = hosts[tokenIndex] { return known }
            let token = document.tokens[tokenIndex]
            let text = document[token]
            var cut = token.kind == .word ? segmenter.procliticLength(of: text) : 0
            let key = MatchingForm.key(of: normalizer.normalize(Substring(text.unicodeScalars.dropFirst(cut))))
            if cut > 0, text.unicodeScalars.dropFirst(cut - 1).starts(with: "لل".unicodeScalars) {
                // للأمم is ل + الأمم written without the alef: the name keeps the whole token.
                elidedArticles.insert(token.start)
                cut = 0
            }
            hosts[tokenIndex] = (token.start + cut, key)
            return (token.start + cut, key)
        }
        /// Whether a name's first word keeps what the segmenter would cut off as a proclitic:
        /// س never begins a name (it marks the future on verbs), and a cut that leaves no article
        /// stands only when news writes the rest alone more often than the whole (لدمشق → دمشق,
        /// but فراين، وسام، سيدريك stay whole) and the rest has three letters at least (وليد).
        func keepsProclitic(_ tokenIndex: Int) -> Bool {
            let token = document.tokens[tokenIndex]
            let cut = host(of: tokenIndex).start - token.start
            guard cut > 0 else { return false }
            let text = document[token]
            let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(cut)))
            guard !rest.hasPrefix("ال") else { return false }
            // وليد is no و + ل + يد: a name's word has three letters at least.
            if text.unicodeScalars.prefix(cut).contains("س") || rest.unicodeScalars.count < 3 { return true }
            let frequencies = segmenter.model.frequencies
            return frequencies.count(of: String(text)) >= frequencies.count(of: rest)
        }
        /// The entity over whole tokens, less the first token's proclitics.
        func entity(_ kind: Entity.Kind, _ tokens: ClosedRange<Int>) -> Entity {
            let start = Self.names.contains(kind) && keepsProclitic(tokens.lowerBound)
                ? document.tokens[tokens.lowerBound].start : host(of: tokens.lowerBound).start
            let end = document.tokens[tokens.upperBound].end
            return Entity(span: Span(start: start < end ? start : document.tokens[tokens.lowerBound].start, end: end), kind: kind)
        }
        /// A name as written, with an elided article restored (للأمم المتحدة → الأمم المتحدة).
        func name(_ entity: Entity) -> String {
            let text = document[entity.span]
            return elidedArticles.contains(entity.span.start) ? "ا" + text.dropFirst() : String(text)
        }
        let runs = Self.sentenceRuns(of: document)
        let texts = runs.map { run in run.map { document[document.tokens[$0]] } }
        var candidates: [Entity] = []
        let tagged = tagger.tagWithHosts(article: texts)
        for (run, keys) in zip(runs, tagged.hosts) {
            for (index, key) in zip(run, keys) { knownKeys[index] = key }
        }
        for (runIndex, (run, tags)) in zip(runs, tagged.tags).enumerated() {
            func word(_ position: Int) -> PhraseWord {
                let token = document.tokens[run[position]]
                let start = host(of: run[position]).start
                let host = document[token].unicodeScalars.dropFirst(start - token.start)
                let definite = host.starts(with: "ال".unicodeScalars)
                return PhraseWord(key: knownKeys[run[position]] ?? 0, isWord: token.kind == .word, isBare: start == token.start,
                                                isDefinite: definite, isNisba: definite && (host.last == "ي" || host.suffix(2).elementsEqual("ية".unicodeScalars)),
                                                tag: tags[position])
            }
            // هيئة (آي إن إي: a bracket ends a name; what it opens is a name of its own.
            func beforeBracket(_ tokens: Range<Int>) -> Range<Int> {
                guard let bracket = tokens.first(where: { document.tokens[run[$0]].kind == .bracket }) else { return tokens }
                return tokens.lowerBound ..< bracket
            }
            // A particle of attribution or a verb of speech, whole or without what the segmenter
            // took for proclitics (بيناً is no ب + ينا), ends no name.
            func endsNoName(_ position: Int) -> Bool {
                Self.attributionWords.contains(knownKeys[run[position]] ?? 0)
                    || Self.attributionWords.contains(MatchingForm.key(of: MatchingForm.normalized(texts[runIndex][position])))
            }
            for name in EntityEvaluation.spans(of: tags) {
                // Addresses, hashtags and emoji are not names, whatever the tagger read.
                guard var kind = Entity.Kind(rawValue: name.kind),
                      !name.tokens.contains(where: { [.url, .email, .hashtag, .mention, .emoji].contains(document.tokens[run[$0]].kind) })
                else { continue }
                // مسؤولان، مصدر: a description of people is no name, whatever the tagger read.
                if kind == .person, name.tokens.count == 1, Self.peopleNouns.contains(knownKeys[run[name.tokens.lowerBound]] ?? 0) { continue }
                var tokens = beforeBracket(name.tokens)
                guard !tokens.isEmpty else { continue }
                // وقال متعب بحسب صحيفة مكة، إردوغان لمح إلى: a particle of attribution, or a verb of
                // speech, ends no name.
                while tokens.count > 1, endsNoName(tokens.upperBound - 1) { tokens = tokens.dropLast() }
                // دعا القرشي الله أن: God after a definite surname is the verb's object, no part of
                // the name (as in نصر الله، عبد الله).
                if kind == .person, tokens.count > 1, knownKeys[run[tokens.upperBound - 1]] == Self.god,
                   document[document.tokens[run[tokens.upperBound - 2]]].hasPrefix("ال") { tokens = tokens.dropLast() }
                // آية الله علي السيستاني: the cleric's rank is a title, as الشيخ is, not part of the name.
                if kind == .person, tokens.count > 2, knownKeys[run[tokens.lowerBound]] == Self.sign,
                   knownKeys[run[tokens.lowerBound + 1]] == Self.god { tokens = tokens.dropFirst(2) }
                // أم خالد: a mother called by her child's name is one name.
                if kind == .person, tokens.lowerBound > 0, tags[tokens.lowerBound - 1] == .outside,
                   knownKeys[run[tokens.lowerBound - 1]] == Self.mother { tokens = tokens.lowerBound - 1 ..< tokens.upperBound }
                if let place = placesNamedAfterPeople.place(around: tokens, kind: kind, count: run.count, word: word) {
                    (kind, tokens) = (.location, place)
                }
                // جامعة نايف … والمنظمة العربية: a second organisation joined by و is a name of its own.
                if kind == .organisation, let second = tokens.dropFirst().first(where: {
                    !word($0).isBare && tagger.lexicon.cues[word($0).key] == .organisation && document[document.tokens[run[$0]]].hasPrefix("و")
                }) {
                    candidates.append(entity(kind, run[tokens.lowerBound]...run[second - 1]))
                    tokens = second ..< tokens.upperBound
                }
                candidates.append(entity(kind, run[tokens.lowerBound]...run[tokens.upperBound - 1]))
            }
            // وزارة الصحة، نادي نجران: longer than a place the tagger found inside, so it wins the overlap.
            for found in organisationPhrases.phrases(count: run.count, key: { knownKeys[run[$0]] ?? 0 }, word: word) {
                var phrase = beforeBracket(found)
                guard !phrase.isEmpty else { continue }
                while phrase.count > 1, endsNoName(phrase.upperBound - 1) { phrase = phrase.dropLast() }
                candidates.append(entity(.organisation, run[phrase.lowerBound]...run[phrase.upperBound - 1]))
            }
        }
        let date = Self.date(of: document.metadata)
        for (run, text) in zip(runs, texts) {
            for match in numbers.recognize(text, articleDate: date) {
                guard let kind = Entity.Kind(rawValue: match.kind.rawValue) else { continue }
                var found = entity(kind, run[match.tokens.lowerBound]...run[match.tokens.upperBound - 1])
                found.value = match.value
                found.unit = match.unit
                candidates.append(found)
            }
        }
        entities = Self.withoutOverlaps(candidates)
        /// Whether a token is a word with the article and no other proclitic (الدولية, not والمجوهرات).
        func isBareDefinite(_ index: Int) -> Bool {
            let token = document.tokens[index]
            return host(of: index).start == token.start && document[token].hasPrefix("ال")
        }
        /// منظمة العفو الدولية … ولكن العفو الدولية تقول: an organisation named again without its
        /// head word is the same organisation where the tagger left the shorter name out. The rest
        /// must be a name of its own — two definite words at least, a noun and its adjectives
        /// (الجيش الحر), not a noun and its complement (منظمة حقوق الإنسان → حقوق الإنسان).
        func organisationsWithoutHead(in found: [Entity]) -> [Entity] {
            var names: [UInt64: [[UInt64]]] = [:] // first word of the rest → the rests starting with it
            for entity in found where entity.kind == .organisation {
                let tokens = document.tokens(overlapping: entity.span)
                guard tokens.count >= 3, tagger.lexicon.cues[host(of: tokens.lowerBound).key] == .organisation,
                      tokens.dropFirst().allSatisfy(isBareDefinite) else { continue }
                let rest = tokens.dropFirst().map { host(of: $0).key }
                names[rest[0], default: []].append(rest)
            }
            guard !names.isEmpty else { return [] }
            let covered = Set(found.flatMap { document.tokens(overlapping: $0.span) })
            var added: [Entity] = []
            for run in runs {
                var position = 0
                while position < run.count {
                    let matching = names[knownKeys[run[position]] ?? 0]?.first { rest in
                        position + rest.count <= run.count && rest.indices.allSatisfy {
                            knownKeys[run[position + $0]] == rest[$0] && !covered.contains(run[position + $0])
                        }
                    }
                    guard let rest = matching else { position += 1; continue }
                    added.append(entity(.organisation, run[position]...run[position + rest.count - 1]))
                    position += rest.count
                }
            }
            return added
        }
        entities = Self.withoutOverlaps(entities + organisationsWithoutHead(in: entities))
        let covered = Set(entities.flatMap { document.tokens(overlapping: $0.span) })
        for run in runs {
            for index in run where !covered.contains(index) && document.tokens[index].kind == .word {
                guard let key = knownKeys[index], linker.country(ofDemonym: key) != nil else { continue }
                let start = host(of: index).start
                if let country = linker.country(ofDemonym: key) {
                    entities.append(Entity(span: Span(start: start, end: document.tokens[index].end), kind: .nationality, canonical: country))
                }
            }
        }
        // A lone demonym tagged as a place stands for its country, not a place of its own.
        for index in entities.indices where entities[index].kind == .location {
            let tokens = document.tokens(overlapping: entities[index].span)
            if tokens.count == 1, let country = linker.country(ofDemonym: host(of: tokens.lowerBound).key) {
                entities[index].kind = .nationality
                entities[index].canonical = country
            }
        }
        entities.sort { $0.span < $1.span }
        /// A mention's words in matching form, without proclitics or the article; the first part
        /// of a compound name joined to the next word (عبد الرحمن as عبدالرحمن, أبو راس as
        /// أبوراس), since news writes them both ways — and القطان as قطان.
        func linkingWords(_ entity: Entity) -> [UInt64] {
            var words: [UInt64] = []
            var compound: String?
            for index in document.tokens(overlapping: entity.span) {
                var (start, key) = host(of: index)
                let host = document[Span(start: start, end: document.tokens[index].end)]
                if compound == nil, case let article = MatchingForm.linkingArticleLength(of: host), article > 0 {
                    key = MatchingForm.key(of: normalizer.normalize(Substring(host.unicodeScalars.dropFirst(article))))
                    start += article
                }
                if compound != nil || Self.compoundFirstParts.contains(key) {
                    let text = MatchingForm.normalized(document[Span(start: start, end: document.tokens[index].end)])
                    if let first = compound {
                        words.append(MatchingForm.key(of: first + text))
                        compound = nil
                    } else {
                        compound = text
                    }
                } else {
                    words.append(key)
                }
            }
            if let first = compound { words.append(MatchingForm.key(of: first)) }
            return words
        }
        linker.link(&entities, words: linkingWords, text: name)
        document.entities = entities
    }

    /// ``EntityLinker/compoundNameParts`` by matching key.
    private static let compoundFirstParts: Set<UInt64> = Set(EntityLinker.compoundNameParts.map { MatchingForm.key(of: MatchingForm.normalized($0)) })

    /// Nouns for people that the tagger sometimes reads as a person's name, by matching key.
    private static let peopleNouns: Set<UInt64> = Set([
        "مسؤول", "مسؤولة", "مسؤولان", "مسؤولين", "مسؤولون", "مصدر", "مصادر", "شاهد", "شهود", "ناشط", "ناشطون", "ناشطين",
        "متحدث", "متحدثة", "مراسل", "مراسلة", "دبلوماسي", "دبلوماسيون", "خبير", "خبراء", "محلل", "محللون", "مواطن", "مواطنون",
    ].map { MatchingForm.key(of: MatchingForm.normalized($0)) })

    /// الله, by matching key.
    private static let god = MatchingForm.key(of: MatchingForm.normalized("الله"))
    /// أم, by matching key.
    private static let mother = MatchingForm.key(of: MatchingForm.normalized("أم"))
    /// آية, by matching key.
    private static let sign = MatchingForm.key(of: MatchingForm.normalized("آية"))

    /// Prepositions, particles of attribution, verbs of speech and the البالغ of an age (أم خالد
    /// البالغة من العمر), which the tagger now and then runs a name into.
    private static let attributionWords: Set<UInt64> = Set([
        "بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا", "خلال", "لدى", "أمام", "عبر", "حيث", "الذي", "التي", "الذين", "غير",
        "قال", "أكد", "أضاف", "أوضح", "أشار", "لمح", "لفت", "صرح", "شدد", "قائلا", "مؤكدا", "مضيفا", "موضحا", "مشيرا", "لافتا",
        "داعيا", "مبينا", "بينا", "معتبرا", "مطالبا", "محذرا", "البالغ", "البالغة",
    ].map { MatchingForm.key(of: MatchingForm.normalized($0)) })

    /// The kinds of names, as against numbers, dates and demonyms.
    private static let names: Set<Entity.Kind> = [.person, .organisation, .location, .miscellaneous]

    /// Which of overlapping entities is kept: the higher rank, then the longer, then the earlier.
    private static func rank(_ kind: Entity.Kind) -> Int {
        switch kind {
        case .date, .time, .money, .percent: 3
        case .person, .organisation, .location: 2
        case .miscellaneous, .nationality: 1
        case .number: 0
        }
    }

    /// The candidates that survive overlaps, in text order.
    static func withoutOverlaps(_ candidates: [Entity]) -> [Entity] {
        let ordered = candidates.sorted {
            (rank($0.kind), $0.span.length, -$0.span.start) > (rank($1.kind), $1.span.length, -$1.span.start)
        }
        var kept: [Entity] = []
        var taken = IntervalSet()
        for candidate in ordered where !taken.overlaps(candidate.span) {
            taken.insert(candidate.span)
            kept.append(candidate)
        }
        return kept.sorted { $0.span < $1.span }
    }

    /// The article's date as year, month and day, when its metadata gives one in ISO 8601.
    static func date(of metadata: Metadata) -> (year: Int, month: Int, day: Int)? {
        guard let date = metadata.date else { return nil }
        let fields = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard fields.count == 3, (1...12).contains(fields[1]), (1...31).contains(fields[2]) else { return nil }
        return (fields[0], fields[1], fields[2])
    }

    /// The token indices of the headline and of each sentence of the body.
    public static func sentenceRuns(of document: Document) -> [[Int]] {
        let title = document.titleTokens
        return (title.isEmpty ? [] : [Array(title)]) + document.sentences.map { Array($0.tokens) }
    }
}

extension Pipeline {
    /// The text core, morphology and entities, with the shipped models.
    public static func withEntities() throws -> Pipeline {
        try Pipeline(Pipeline.withMorphology().processors + [EntityRecognition(tagger: EntityTagger.shipped())])
    }
}
