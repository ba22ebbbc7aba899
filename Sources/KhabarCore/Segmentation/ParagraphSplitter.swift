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
        let bodyStart = document.title?.end ?? 0
        var text = document.text
        document.paragraphs = text.withUTF8 { Self.paragraphs(in: $0, fromScalar: bodyStart) }
    }

    private static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, fromScalar firstScalar: Int) -> [Span] {
        var result: [Span] = []
        var open: Int?          // scalar where the current paragraph starts
        var contentEnd = 0      // scalar after the last visible character
        var previous: UInt32 = 0, beforePrevious: UInt32 = 0
        var scalar = 0
        var byte = 0
        func close() {
            if let start = open { result.append(Span(start: start, end: contentEnd)) }
            open = nil
        }
        while byte < bytes.count {
            let (value, length) = decodeScalar(bytes, at: byte)
            defer {
                byte += length
                scalar += 1
            }
            guard scalar >= firstScalar else { continue }
            let kind = ScalarClass.of(value)
            if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85 {
                close()
            } else if kind == .space || kind == .ignorable {
                if beforePrevious == 0x2E, previous == 0x2C, open != nil {
                    contentEnd -= 1 // the glue comma is not part of the paragraph
                    close()
                }
            } else {
                if open == nil { open = scalar }
                contentEnd = scalar + 1
            }
            beforePrevious = previous
            previous = value
        }
        close()
        return result
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
