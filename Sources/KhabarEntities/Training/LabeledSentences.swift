import Foundation
import KhabarCore

/// A sentence of tokens with their gold IOB2 tags: what the tagger learns from and is scored on.
public struct LabeledSentence: Sendable {
    /// The tokens, as written.
    public var tokens: [String]
    /// One gold tag per token.
    public var tags: [EntityTag]
    /// The corpus whose conventions the tags follow, when the tagger learns them apart.
    public var domain: EntityTagger.Domain?

    /// Creates a sentence; `tags` must have one entry per token.
    public init(tokens: [String], tags: [EntityTag], domain: EntityTagger.Domain? = nil) {
        precondition(tokens.count == tags.count, "one tag per token")
        self.tokens = tokens
        self.tags = tags
        self.domain = domain
    }

    /// The same sentence, read as following the conventions of `domain`.
    public func inDomain(_ domain: EntityTagger.Domain?) -> LabeledSentence {
        var sentence = self
        sentence.domain = domain
        return sentence
    }
}

/// Reads the named-entity corpora: CoNLL-style `token TAG` files such as ANERcorp, and WikiFANE
/// with its fine classes mapped to PER / ORG / LOC / MISC (``wikiFANEKinds``).
public enum LabeledCorpus {
    /// Reads `token<space or tab>tag` lines. Sentences end at blank lines and, for corpora
    /// without them (ANERcorp), after a `.`, `؟`, `!` or `?` token. Tags are mapped by `kindOf`
    /// (the tag without its `B-`/`I-`); a kind mapped to nil becomes `O`. Byte-order marks,
    /// carriage returns and left-to-right marks are ignored.
    public static func read(_ text: String, kindOf: (Substring) -> Entity.Kind? = Self.standardKind) -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var tokens: [String] = [], tags: [EntityTag] = []
        func close() {
            if !tokens.isEmpty { sentences.append(LabeledSentence(tokens: tokens, tags: tags)) }
            tokens = []; tags = []
        }
        for rawLine in text.lines() {
            let line = rawLine.unicodeScalars.filter { !["\u{FEFF}", "\u{200E}", "\u{200F}", "\r"].contains($0) }
            let fields = String(String.UnicodeScalarView(line)).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2 else { close(); continue }
            let token = String(fields[0])
            tokens.append(token)
            tags.append(tag(fields[1], kindOf: kindOf, previous: tags.last))
            if [".", "؟", "!", "?"].contains(token) { close() }
        }
        close()
        return sentences
    }

    /// Reads one tag; an `I-` that does not continue a name of its kind is read as `B-`.
    private static func tag(_ text: Substring, kindOf: (Substring) -> Entity.Kind?, previous: EntityTag?) -> EntityTag {
        guard text.count > 2, text.hasPrefix("B-") || text.hasPrefix("I-"), let kind = kindOf(text.dropFirst(2)) else { return .outside }
        let continuing = EntityTag(beginning: false, kind)
        return text.hasPrefix("I-") && continuing.mayFollow(previous) ? continuing : EntityTag(beginning: true, kind)
    }

    /// `PER`/`PERS`, `ORG`, `LOC`, `MISC` to their kinds.
    public static func standardKind(_ name: Substring) -> Entity.Kind? {
        switch name {
        case "PER", "PERS", "PERSON": .person
        case "ORG": .organisation
        case "LOC", "GPE": .location
        case "MISC": .miscellaneous
        default: nil
        }
    }

    /// How WikiFANE's fine classes map to the four kinds. Persons of every occupation are PER;
    /// companies, governments, media, teams and NGOs are ORG; populated places, nations,
    /// regions, bodies of water, celestial bodies and facilities (buildings, roads, airports) are
    /// LOC, as ANERcorp tags them; products, vehicles, weapons, works, food and drugs are MISC.
    /// `Group` (المسلمين، العرب، الرومان) is left out (`O`): ANERcorp does not tag peoples.
    public static let wikiFANEKinds: [String: Entity.Kind] = {
        var kinds: [String: Entity.Kind] = [:]
        for name in ["Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete", "Businessperson",
                     "Engineer", "Lawyer", "Police"] { kinds[name] = .person }
        for name in ["Government", "Non-Governmental", "Commercial", "Educational", "Media", "Religious_ORG", "Sports",
                     "Medical-Science", "Entertainment"] { kinds[name] = .organisation }
        for name in ["Population-Center", "Nation", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
                     "Water-Body", "Land-Region-Natural", "Celestial", "Building-Grounds", "Path", "Airport",
                     "Subarea-Facility", "Plant"] { kinds[name] = .location }
        for name in ["Book", "Software", "Hardware", "Movie", "Sound", "Food", "Drug", "Air", "Water", "Land",
                     "Projectile", "Nuclear", "Shooting", "Blunt", "Exploding", "Chemical", "Sharp"] { kinds[name] = .miscellaneous }
        return kinds
    }()

    /// Reads WikiFANE Gold with ``wikiFANEKinds``.
    public static func readWikiFANE(_ text: String) -> [LabeledSentence] {
        read(text) { wikiFANEKinds[String($0)] }
    }

    /// The names a corpus mentions, with their kinds: gazetteer entries.
    public static func names(in sentences: [LabeledSentence]) -> [(name: String, kind: Entity.Kind)] {
        sentences.flatMap { sentence in
            EntityEvaluation.spans(of: sentence.tags).compactMap { span in
                Entity.Kind(rawValue: span.kind).map { (sentence.tokens[span.tokens].joined(separator: " "), $0) }
            }
        }
    }
}

