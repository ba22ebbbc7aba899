/// Scores a stemmer by how well it groups words: two distinct words should share a stem exactly
/// when they share a lemma. Over all pairs of distinct words, precision is the share of
/// same-stem pairs that have the same lemma, recall the share of same-lemma pairs that got the
/// same stem.
public struct StemEvaluation: Sendable, CustomStringConvertible {
    /// Distinct words scored.
    public let words: Int
    /// Pairs of words given the same stem.
    public let stemPairs: Int
    /// Pairs of words with the same lemma.
    public let lemmaPairs: Int
    /// Pairs with both.
    public let sharedPairs: Int

    /// Scores `stem` on words with their gold lemmas; a word seen with several lemmas counts with
    /// its most frequent one.
    public init(words: [(word: String, lemma: String)], stem: (String) -> String) {
        var lemmaCounts: [String: [String: Int]] = [:]
        for (word, lemma) in words { lemmaCounts[word, default: [:]][lemma, default: 0] += 1 }
        let lemmaOf = lemmaCounts.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
        var byStem: [String: Int] = [:], byLemma: [String: Int] = [:], byBoth: [String: Int] = [:]
        for (word, lemma) in lemmaOf {
            let stem = stem(word)
            byStem[stem, default: 0] += 1
            byLemma[lemma, default: 0] += 1
            byBoth[stem + "\u{1F}" + lemma, default: 0] += 1
        }
        func pairs(_ groups: [String: Int]) -> Int { groups.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
        self.words = lemmaOf.count
        stemPairs = pairs(byStem)
        lemmaPairs = pairs(byLemma)
        sharedPairs = pairs(byBoth)
    }

    /// The share of same-stem pairs that share a lemma.
    public var precision: Double { Double(sharedPairs) / Double(max(stemPairs, 1)) }
    /// The share of same-lemma pairs that share a stem.
    public var recall: Double { Double(sharedPairs) / Double(max(lemmaPairs, 1)) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        func percent(_ value: Double) -> String { "\((value * 10000).rounded() / 100)%" }
        return "words \(words)  pairs: same stem \(stemPairs), same lemma \(lemmaPairs), both \(sharedPairs)  "
            + "precision \(percent(precision))  recall \(percent(recall))  F1 \(percent(f1))"
    }
}
