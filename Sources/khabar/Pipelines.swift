import KhabarCore
import KhabarQuotes
import KhabarTopics

extension Pipeline {
    /// Everything Khabar finds in an article: the text core, morphology, entities, quotations
    /// and the topic, with the shipped models; what `khabar analyze` and `khabar ingest` run.
    static func complete() throws -> Pipeline {
        try Pipeline(Pipeline.withQuotes().processors + [TopicClassification(classifier: TopicClassifier.shipped())])
    }
}
