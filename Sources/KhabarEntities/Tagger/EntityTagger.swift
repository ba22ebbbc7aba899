import Foundation
import KhabarCore
import KhabarMorphology

/// Finds person, organisation, place and other names in a sentence: a linear-chain model
/// trained as an averaged structured perceptron, decoded by Viterbi into valid IOB2 tags.
///
/// ```swift
/// let tagger = try EntityTagger.shipped()
/// tagger.tag(["وقال", "جون", "كيري", "في", "جنيف"])  // O B-PER I-PER O B-LOC
/// ```
public struct EntityTagger: Sendable {
    let features: NameFeatures
    /// The weight of each feature shared by all domains, for each tag.
    let table: FeatureTable
    /// Each domain's own weights for the features of ``table``, row by row (none for a model
    /// trained without domains).
    let domainWeights: [Domain: [Float]]
    /// The score of each tag after each tag, `(count + 1) × count`: row 0 is the sentence start.
    let transitions: [Float]

    static let width = EntityTag.count

    /// The domain whose own weights the tagger adds to the shared ones: news, what Khabar
    /// reads, unless set otherwise; nil reads the shared weights alone. A model trained without
    /// domains tags the same whatever this says.
    public var domain: Domain? = .news {
        didSet { if domain != oldValue { reading = Self.folded(table, domainWeights, in: domain) } }
    }

    /// The weights as read in ``domain``.
    private var reading: FeatureTable

    init(features: NameFeatures, table: FeatureTable, domainWeights: [Domain: [Float]] = [:], transitions: [Float]) {
        precondition(transitions.count == (Self.width + 1) * Self.width, "transitions need \(Self.width + 1) rows")
        precondition(domainWeights.values.allSatisfy { $0.count == table.weights.count }, "a domain needs a weight for every shared one")
        self.features = features
        self.table = table
        self.domainWeights = domainWeights
        self.transitions = transitions
        self.reading = Self.folded(table, domainWeights, in: domain)
    }

    /// The lexicon the tagger's features read.
    public var lexicon: EntityLexicon { features.lexicon }
    /// How many features the model weighs.
    public var featureCount: Int { table.count }

    /// The IOB2 tag of each token of one sentence.
    public func tag(_ tokens: [Substring]) -> [EntityTag] {
        tagIndices(tokens).tags.map(EntityTag.init(index:))
    }

    /// The IOB2 tag of each token of one sentence.
    public func tag(_ tokens: [String]) -> [EntityTag] {
        tag(tokens.map { Substring($0) })
    }

    /// The IOB2 tags of the sentences of one article, read together so that a name recognised in
    /// one sentence is recognised where it recurs (``DiscourseConsistency``).
    public func tag(article sentences: [[String]]) -> [[EntityTag]] {
        tag(article: sentences.map { $0.map { Substring($0) } })
    }

    /// The IOB2 tags of the sentences of one article, read together so that a name recognised in
    /// one sentence is recognised where it recurs (``DiscourseConsistency``).
    public func tag(article sentences: [[Substring]]) -> [[EntityTag]] {
        tagWithHosts(article: sentences).tags
    }

    /// The article's tags, and each token's matching-form key without proclitics.
    func tagWithHosts(article sentences: [[Substring]]) -> (tags: [[EntityTag]], hosts: [[UInt64]]) {
        var tags: [[Int]] = [], hosts: [[UInt64]] = []
        for sentence in sentences {
            let tagged = tagIndices(sentence)
            tags.append(tagged.tags)
            hosts.append(tagged.hosts)
        }
        DiscourseConsistency(lexicon: lexicon).apply(to: &tags, hosts: hosts)
        return (tags.map { $0.map(EntityTag.init(index:)) }, hosts)
    }

    /// The best tag of each token, and each token's matching-form key without proclitics.
    private func tagIndices(_ tokens: [Substring]) -> (tags: [Int], hosts: [UInt64]) {
        guard !tokens.isEmpty else { return ([], []) }
        var emissions = [Float](repeating: 0, count: tokens.count * Self.width)
        let atoms = features.atoms(of: tokens)
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        emissions.withUnsafeMutableBufferPointer { scores in
            for index in tokens.indices {
                buffer.removeAll(keepingCapacity: true)
                features.features(at: index, atoms: atoms, count: tokens.count, into: &buffer)
                reading.accumulate(buffer, into: scores.baseAddress! + index * Self.width)
            }
        }
        let stride = NameFeatures.Atom.allCases.count
        let hosts = tokens.indices.map { atoms[$0 * stride + NameFeatures.Atom.host.rawValue] }
        var tags = Self.decode(emissions: emissions, count: tokens.count, transitions: transitions)
        // A word whose host differs from its bare form carries the article.
        joinOrganisationHeads(&tags, hosts: hosts) { hosts[$0] != atoms[$0 * stride + NameFeatures.Atom.bare.rawValue] }
        WorkTitles.mark(&tags, tokens: tokens, hosts: hosts)
        CurrencyNames.mark(&tags, tokens: tokens, hosts: hosts)
        return (tags, hosts)
    }

