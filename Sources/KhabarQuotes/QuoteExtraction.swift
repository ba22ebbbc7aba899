import KhabarCore
import KhabarEntities

/// Fills ``Document/quotes`` with the ``QuoteExtractor``.
public struct QuoteExtraction: DocumentProcessor {
    /// The extractor used.
    public let extractor: QuoteExtractor

    /// Creates the component around an extractor.
    public init(extractor: QuoteExtractor) { self.extractor = extractor }

    /// Needs sentences and entities (speakers are entities).
    public var requires: Set<Layer> { [.tokens, .sentences, .entities] }
    /// Produces the quotes.
    public var produces: Set<Layer> { [.quotes] }

    /// Finds and attributes the document's statements.
    public func process(_ document: inout Document) {
        document.quotes = extractor.quotes(in: document)
    }
}

extension Pipeline {
    /// The text core, morphology, entities and quotations, with the shipped models.
    public static func withQuotes() throws -> Pipeline {
        try Pipeline(Pipeline.withEntities().processors + [QuoteExtraction(extractor: QuoteExtractor.shipped())])
    }
}
