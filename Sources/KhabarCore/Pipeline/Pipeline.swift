/// An ordered list of ``DocumentProcessor``s, checked so that each one's needs are met.
public struct Pipeline: Sendable {
    /// The components, in the order they run.
    public let processors: [any DocumentProcessor]

    /// Why a pipeline cannot be built.
    public enum Error: Swift.Error, CustomStringConvertible {
        /// A component needs a layer that no earlier component produces.
        case missingLayer(Layer, neededBy: String)
        /// A layer was asked for that no component of the pipeline produces.
        case unknownLayer(Layer, available: [String])

        public var description: String {
            switch self {
            case let .missingLayer(layer, component):
                "\(component) needs the \(layer) layer, which no earlier component produces"
            case let .unknownLayer(layer, available):
                "no component produces the layer '\(layer)'; available: \(available.joined(separator: ", "))"
            }
        }
    }

    /// Creates a pipeline, checking that every component's required layers come before it.
    public init(_ processors: [any DocumentProcessor]) throws {
        var available: Set<Layer> = []
        for processor in processors {
            if let missing = processor.requires.subtracting(available).sorted(by: { $0.rawValue < $1.rawValue }).first {
                throw Error.missingLayer(missing, neededBy: String(describing: type(of: processor)))
            }
            available.formUnion(processor.produces)
        }
        self.processors = processors
    }

    /// The layers this pipeline fills in.
    public var layers: Set<Layer> {
        processors.reduce(into: []) { $0.formUnion($1.produces) }
    }

    /// The smallest pipeline that fills in `layers`: the components that produce them and those
    /// they depend on, in this pipeline's order.
    public func producing(_ layers: Set<Layer>) throws -> Pipeline {
        var needed = layers
        var kept: [any DocumentProcessor] = []
        for processor in processors.reversed() where !processor.produces.isDisjoint(with: needed) {
            kept.insert(processor, at: 0)
            needed.formUnion(processor.requires)
        }
        if let missing = layers.subtracting(self.layers).sorted(by: { $0.rawValue < $1.rawValue }).first {
            throw Error.unknownLayer(missing, available: self.layers.map(\.rawValue).sorted())
        }
        return try Pipeline(kept)
    }

    /// The text core: paragraphs, tokens and sentences.
    public static let textCore: Pipeline = {
        do {
            return try Pipeline([ParagraphSplitter(), Tokenizer(), SentenceSplitter()])
        } catch {
            preconditionFailure("the text-core pipeline is misordered: \(error)")
        }
    }()

    /// Runs every component on `document`, in order.
    public func run(_ document: inout Document) throws {
        for processor in processors { try processor.process(&document) }
    }

    /// A copy of `document` with this pipeline's layers added.
    public func analyze(_ document: Document) throws -> Document {
        var document = document
        try run(&document)
        return document
    }
}

extension Tokenizer: DocumentProcessor {
    public var requires: Set<Layer> { [.paragraphs] }
    public var produces: Set<Layer> { [.tokens] }

    /// Tokenizes the headline and the paragraphs; text between paragraphs yields no token.
    public func process(_ document: inout Document) {
        let title = document.title.map { [$0] } ?? []
        let spans = title + document.paragraphs
        let ranges: [Range<Int>]
        if let known = document.paragraphBytes, known.spans == document.paragraphs {
            ranges = document.utf8Ranges(ofSorted: title) + known.ranges
        } else {
            ranges = document.utf8Ranges(ofSorted: spans)
        }
        document.tokens = tokenize(document.text, within: Array(zip(spans, ranges)))
    }
}