    /// A word that heads organisation names (حركة، جيش، جامعة) right before a name often makes
    /// the two one organisation. ANERcorp's convention decides for the heads it has seen: those
    /// it usually tags inside the name (``EntityLexicon/organisationHeads``: جامعة، حزب، مجلس)
    /// are joined to any name; the others only to a name that is no organisation on its own —
    /// a person's name or a word such as الإسلام (حركة نور الدين الزنكي، جيش الإسلام) — and
    /// not to صحيفة + السفير or حكومة + لبنان. A person's name stays a person after a definite
    /// head (رئيس الحكومة رجب طيب أردوغان: an apposition, as a head with the article governs no
    /// name) and after a word for the government a person leads (حكومة السنيورة، إدارة أوباما).
    private func joinOrganisationHeads(_ tags: inout [Int], hosts: [UInt64], isDefinite: (Int) -> Bool) {
        for name in EntityEvaluation.spans(of: tags.map(EntityTag.init(index:))) where name.tokens.lowerBound > 0 {
            let head = name.tokens.lowerBound - 1
            guard tags[head] == 0, lexicon.cues[hosts[head]] == .organisation else { continue }
            let alwaysInside = lexicon.organisationHeads.contains(hosts[head])
            let person = name.kind == Entity.Kind.person.rawValue
            if person, isDefinite(head) || Self.governmentHeads.contains(hosts[head]) { continue }
            guard alwaysInside || person || name.kind == Entity.Kind.miscellaneous.rawValue else { continue }
            tags[head] = EntityTag(beginning: true, .organisation).index
            for position in name.tokens { tags[position] = EntityTag(beginning: false, .organisation).index }
        }
    }

    /// Words for a government named after the person who leads it, in matching form.
    static let governmentHeads: Set<UInt64> = Set(["حكومه", "اداره"].map { MatchingForm.key(of: $0) })

    /// The best valid tag sequence for the given per-token tag scores (Viterbi).
    static func decode(emissions: [Float], count: Int, transitions: [Float]) -> [Int] {
        let width = Self.width
        let allowed = Self.allowed
        var best = [Float](repeating: 0, count: width)
        var next = best
        var back = [UInt8](repeating: 0, count: count * width)
        for tag in 0..<width {
            best[tag] = allowed[tag] ? transitions[tag] + emissions[tag] : -.infinity
        }
        for position in 1..<max(count, 1) {
            for tag in 0..<width {
                var top: Float = -.infinity, from = 0
                for previous in 0..<width where allowed[(previous + 1) * width + tag] {
                    let score = best[previous] + transitions[(previous + 1) * width + tag]
                    if score > top { top = score; from = previous }
                }
                next[tag] = top + emissions[position * width + tag]
                back[position * width + tag] = UInt8(from)
            }
            swap(&best, &next)
        }
        var tag = (0..<width).max { best[$0] < best[$1] } ?? 0
        var path = [Int](repeating: 0, count: count)
        for position in stride(from: count - 1, through: 0, by: -1) {
            path[position] = tag
            tag = Int(back[position * width + tag])
        }
        return path
    }

    /// Which tag may follow which, laid out like ``transitions``.
    static let allowed: [Bool] = (0...width).flatMap { previous in
        (0..<width).map { EntityTag(index: $0).mayFollow(previous == 0 ? nil : EntityTag(index: previous - 1)) }
    }

    /// The tagger whose weights are the mean of several taggers' over the same features (a
    /// feature one of them lacks weighs 0 there): models trained on different orders of the
    /// same data err differently, and their mean errs less.
    public static func averaging(_ taggers: [EntityTagger]) -> EntityTagger {
        precondition(!taggers.isEmpty, "averaging needs a tagger")
        // Per feature: the shared weights, then each domain's, `width` each.
        let domains = Domain.allCases
        var sums: [UInt64: [Float]] = [:]
        for tagger in taggers {
            for (row, key) in tagger.table.keys.enumerated() {
                sums[key, default: [Float](repeating: 0, count: width * (1 + domains.count))].withUnsafeMutableBufferPointer { sum in
                    for tag in 0..<width { sum[tag] += tagger.table.weights[row * width + tag] }
                    for (index, domain) in domains.enumerated() {
                        guard let own = tagger.domainWeights[domain] else { continue }
                        for tag in 0..<width { sum[(index + 1) * width + tag] += own[row * width + tag] }
                    }
                }
            }
        }
        let count = Float(taggers.count)
        let keys = sums.keys.sorted()
        func mean(_ block: Int) -> [Float] { keys.flatMap { sums[$0]![block * width ..< (block + 1) * width].map { $0 / count } } }
        var domainWeights: [Domain: [Float]] = [:]
        for (index, domain) in domains.enumerated() where taggers.contains(where: { $0.domainWeights[domain] != nil }) {
            domainWeights[domain] = mean(index + 1)
        }
        let transitions = taggers[0].transitions.indices.map { index in taggers.reduce(0) { $0 + $1.transitions[index] } / count }
        return EntityTagger(features: taggers[0].features, table: FeatureTable(keys: keys, weights: mean(0)),
                            domainWeights: domainWeights, transitions: transitions)
    }

