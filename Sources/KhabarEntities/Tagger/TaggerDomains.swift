extension EntityTagger {
    /// The corpora whose conventions the tagger may learn apart ("frustratingly easy" domain
    /// adaptation, Daumé 2007): in training, each feature is learned once for all sentences and
    /// once more for those of its domain.
    public enum Domain: String, Sendable, CaseIterable {
        /// ANERcorp: newswire of 2006–2007, tagged with MISC and its annotators' habits.
        case anercorp
        /// Current news, as annotated for Khabar (docs/ENTITIES-GOLD.md).
        case news

        /// What a feature's hash is combined with to make its twin in this domain.
        var key: UInt64 {
            switch self {
            case .anercorp: Self.anercorpKey
            case .news: Self.newsKey
            }
        }
        private static let anercorpKey = FeatureHash.of("domain:anercorp")
        private static let newsKey = FeatureHash.of("domain:news")
    }

    /// The weights read in `domain`: each shared feature's plus that domain's own for it, so that
    /// tagging looks each feature up once.
    static func folded(_ shared: FeatureTable, _ domainWeights: [Domain: [Float]], in domain: Domain?) -> FeatureTable {
        guard let domain, let own = domainWeights[domain] else { return shared }
        var read = shared
        read.weights = zip(shared.weights, own).map(+)
        return read
    }

    /// Splits weights learned with domain twins (``Domain/key`` combined with a feature's hash)
    /// into the shared features and, for each domain, its weights for them, aligned with the
    /// shared rows. Training keeps the shared twin of every domain feature it keeps
    /// (``keepsTwins(_:keys:)``).
    static func separating(_ learned: FeatureTable) -> (shared: FeatureTable, domains: [Domain: [Float]]) {
        var twins = [[Int?]](repeating: [], count: Domain.allCases.count)
        var isTwin = [Bool](repeating: false, count: learned.count)
        for (index, domain) in Domain.allCases.enumerated() {
            twins[index] = learned.keys.map { twinRow(of: $0, in: domain, learned) }
            for case let twin? in twins[index] { isTwin[twin] = true }
        }
        guard isTwin.contains(true) else { return (learned, [:]) } // learned without domains
        let rows = learned.keys.indices.filter { !isTwin[$0] }
        func weights(of row: Int?) -> ArraySlice<Float> {
            guard let row else { return ArraySlice(repeating: 0, count: width) }
            return learned.weights[row * width ..< (row + 1) * width]
        }
        let shared = FeatureTable(keys: rows.map { learned.keys[$0] }, weights: rows.flatMap { weights(of: $0) })
        var domains: [Domain: [Float]] = [:]
        for (index, domain) in Domain.allCases.enumerated() where twins[index].contains(where: { $0 != nil }) {
            domains[domain] = rows.flatMap { weights(of: twins[index][$0]) }
        }
        return (shared, domains)
    }

    /// The row of a feature's twin in `domain`, if `table` has one.
    private static func twinRow(of key: UInt64, in domain: Domain, _ table: FeatureTable) -> Int? {
        table.row(of: FeatureHash.combine(domain.key, key))
    }

    /// Marks for keeping the shared feature of every domain feature marked (a domain feature's
    /// key is ``Domain/key`` combined with its shared feature's).
    static func keepsTwins(_ keeps: inout [Bool], keys table: FeatureTable) {
        for (row, key) in table.keys.enumerated() where !keeps[row] {
            keeps[row] = Domain.allCases.contains { domain in
                twinRow(of: key, in: domain, table).map { keeps[$0] } ?? false
            }
        }
    }
}
