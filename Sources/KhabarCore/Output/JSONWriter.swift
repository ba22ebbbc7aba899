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

    /// A non-negative number with three decimals (`0.930`); a probability or a score.
    mutating func fraction(_ value: Double) {
        let thousandths = Int((min(max(value.isNaN ? 0 : value, 0), 1e12) * 1000).rounded())
        let decimals = String(thousandths % 1000)
        bytes.append(contentsOf: String(thousandths / 1000).utf8)
        bytes.append(UInt8(ascii: "."))
        bytes.append(contentsOf: (String(repeating: "0", count: 3 - decimals.utf8.count) + decimals).utf8)
    }

    mutating func string<S: StringProtocol>(_ value: S) {
        bytes.append(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            escape(Array(value.utf8))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `utf8` with JSON's escapes, copying the runs that need none at once.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var plain = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
            plain = index + 1
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
    }

    private mutating func escape(_ utf8: [UInt8]) {
        utf8.withUnsafeBufferPointer { escape($0) }
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