    // MARK: Model files

    private static let magic = Array("KHABAR-NER-2\n".utf8)
    /// Format 1: one table; a model trained with domains keeps their twins among its keys.
    private static let flatMagic = Array("KHABAR-NER-1\n".utf8)

    /// The model as bytes, little-endian: a header, the number of features, their hashes, their
    /// shared weights, a byte with a bit per ``Domain`` that has weights of its own, those
    /// weights in ``Domain`` order, and the transitions.
    public func serialized() -> Data {
        var data = Data(Self.magic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt64(table.count))
        for key in table.keys { append(key) }
        for weight in table.weights { append(weight.bitPattern) }
        let present = Domain.allCases.enumerated().filter { domainWeights[$0.element] != nil }
        append(UInt8(present.reduce(0) { $0 | 1 << $1.offset }))
        for (_, domain) in present { for weight in domainWeights[domain]! { append(weight.bitPattern) } }
        for weight in transitions { append(weight.bitPattern) }
        return data
    }

    /// Reads a model written by ``serialized()`` (or by the format before domains); its features
    /// read `lexicon`.
    public init(serialized data: Data, lexicon: EntityLexicon, segmenter: CliticSegmenter) throws {
        let bytes = [UInt8](data)
        let flat = bytes.starts(with: Self.flatMagic)
        guard flat || bytes.starts(with: Self.magic) else { throw ModelError.notAModel }
        var offset = Self.magic.count
        func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard offset + MemoryLayout<T>.size <= bytes.count else { throw ModelError.truncated }
            var value: T = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset ..< offset + MemoryLayout<T>.size]) }
            offset += MemoryLayout<T>.size
            return T(littleEndian: value)
        }
        // The arrays are read in bulk: a model has hundreds of thousands of weights.
        func readArray<T: FixedWidthInteger>(_: T.Type, count: Int) throws -> [T] {
            guard count >= 0, count <= (bytes.count - offset) / MemoryLayout<T>.size else { throw ModelError.truncated }
            let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset ..< offset + count * MemoryLayout<T>.size]))
                }
                initialized = count
            }
            offset += count * MemoryLayout<T>.size
            return values.map { T(littleEndian: $0) }
        }
        func readWeights(count: Int) throws -> [Float] { try readArray(UInt32.self, count: count).map(Float.init(bitPattern:)) }
        guard let count = Int(exactly: try read(UInt64.self)), count <= bytes.count / 8 else { throw ModelError.truncated }
        let keys = try readArray(UInt64.self, count: count)
        var table = FeatureTable(keys: keys, weights: try readWeights(count: count * Self.width))
        var domainWeights: [Domain: [Float]] = [:]
        if flat {
            (table, domainWeights) = Self.separating(table)
        } else {
            let present = try read(UInt8.self)
            for (index, domain) in Domain.allCases.enumerated() where present & 1 << index != 0 {
                domainWeights[domain] = try readWeights(count: count * Self.width)
            }
        }
        let transitions = try readWeights(count: (Self.width + 1) * Self.width)
        guard offset == bytes.count else { throw ModelError.truncated }
        self.init(features: NameFeatures(lexicon: lexicon, segmenter: segmenter), table: table,
                  domainWeights: domainWeights, transitions: transitions)
    }

    /// Why a model file cannot be read.
    public enum ModelError: Error, CustomStringConvertible {
        /// The file does not start with the model header.
        case notAModel
        /// The file ends before the model does.
        case truncated

        public var description: String {
            switch self {
            case .notAModel: "not a Khabar entity model"
            case .truncated: "the entity model file is truncated"
            }
        }
    }

    /// The tagger shipped with Khabar, trained by `khabar train ner`; loaded once.
    public static func shipped() throws -> EntityTagger {
        try shippedTagger.get()
    }

    private static let shippedTagger: Result<EntityTagger, Error> = Result {
        try EntityTagger(serialized: Data(contentsOf: EntityLexicon.resource("ner-model", "bin")),
                         lexicon: EntityLexicon.shipped(), segmenter: CliticSegmenter.atb())
    }
}
