/// Scores a segmenter against gold cuts: word accuracy (a word counts only when every one of
/// its boundaries is right) and boundary precision, recall and F1.
public struct SegmentationEvaluation: Sendable, CustomStringConvertible {
    /// Words scored.
    public private(set) var words = 0
    /// Words whose every boundary is right.
    public private(set) var correctWords = 0
    /// Boundaries both predicted and gold.
    public private(set) var correctBoundaries = 0
    /// Boundaries predicted.
    public private(set) var predictedBoundaries = 0
    /// Boundaries in the gold cuts.
    public private(set) var goldBoundaries = 0
    /// Up to `keptErrors` wrongly cut words, for reading: the word, the gold cut and the prediction.
    public private(set) var errors: [(word: String, gold: String, predicted: String)] = []
    private let keptErrors: Int

    /// Creates an empty evaluation that keeps the first `keptErrors` errors.
    public init(keptErrors: Int = 50) { self.keptErrors = keptErrors }

    /// Adds one word with its gold and predicted segments.
    public mutating func add(gold: [String], predicted: [String]) {
        let goldSet = Self.boundaries(gold), predictedSet = Self.boundaries(predicted)
        words += 1
        goldBoundaries += goldSet.count
        predictedBoundaries += predictedSet.count
        correctBoundaries += goldSet.intersection(predictedSet).count
        if goldSet == predictedSet {
            correctWords += 1
        } else if errors.count < keptErrors {
            errors.append((gold.joined(), gold.joined(separator: "+"), predicted.joined(separator: "+")))
        }
    }

    /// The share of words cut exactly right.
    public var wordAccuracy: Double { Double(correctWords) / Double(max(words, 1)) }
    /// The share of predicted boundaries that are gold.
    public var precision: Double { Double(correctBoundaries) / Double(max(predictedBoundaries, 1)) }
    /// The share of gold boundaries that were predicted.
    public var recall: Double { Double(correctBoundaries) / Double(max(goldBoundaries, 1)) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        """
        words \(words)  word accuracy \(percent(wordAccuracy))
        boundaries: gold \(goldBoundaries)  predicted \(predictedBoundaries)  \
        precision \(percent(precision))  recall \(percent(recall))  F1 \(percent(f1))
        """
    }

    private func percent(_ value: Double) -> String {
        let scaled = (value * 10000).rounded() / 100
        return "\(scaled)%"
    }

    /// Scalar offsets where one segment ends and the next begins.
    private static func boundaries(_ segments: [String]) -> Set<Int> {
        var result: Set<Int> = []
        var position = 0
        for segment in segments.dropLast() {
            position += segment.unicodeScalars.count
            result.insert(position)
        }
        return result
    }
}
