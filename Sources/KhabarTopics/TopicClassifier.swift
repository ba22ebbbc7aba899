import Foundation
import KhabarCore
import KhabarMorphology

/// What an article is about, from its words: a multinomial logistic regression over the light
/// stems of its headline and body, trained by `khabar train topic` on the ANT corpus's nine
/// sections (local, international, politics, economy, society, sport, culture, technology,
/// diverse).
///
/// ```swift
/// let doc = try Pipeline.withTopics().analyze(Khabar.analyze(text))
/// doc.topic   // Topic(label: "sport", score: 0.91)
/// ```
public struct TopicClassifier: Sendable {
    /// The topics, in the model's order.
    public let labels: [String]
    /// The row of each known stem in ``weights``.
    let vocabulary: [String: Int]
    /// One row of ``labels``.count weights per stem.
    var weights: [Float]
    /// One weight per label.
    var bias: [Float]

    /// A classifier from its parts; `weights` holds `vocabulary.count × labels.count` values.
    init(labels: [String], vocabulary: [String: Int], weights: [Float], bias: [Float]) {
        precondition(weights.count == vocabulary.count * labels.count && bias.count == labels.count)
        self.labels = labels
        self.vocabulary = vocabulary
        self.weights = weights
        self.bias = bias
    }

    /// The classifier shipped with Khabar, loaded once.
    public static func shipped() throws -> TopicClassifier {
        try shippedClassifier.get()
    }

    private static let shippedClassifier = Result {
        guard let url = Bundle.module.url(forResource: "topic-model", withExtension: "tsv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "topic-model.tsv"])
        }
        return try TopicClassifier(contentsOf: url)
    }

    /// The topic of an analyzed document (its ``Document/stems`` filled), or nil when none of
    /// its words is known to the model.
    public func topic(of document: Document) -> Topic? {
        let features = features(of: document)
        guard !features.isEmpty else { return nil }
        let probabilities = probabilities(of: features)
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
        return Topic(label: labels[best], score: Double(probabilities[best]))
    }

    /// The probability of each label for a feature vector.
    func probabilities(of features: [(row: Int, value: Float)]) -> [Float] {
        var scores = bias
        let width = labels.count
        weights.withUnsafeBufferPointer { weights in
            for (row, value) in features {
                for label in 0..<width { scores[label] += weights[row * width + label] * value }
            }
        }
        let highest = scores.max() ?? 0
        var total: Float = 0
        for label in scores.indices {
            scores[label] = exp(scores[label] - highest)
            total += scores[label]
        }
        return scores.map { $0 / total }
    }

    /// The document's known stems with their weights: the headline's stems count twice,
    /// counts are damped (`log(1 + n)`) and the vector has unit length.
    func features(of document: Document) -> [(row: Int, value: Float)] {
        Self.features(of: document) { vocabulary[$0] }
    }

    /// The features of a document over a vocabulary given as a lookup (training builds its own).
    static func features(of document: Document, row: (String) -> Int?) -> [(row: Int, value: Float)] {
        var counts: [Int: Float] = [:]
        let title = document.titleTokens
        for (index, stem) in document.stems.enumerated() where !stem.isEmpty {
            guard let known = row(stem) else { continue }
            counts[known, default: 0] += title.contains(index) ? 2 : 1
        }
        var features = counts.map { (row: $0.key, value: log(1 + $0.value)) }.sorted { $0.row < $1.row }
        let length = sqrt(features.reduce(0) { $0 + $1.value * $1.value })
        for index in features.indices { features[index].value /= length }
        return features
    }
}

/// Fills ``Document/topic`` with a ``TopicClassifier``.
public struct TopicClassification: DocumentProcessor {
    /// The classifier used.
    public let classifier: TopicClassifier

    /// Creates the component around a classifier.
    public init(classifier: TopicClassifier) { self.classifier = classifier }

    /// Needs the stems.
    public var requires: Set<Layer> { [.tokens, .stems] }
    /// Produces the topic.
    public var produces: Set<Layer> { [.topic] }

    /// Classifies the document.
    public func process(_ document: inout Document) {
        document.topic = classifier.topic(of: document)
    }
}

extension Pipeline {
    /// The text core, morphology and the topic, with the shipped models.
    public static func withTopics() throws -> Pipeline {
        try Pipeline(Pipeline.withMorphology().processors + [TopicClassification(classifier: TopicClassifier.shipped())])
    }
}
