/// What a document is about: one of the topic classifier's labels (`politics`, `sport`, …) and
/// the probability the classifier gives it.
public struct Topic: Hashable, Sendable, Codable {
    /// The topic.
    public var label: String
    /// The classifier's probability for it, between 0 and 1.
    public var score: Double

    /// Creates a topic.
    public init(label: String, score: Double) {
        self.label = label
        self.score = score
    }
}
