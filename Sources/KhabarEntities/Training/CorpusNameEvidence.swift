import KhabarCore

/// How often a first tagger finds each word inside a name, over a large unlabeled corpus: a
/// word it tags as a person in most of its hundred occurrences (الأسد، جنبلاط) is a strong hint
/// in a sentence that, alone, gives little away. The counts become ``EntityLexicon`` evidence
/// for the tagger trained next (self-training, one round).
public struct CorpusNameEvidence {
    private let features: NameFeatures
    /// Per word: occurrences, then occurrences inside a name of each kind of ``EntityTag/kinds``.
    private var counts: [String: [Int]] = [:]

    /// Prepares counting with `tagger`'s view of words.
    public init(tagger: EntityTagger) { features = tagger.features }

    /// Counts one tagged sentence.
    public mutating func add(tokens: [Substring], tags: [EntityTag]) {
        for (token, tag) in zip(tokens, tags) {
            let host = features.host(of: token)
            var row = counts[host] ?? [Int](repeating: 0, count: 1 + EntityTag.kinds.count)
            row[0] += 1
            if let kind = tag.kind, let position = EntityTag.kinds.firstIndex(of: kind) { row[1 + position] += 1 }
            counts[host] = row
        }
    }

    /// Words seen at least `minimumCount` times whose most frequent kind covers at least
    /// `minimumShare` of their occurrences. Hashtags are left out: corpus-names.tsv could not
    /// hold them, since a line that starts with `#` is a comment there.
    public func names(minimumCount: Int = 3, minimumShare: Double = 0.2) -> [String: (kind: Entity.Kind, share: Double)] {
        var names: [String: (kind: Entity.Kind, share: Double)] = [:]
        for (word, row) in counts where row[0] >= minimumCount && !word.hasPrefix("#") {
            guard let best = (1..<row.count).max(by: { row[$0] < row[$1] }) else { continue }
            let share = Double(row[best]) / Double(row[0])
            if share >= minimumShare { names[word] = (EntityTag.kinds[best - 1], share) }
        }
        return names
    }
}
