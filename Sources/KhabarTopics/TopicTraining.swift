import Foundation
import KhabarCore

/// An analyzed article (stems filled) and the topic it is filed under.
public struct LabeledArticle: Sendable {
    /// The article.
    public var document: Document
    /// Its topic.
    public var label: String

    /// Pairs an article with its topic.
    public init(document: Document, label: String) {
        self.document = document
        self.label = label
    }
}

/// Trains a ``TopicClassifier``: multinomial logistic regression by stochastic gradient descent,
/// the articles in a seeded order, so that the same data and settings give the same model.
public struct TopicTraining: Sendable {
    /// Passes over the training articles.
    public var epochs = 20
    /// The step size of the first epoch; epoch `e` uses `learningRate / sqrt(e)`.
    public var learningRate: Float = 0.3
    /// The L2 penalty, applied to the weights an article touches.
    public var regularization: Float = 1e-4
    /// In how many training articles a stem must occur to be a feature.
    public var fewestArticles = 2
    /// Whether each topic's articles weigh in inverse proportion to the square root of its
    /// share, so that small sections (technology, culture) are not drowned by local news.
    public var balanced = true
    /// The order of the articles.
    public var seed: UInt64 = 1

    /// Default settings.
    public init() {}

    /// The ANT-style split of a list in a fixed order: every tenth item (0, 10, …) is for
    /// development, every tenth from the fifth (5, 15, …) is held out for testing, the rest is
    /// for training.
    public static func split<Item>(_ items: [Item]) -> (train: [Item], dev: [Item], test: [Item]) {
        var split: (train: [Item], dev: [Item], test: [Item]) = ([], [], [])
        for (index, item) in items.enumerated() {
            switch index % 10 {
            case 0: split.dev.append(item)
            case 5: split.test.append(item)
            default: split.train.append(item)
            }
        }
        return split
    }

    /// Trains on `articles`; `afterEpoch` sees the model after each pass (to print dev scores).
    public func train(_ articles: [LabeledArticle], afterEpoch: (Int, TopicClassifier) -> Void = { _, _ in }) -> TopicClassifier {
        let labels = Array(Set(articles.map(\.label))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let vocabulary = Self.vocabulary(of: articles, fewestArticles: fewestArticles)
        let examples = articles.map { article in
            (features: TopicClassifier.features(of: article.document) { vocabulary[$0] }, label: labelIndex[article.label]!)
        }
        var counts = [Int](repeating: 0, count: labels.count)
        for example in examples { counts[example.label] += 1 }
        let largest = Float(counts.max() ?? 1)
        let classWeights = counts.map { balanced ? (largest / Float(max($0, 1))).squareRoot() : 1 }

        var model = TopicClassifier(labels: labels, vocabulary: vocabulary,
                                    weights: [Float](repeating: 0, count: vocabulary.count * labels.count),
                                    bias: [Float](repeating: 0, count: labels.count))
        var order = Array(examples.indices)
        var random = SeededRandom(seed: seed)
        let width = labels.count
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            let rate = learningRate / Float(epoch).squareRoot()
            for index in order {
                let (features, label) = examples[index]
                var gradient = model.probabilities(of: features)
                gradient[label] -= 1
                let step = rate * classWeights[label]
                for (row, value) in features {
                    for other in 0..<width {
                        let position = row * width + other
                        model.weights[position] -= step * (gradient[other] * value + regularization * model.weights[position])
                    }
                }
                for other in 0..<width { model.bias[other] -= step * gradient[other] }
            }
            afterEpoch(epoch, model)
        }
        return model
    }

    /// The stems found in at least `fewestArticles` articles, numbered in code-point order.
    static func vocabulary(of articles: [LabeledArticle], fewestArticles: Int) -> [String: Int] {
        var documentFrequency: [String: Int] = [:]
        for article in articles {
            for stem in Set(article.document.stems) where !stem.isEmpty { documentFrequency[stem, default: 0] += 1 }
        }
        let kept = documentFrequency.filter { $0.value >= fewestArticles }.keys
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    }
}

/// Topic classification scores: accuracy, and precision, recall and F1 per topic and their
/// unweighted mean (macro F1), from a confusion matrix.
public struct TopicEvaluation: Sendable {
    /// The topics, in the matrix's order.
    public let labels: [String]
    /// Articles by gold topic (row) and predicted topic (column); the last column counts
    /// articles given no topic.
    public private(set) var confusion: [[Int]]

    /// An empty evaluation over these topics.
    public init(labels: [String]) {
        self.labels = labels
        confusion = Array(repeating: Array(repeating: 0, count: labels.count + 1), count: labels.count)
    }

    /// Counts one article; a gold topic outside ``labels`` is ignored.
    public mutating func add(gold: String, predicted: String?) {
        guard let row = labels.firstIndex(of: gold) else { return }
        confusion[row][predicted.flatMap { labels.firstIndex(of: $0) } ?? labels.count] += 1
    }

    /// The share of articles given their gold topic.
    public var accuracy: Double {
        let total = confusion.joined().reduce(0, +)
        return total == 0 ? 0 : Double(labels.indices.reduce(0) { $0 + confusion[$1][$1] }) / Double(total)
    }

    /// Precision, recall, F1 and the number of gold articles of one topic.
    public func scores(of label: Int) -> (precision: Double, recall: Double, f1: Double, support: Int) {
        let correct = Double(confusion[label][label])
        let predicted = Double(confusion.reduce(0) { $0 + $1[label] })
        let support = confusion[label].reduce(0, +)
        let precision = predicted == 0 ? 0 : correct / predicted
        let recall = support == 0 ? 0 : correct / Double(support)
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), support)
    }

    /// The unweighted mean of the topics' F1.
    public var macroF1: Double {
        labels.isEmpty ? 0 : labels.indices.reduce(0) { $0 + scores(of: $1).f1 } / Double(labels.count)
    }
}
