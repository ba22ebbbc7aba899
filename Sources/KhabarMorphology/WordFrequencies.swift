import Foundation
import KhabarCore

/// How often each word occurs in a large body of news text: the unlabeled evidence that tells
/// a real stem (صل is rare, وصل is common) from an accidental string of letters.
///
/// Words are keyed by their search form (``NormalizationOptions/search``), so that spelling
/// variation in the corpus (اعلن / أعلن) does not split the counts.
public struct WordFrequencies: Sendable {
    private var counts: [ByteKey: Int]

    private static let key = Normalizer(.search)

    /// Creates frequencies from counts of words (keyed in any spelling).
    public init(_ counts: [String: Int] = [:]) {
        var folded: [ByteKey: Int] = [:]
        for (word, count) in counts { folded[ByteKey(Self.key.normalize(word)), default: 0] += count }
        self.counts = folded
    }

    /// How often `word` occurs.
    public func count(of word: String) -> Int {
        counts[ByteKey(Self.key.normalize(word))] ?? 0
    }

    /// The counts in `word<TAB>count` lines.
    public static func counts(tsv: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let count = Int(Substring(line[line.index(after: tab)...])) else { continue }
            counts[String(Substring(line[..<tab])), default: 0] &+= count
        }
        return counts
    }

    /// `word<TAB>count` lines for the words of `counts` that occur at least `minimum` times,
    /// most frequent first.
    public static func tsv(_ counts: [String: Int], minimum: Int) -> String {
        counts.filter { $0.value >= minimum }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key)\t\($0.value)\n" }.joined()
    }

}
