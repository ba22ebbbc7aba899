/// A minimal streaming JSON writer: strings escaped per RFC 8259, output kept as UTF-8 bytes.
///
/// The caller lays out the structure; the writer only knows how to spell values, so writing a
/// document with a million tokens costs no intermediate objects.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Receives the bytes written so far whenever they pass ``flushThreshold``, so that a huge
    /// document streams out in bounded memory; nil keeps everything in ``bytes``.
    var sink: ((ArraySlice<UInt8>) -> Void)?
    private let flushThreshold = 1 << 20

    /// Hands the bytes written so far to the sink, if there is one and they are many.
    mutating func flushIfLarge() {
        guard let sink, bytes.count >= flushThreshold else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands everything left to the sink.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes[...])
        bytes.removeAll()
    }

    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func number(_ value: Double) {
        bytes.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
    }

    mutating func string<S: StringProtocol>(_ value: S) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20:
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func span(_ span: Span) {
        raw("{\"start\":")
        number(span.start)
        raw(",\"end\":")
        number(span.end)
        raw("}")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
