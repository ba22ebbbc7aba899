import Foundation

/// One article: its original text and everything the engine found in it.
///
/// The text is never rewritten. Every layer (paragraphs, tokens, sentences, and the analysis
/// layers built on them) is a list of spans into ``text``, so `doc[span]` always gives back
/// exactly what the span covers.
///
/// ```swift
/// let doc = try Khabar.analyze("قال الوزير إن الاجتماع سيعقد غداً.")
/// for sentence in doc.sentences { print(doc[sentence.span]) }
/// ```
public struct Document: Sendable {
    /// The original text, exactly as read.
    public let text: String
    /// Where the document came from.
    public var metadata: Metadata
    /// The headline, when the source has one.
    public var title: Span?
    /// The paragraphs of the body in reading order; the headline is not one of them.
    public var paragraphs: [Span] = []
    /// Every surface token of the headline and the body, in order; tokens never overlap and
    /// are never empty.
    public var tokens: [Token] = []
    /// The sentences of the body in reading order, each a run of ``tokens``; the headline's
    /// tokens are ``titleTokens``.
    public var sentences: [Sentence] = []
    /// The syntactic words of the tokens that hold several (و+ب+التالي), in order, once the
    /// morphology layer has run; a token of one word has no entry here. Read them through
    /// ``words(ofToken:)``, which gives every token its words.
    public var words: [Word] = []
    /// The light stem of each token, parallel to ``tokens`` (empty for tokens that are not
    /// words), once the morphology layer has run; empty before.
    public var stems: [String] = []
    /// The root of each token (درس for مدرسة), parallel to ``tokens``, empty where none was
    /// found, once the morphology layer has run; empty before.
    public var roots: [String] = []
    /// The named and numeric entities, in text order, once the entities layer has run.
    public var entities: [Entity] = []
    /// The statements reported in the document, direct and indirect, in text order, once the
    /// quotes layer has run.
    public var quotes: [Quote] = []
    /// What the document is about, once the topic layer has run (nil when no word of it is
    /// known to the classifier).
    public var topic: Topic?

    /// The UTF-8 ranges of ``paragraphs`` as the paragraph splitter found them, so that the
    /// tokenizer need not count scalars again; used only while they match ``paragraphs``.
    var paragraphBytes: (spans: [Span], ranges: [Range<Int>])?
    private let lazyIndex = LazyScalarIndex()
    private var index: ScalarIndex { lazyIndex.index(of: text) }

    /// Creates a document over `text` with no layers yet.
    public init(text: String, title: Span? = nil, metadata: Metadata) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.title = title
        self.metadata = metadata
    }

    /// The number of Unicode scalars in ``text``: the end offset of the last possible span.
    public var scalarCount: Int { index.scalarCount }

    /// The text a span covers.
    public subscript(span: Span) -> Substring {
        let range = utf8Range(of: span)
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    /// The text of a token, sliced in constant time from its UTF-8 range.
    public subscript(token: Token) -> Substring {
        let utf8 = text.utf8
        let range = token.utf8Range
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    /// The UTF-8 byte range of a span of ``text``.
    func utf8Range(of span: Span) -> Range<Int> {
        var text = text
        return text.withUTF8 { index.utf8Range(of: span, in: $0) }
    }

    /// The UTF-8 byte ranges of sorted, non-overlapping spans, found in one forward walk
    /// without building the scalar index.
    func utf8Ranges(ofSorted spans: [Span]) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var byte = 0, scalar = 0
            return spans.map { span in
                let start = UTF8Scan.byteOffset(ofScalar: span.start, in: bytes, from: byte, scalar: scalar)
                let end = UTF8Scan.byteOffset(ofScalar: span.end, in: bytes, from: start, scalar: span.start)
                (byte, scalar) = (end, span.end)
                return start..<end
            }
        }
    }

    /// The headline's text, when there is one.
    public var titleText: String? { title.map { String(self[$0]) } }

    /// The indices of the tokens inside `span`.
    public func tokens(in span: Span) -> Range<Int> {
        let lower = tokens.partitionPoint { $0.start < span.start }
        let upper = tokens[lower...].partitionPoint { $0.end <= span.end }
        return lower..<upper
    }

    /// The indices of the tokens that share text with `span`: those inside it and any it cuts
    /// into, such as a token whose proclitics the span leaves out.
    public func tokens(overlapping span: Span) -> Range<Int> {
        let lower = tokens.partitionPoint { $0.end <= span.start }
        let upper = tokens[lower...].partitionPoint { $0.start < span.end }
        return lower..<max(lower, upper)
    }

    /// The indices of the headline's tokens (empty when there is no headline).
    public var titleTokens: Range<Int> { title.map { tokens(in: $0) } ?? 0..<0 }

    /// The words of the token at `tokenIndex`: its clitic segments once morphology has run,
    /// else the whole token as one word.
    public func words(ofToken tokenIndex: Int) -> [Word] {
        let lower = words.partitionPoint { $0.token < tokenIndex }
        let upper = words[lower...].partitionPoint { $0.token <= tokenIndex }
        if lower < upper { return Array(words[lower..<upper]) }
        return [Word(span: tokens[tokenIndex].span, token: tokenIndex)]
    }
}

/// The scalar index of a document's text, built the first time a span is sliced: analysis
/// layers work on UTF-8 ranges and never need it.
private final class LazyScalarIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: ScalarIndex?

    func index(of text: String) -> ScalarIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = ScalarIndex(text)
        built = index
        return index
    }
}

extension Collection {
    /// The first index whose element fails `belongsBefore`, for a collection partitioned by it.
    func partitionPoint(where belongsBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