extension LabeledCorpus {
    /// Sentences per block of the dev split.
    public static let splitBlock = 20

    /// Splits a corpus into training and dev sentences: of each run of ten blocks of
    /// ``splitBlock`` consecutive sentences, the last goes to dev. Blocks keep an article's
    /// sentences mostly together, and taking one in ten spreads the dev split over the whole corpus.
    public static func split(_ sentences: [LabeledSentence]) -> (train: [LabeledSentence], dev: [LabeledSentence]) {
        var train: [LabeledSentence] = [], dev: [LabeledSentence] = []
        for (index, sentence) in sentences.enumerated() {
            if (index / splitBlock) % 10 == 9 { dev.append(sentence) } else { train.append(sentence) }
        }
        return (train, dev)
    }
}

extension EntityEvaluation {
    /// Scores `tagger` on gold sentences, read as articles of ``LabeledCorpus/splitBlock``
    /// consecutive sentences (the corpora mark no article boundaries).
    public init(tagger: EntityTagger, sentences: [LabeledSentence]) {
        self.init()
        for start in stride(from: 0, to: sentences.count, by: LabeledCorpus.splitBlock) {
            let article = sentences[start ..< min(sentences.count, start + LabeledCorpus.splitBlock)]
            for (sentence, predicted) in zip(article, tagger.tag(article: article.map(\.tokens))) {
                add(gold: sentence.tags, predicted: predicted)
            }
        }
    }
}

/// A sentence of Wojood, the nested NER corpus: each token with its tags on every nesting layer.
public struct NestedSentence: Sendable {
    /// The tokens.
    public var tokens: [String]
    /// The gold entities on any layer, as kind and token range; the kind names are Wojood's
    /// (`DATE`, `CARDINAL`, `PERS`, …).
    public var entities: [(kind: String, tokens: Range<Int>)]

    /// Reads Wojood's `token TAG [TAG …]` lines, a blank line between sentences.
    public static func read(_ text: String) -> [NestedSentence] {
        var sentences: [NestedSentence] = []
        var rows: [[Substring]] = []
        func close() {
            if !rows.isEmpty { sentences.append(NestedSentence(rows: rows)) }
            rows = []
        }
        for line in text.lines() {
            let fields = line.split(separator: " ")
            if fields.isEmpty { close() } else { rows.append(fields) }
        }
        close()
        return sentences
    }

    private init(rows: [[Substring]]) {
        tokens = rows.map { String($0[0]) }
        var entities: [(kind: String, tokens: Range<Int>)] = []
        let kinds = Set(rows.flatMap { $0.dropFirst() }.filter { $0.hasPrefix("B-") }.map { String($0.dropFirst(2)) })
        for kind in kinds.sorted() {
            var start: Int?
            for (index, row) in rows.enumerated() {
                let tags = row.dropFirst()
                if tags.contains(Substring("B-" + kind)) {
                    if let open = start { entities.append((kind, open..<index)) }
                    start = index
                } else if !tags.contains(Substring("I-" + kind)), let open = start {
                    entities.append((kind, open..<index))
                    start = nil
                }
            }
            if let open = start { entities.append((kind, open..<rows.count)) }
        }
        self.entities = entities
    }
}

extension EntityEvaluation {
    /// Wojood's names for the kinds the numeric rules find.
    public static let wojoodNumericKinds = ["DATE": "DATE", "TIME": "TIME", "CARDINAL": "NUMBER", "MONEY": "MONEY", "PERCENT": "PERCENT"]

    /// Scores the numeric rules on Wojood's DATE, TIME, CARDINAL (as NUMBER), MONEY and PERCENT
    /// entities, on whichever nesting layer they lie.
    public init(numbers recognizer: NumericEntityRecognizer, sentences: [NestedSentence]) {
        self.init()
        for sentence in sentences {
            let gold = sentence.entities.compactMap { entity in
                Self.wojoodNumericKinds[entity.kind].map { (kind: $0, tokens: entity.tokens) }
            }
            let predicted = recognizer.recognize(sentence.tokens.map { Substring($0) }, articleDate: nil).map {
                (kind: $0.kind.rawValue, tokens: $0.tokens)
            }
            add(gold: gold, predicted: predicted)
        }
    }
}
