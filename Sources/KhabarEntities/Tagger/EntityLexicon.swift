import Foundation
import KhabarCore
import KhabarMorphology

/// The language data the name tagger and the linker read: gazetteers, word clusters learned
/// from unlabeled news, cue words and demonyms, all keyed by the hash of a word's matching form
/// (see ``MatchingForm``) so that look-ups allocate nothing.
public struct EntityLexicon: Sendable {
    /// The classes of cue words (``cueWords``).
    public enum Cue: UInt8, Sendable, CaseIterable {
        /// A title or office before a person's name: الرئيس، وزير، الشيخ.
        case title = 1
        /// A word that heads an organisation's name: حركة، جيش، وزارة.
        case organisation
        /// A word that heads or announces a place: مدينة، محافظة، نهر.
        case place
        /// A word that often ends an organisation's name: المتحدة، الدولي.
        case organisationTail
        /// A demonym or nisba adjective standing for a country: الروسي.
        case demonym
        /// A word that links the parts of a person's name: بن، آل، ولد.
        case nameConnector

        init?(name: Substring) {
            switch name {
            case "title": self = .title
            case "org": self = .organisation
            case "place": self = .place
            case "org-tail": self = .organisationTail
            case "person-after": self = .nameConnector
            default: return nil
            }
        }
    }

    /// Names by the hash of their token sequence: a bit per kind (1 PER, 2 ORG, 4 LOC, 8 MISC),
    /// and ``prefixBit`` when a longer name starts with this sequence.
    let gazetteer: [UInt64: UInt8]
    /// The longest gazetteer name, in tokens: matching never looks further.
    let longestName: Int
    /// The coarse and fine cluster of each word learned from unlabeled text.
    let clusters: [UInt64: (coarse: UInt16, fine: UInt16)]
    /// Cue words and their class.
    let cues: [UInt64: Cue]
    /// Demonyms and the country each stands for.
    let demonyms: [UInt64: String]
    /// For words that a first tagger often found inside names in unlabeled news: the kind
    /// (index into ``EntityTag/kinds``) times 8 plus how often, in fifths.
    let corpusKinds: [UInt64: UInt8]
    /// The same evidence keyed as the linker keys a name's words, without the article
    /// (الشهراني by شهراني); where both forms were counted, the one with the article.
    let corpusKindsWithoutArticle: [UInt64: UInt8]
    /// Organisation head words that the training data tags inside the name (جامعة القاهرة).
    let organisationHeads: Set<UInt64>

    static let prefixBit: UInt8 = 0x80

    /// Builds the lexicon from its sources; names and words are given as written and are put in
    /// their matching form here.
    public init(names: [(name: String, kind: Entity.Kind)], clusters: [String: (coarse: Int, fine: Int)],
                cueWords: [String: Cue], demonyms: [String: String],
                corpusNames: [String: (kind: Entity.Kind, share: Double)] = [:], organisationHeads: [String] = []) {
        self.organisationHeads = Set(organisationHeads.map { MatchingForm.key(of: MatchingForm.normalized($0)) })
        let evidenceByWord = corpusNames.compactMap { word, evidence in
            EntityTag.kinds.firstIndex(of: evidence.kind).map { (MatchingForm.normalized(word), UInt8($0 * 8 + min(4, Int(evidence.share * 5)))) }
        }
        self.corpusKinds = Dictionary(evidenceByWord.map { (MatchingForm.key(of: $0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
        self.corpusKindsWithoutArticle = Dictionary(evidenceByWord.map { word, kind in
            let article = MatchingForm.linkingArticleLength(of: word)
            return (MatchingForm.key(of: Substring(word.unicodeScalars.dropFirst(article))), (kind: kind, article: article > 0))
        }, uniquingKeysWith: { first, second in
            first.article == second.article ? (first.kind >= second.kind ? first : second) : (first.article ? first : second)
        }).mapValues(\.kind)
        var gazetteer: [UInt64: UInt8] = [:]
        var longest = 0
        for (name, kind) in names {
            guard let bit = Self.bit(of: kind) else { continue }
            let words = name.split(separator: " ").map { MatchingForm.key(of: MatchingForm.normalized($0)) }
            guard !words.isEmpty, words.count <= 8 else { continue }
            longest = max(longest, words.count)
            var hash = MatchingForm.sequenceStart
            for (position, word) in words.enumerated() {
                hash = FeatureHash.combine(hash, word)
                gazetteer[hash, default: 0] |= position == words.count - 1 ? bit : Self.prefixBit
            }
        }
        self.gazetteer = gazetteer
        self.longestName = longest
        self.clusters = Dictionary(clusters.map { (MatchingForm.key(of: MatchingForm.normalized($0.key)), (UInt16($0.value.coarse), UInt16($0.value.fine))) },
                                   uniquingKeysWith: { first, _ in first })
        var cues = Dictionary(cueWords.map { (MatchingForm.key(of: MatchingForm.normalized($0.key)), $0.value) }, uniquingKeysWith: { first, _ in first })
        var countries: [UInt64: String] = [:]
        for (form, country) in demonyms {
            let key = MatchingForm.key(of: MatchingForm.normalized(form))
            countries[key] = country
            cues[key] = cues[key] ?? .demonym
        }
        self.cues = cues
        self.demonyms = countries
    }

    /// The cue class of a word already in matching form (search normalization, no proclitics).
    public func cue(ofMatchingForm word: String) -> Cue? {
        cues[MatchingForm.key(of: word)]
    }

    static func bit(of kind: Entity.Kind) -> UInt8? {
        EntityTag.kinds.firstIndex(of: kind).map { UInt8(1) << UInt8($0) }
    }

    // MARK: Resources

    /// The lexicon shipped with Khabar, loaded once.
    public static func shipped() throws -> EntityLexicon {
        try shippedLexicon.get()
    }

    private static let shippedLexicon: Result<EntityLexicon, Error> = Result {
        try EntityLexicon(names: names(tsv: resource("gazetteer", "tsv")),
                          clusters: clusters(tsv: resource("word-clusters", "tsv")),
                          cueWords: cueWords(tsv: resource("cue-words", "tsv")),
                          demonyms: demonyms(tsv: resource("demonyms", "tsv")),
                          corpusNames: corpusNames(tsv: resource("corpus-names", "tsv")),
                          organisationHeads: try rows(of: resource("organisation-heads", "tsv")).map { String($0[0]) })
    }

    static func resource(_ name: String, _ type: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "KhabarEntities/Resources/\(name).\(type)"])
        }
        return url
    }

    /// The lines of a resource that are not blank or `#` comments, split at tabs.
    static func rows(of url: URL) throws -> [[Substring]] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) ? nil : line.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// Reads `KIND<TAB>name` lines.
    public static func names(tsv url: URL) throws -> [(name: String, kind: Entity.Kind)] {
        try rows(of: url).compactMap { row in
            guard row.count == 2, let kind = Entity.Kind(rawValue: String(row[0])) else { return nil }
            return (String(row[1]), kind)
        }
    }

