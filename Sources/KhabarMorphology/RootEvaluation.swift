/// Scores a root extractor on words with gold roots: accuracy over all words, and how often it
/// answers at all and is right when it does.
public struct RootEvaluation: Sendable, CustomStringConvertible {
    /// Words scored.
    public private(set) var words = 0
    /// Words given a root.
    public private(set) var answered = 0
    /// Words given their gold root.
    public private(set) var correct = 0

    /// Scores `extractor` on `gold` words.
    public init(gold: [(word: String, root: String)], extractor: RootExtractor) {
        for (word, root) in gold {
            words += 1
            guard let found = extractor.root(of: word) else { continue }
            answered += 1
            if found == root { correct += 1 }
        }
    }

    /// The share of words given their gold root.
    public var accuracy: Double { Double(correct) / Double(max(words, 1)) }
    /// The share of words given a root at all.
    public var coverage: Double { Double(answered) / Double(max(words, 1)) }
    /// The share of given roots that are right.
    public var precision: Double { Double(correct) / Double(max(answered, 1)) }

    public var description: String {
        func percent(_ value: Double) -> String { "\((value * 10000).rounded() / 100)%" }
        return "words \(words)  accuracy \(percent(accuracy))  coverage \(percent(coverage))  precision \(percent(precision))"
    }
}
