/// Finds the paragraphs of a document's body: every non-blank line after the headline.
///
/// A paragraph span leaves out the whitespace and invisible controls around it. Paragraphs
/// that an upstream system glued into one line with `.,` and a space (as in the seed article:
/// `…لفرانس برس., وأكد…`) are split back: the first keeps its full stop, the glue comma
/// belongs to neither.
public struct ParagraphSplitter: DocumentProcessor, Sendable {
    /// Creates a paragraph splitter.
    public init() {}

    public var requires: Set<Layer> { [] }
    public var produces: Set<Layer> { [.paragraphs] }

    public func process(_ document: inout Document) {
        let bodyStart = document.utf8Ranges(ofSorted: [Span(start: 0, end: document.title?.end ?? 0)])[0]
        var text = document.text
        let (spans, ranges) = text.withUTF8 { bytes in
            var scanner = ParagraphScanner(bytes: bytes, byte: bodyStart.upperBound, scalar: document.title?.end ?? 0)
            return scanner.paragraphs()
        }
        document.paragraphs = spans
        document.paragraphBytes = (spans, ranges)
    }
}

/// Finds paragraph spans in UTF-8 bytes without decoding the text in between: lines come from
/// `memchr`, scalar offsets from counting eight bytes at a time, and only a paragraph's edges
/// are decoded to trim its whitespace.
private struct ParagraphScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// A position whose scalar offset is known; positions are only ever asked in increasing order.
    private var known: (byte: Int, scalar: Int)
    /// Where the next LF and CR were last found: a file with no LF (or no CR) is searched once,
    /// not once per line.
    private var nextLineFeed = -1, nextReturn = -1
    private let classify = ScalarClassifier()

    init(bytes: UnsafeBufferPointer<UInt8>, byte: Int, scalar: Int) {
        self.bytes = bytes
        self.known = (byte, scalar)
    }

    mutating func paragraphs() -> (spans: [Span], ranges: [Range<Int>]) {
        var result: [Span] = []
        var ranges: [Range<Int>] = []
        var lineStart = known.byte
        while lineStart < bytes.count {
            let (lineEnd, next) = lineBreak(from: lineStart)
            var segmentStart = lineStart
            var dot = UTF8Scan.firstIndex(of: UInt8(ascii: "."), in: bytes, from: lineStart, to: lineEnd)
            while dot + 1 < lineEnd {
                // ".," then a blank or the end of the line: two paragraphs glued together.
                if bytes[dot + 1] == UInt8(ascii: ","), dot + 2 == lineEnd || isBlank(at: dot + 2) {
                    append(segmentStart..<dot + 1, to: &result, &ranges)
                    segmentStart = dot + 2
                }
                dot = UTF8Scan.firstIndex(of: UInt8(ascii: "."), in: bytes, from: dot + 1, to: lineEnd)
            }
            append(segmentStart..<lineEnd, to: &result, &ranges)
            lineStart = next
        }
        return (result, ranges)
    }

    /// The end of the line starting at `start` and where the next line starts. Lines end at
    /// LF, CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR.
    private mutating func lineBreak(from start: Int) -> (end: Int, next: Int) {
        if nextLineFeed < start { nextLineFeed = UTF8Scan.firstIndex(of: 0x0A, in: bytes, from: start, to: bytes.count) }
        if nextReturn < start { nextReturn = UTF8Scan.firstIndex(of: 0x0D, in: bytes, from: start, to: bytes.count) }
        var end = min(nextLineFeed, nextReturn)
        var next = min(end + 1, bytes.count)
        // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: the earliest one before `end` wins.
        for lead: UInt8 in [0xC2, 0xE2] {
            var candidate = UTF8Scan.firstIndex(of: lead, in: bytes, from: start, to: end)
            while candidate < end {
                let value = decodeScalar(bytes, at: candidate)
                if value.value == 0x85 || value.value == 0x2028 || value.value == 0x2029 {
                    (end, next) = (candidate, candidate + value.length)
                    break
                }
                candidate = UTF8Scan.firstIndex(of: lead, in: bytes, from: candidate + 1, to: end)
            }
        }
        return (end, next)
    }

    /// Adds the bytes `range` as a paragraph, without the blanks around it, unless nothing is left.
    private mutating func append(_ range: Range<Int>, to result: inout [Span], _ ranges: inout [Range<Int>]) {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isBlank(at: start) { start += decodeScalar(bytes, at: start).length }
        while end > start {
            var last = end - 1
            while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            guard isBlank(at: last) else { break }
            end = last
        }
        guard start < end else { return }
        let first = scalarOffset(ofByte: start)
        result.append(Span(start: first, end: scalarOffset(ofByte: end)))
        ranges.append(start..<end)
    }

    private func isBlank(at byte: Int) -> Bool {
        let kind = classify(decodeScalar(bytes, at: byte).value)
        return kind == .space || kind == .ignorable
    }

    private mutating func scalarOffset(ofByte byte: Int) -> Int {
        known = (byte, known.scalar + UTF8Scan.scalarCount(bytes, from: known.byte, to: byte))
        return known.scalar
    }
}

/// Decodes the scalar at `byte` of valid UTF-8.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at byte: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[byte])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[byte + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(bytes[byte + 1] & 0x3F) << 6 | UInt32(bytes[byte + 2] & 0x3F), 3)
    }
    return ((lead & 0x07) << 18 | UInt32(bytes[byte + 1] & 0x3F) << 12
            | UInt32(bytes[byte + 2] & 0x3F) << 6 | UInt32(bytes[byte + 3] & 0x3F), 4)
}