    /// Reads `word<TAB>coarse<TAB>fine` lines.
    public static func clusters(tsv url: URL) throws -> [String: (coarse: Int, fine: Int)] {
        var clusters: [String: (coarse: Int, fine: Int)] = [:]
        for row in try rows(of: url) where row.count == 3 {
            guard let coarse = Int(row[1]), let fine = Int(row[2]) else { continue }
            clusters[String(row[0])] = (coarse, fine)
        }
        return clusters
    }

    /// The organisation head words (cue words of class `org`) that `sentences` tag inside the
    /// name at least as often as outside it, and at least twice; with their counts.
    public func organisationHeads(in sentences: [LabeledSentence]) -> [(word: String, inside: Int, outside: Int)] {
        let normalizer = Normalizer(.search)
        let segmenter = try? CliticSegmenter.atb()
        var counts: [String: (inside: Int, outside: Int)] = [:]
        let organisation = EntityTag(beginning: true, .organisation)
        for sentence in sentences {
            for position in sentence.tokens.indices.dropLast() {
                let token = Substring(sentence.tokens[position])
                let cut = segmenter?.procliticLength(of: token) ?? 0
                let host = normalizer.normalize(Substring(token.unicodeScalars.dropFirst(cut)))
                guard cues[MatchingForm.key(of: host)] == .organisation else { continue }
                let (tag, next) = (sentence.tags[position], sentence.tags[position + 1])
                if tag == organisation, !next.begins, next.kind == .organisation { counts[host, default: (0, 0)].inside += 1 }
                else if tag == .outside, next.begins { counts[host, default: (0, 0)].outside += 1 }
            }
        }
        return counts.filter { $0.value.inside >= 2 && $0.value.inside >= $0.value.outside }
            .map { ($0.key, $0.value.inside, $0.value.outside) }.sorted { $0.word < $1.word }
    }

    /// Reads `word<TAB>KIND<TAB>share` lines.
    public static func corpusNames(tsv url: URL) throws -> [String: (kind: Entity.Kind, share: Double)] {
        var names: [String: (kind: Entity.Kind, share: Double)] = [:]
        for row in try rows(of: url) where row.count == 3 {
            guard let kind = Entity.Kind(rawValue: String(row[1])), let share = Double(row[2]) else { continue }
            names[String(row[0])] = (kind, share)
        }
        return names
    }

    /// Reads `word<TAB>class` lines.
    public static func cueWords(tsv url: URL) throws -> [String: Cue] {
        var cues: [String: Cue] = [:]
        for row in try rows(of: url) where row.count == 2 {
            if let cue = Cue(name: row[1]) { cues[String(row[0])] = cue }
        }
        return cues
    }

    /// Reads `country<TAB>form form …` lines into form → country.
    public static func demonyms(tsv url: URL) throws -> [String: String] {
        var demonyms: [String: String] = [:]
        for row in try rows(of: url) where row.count == 2 {
            for form in row[1].split(separator: " ") { demonyms[String(form)] = String(row[0]) }
        }
        return demonyms
    }
}

/// The form words are matched in: the search normalization (no diacritics or tatweel, أ إ آ → ا,
/// ى → ي, ة → ه), so that أوروبا in the news and اوروبا in a gazetteer are one word.
enum MatchingForm {
    private static let normalizer = Normalizer(.search)
    /// Where the hash of a token sequence starts.
    static let sequenceStart: UInt64 = 0x6a09_e667_f3bc_c908

    /// `word` in matching form.
    static func normalized<S: StringProtocol>(_ word: S) -> String {
        normalizer.normalize(word)
    }

    /// How many scalars of `word` are the article that linking drops (القطان is قطان): two for a
    /// word of more than four letters that begins with ال, else none.
    static func linkingArticleLength<S: StringProtocol>(of word: S) -> Int {
        word.hasPrefix("ال") && word.unicodeScalars.count > 4 ? 2 : 0
    }

    /// The look-up key of a word already in matching form.
    static func key<S: StringProtocol>(of normalized: S) -> UInt64 {
        FeatureHash.of(normalized)
    }

    /// The look-up keys of words as written (brought to matching form first).
    static func keys<S: Sequence>(of words: S) -> Set<UInt64> where S.Element: StringProtocol {
        Set(words.map { key(of: normalized($0)) })
    }
}
