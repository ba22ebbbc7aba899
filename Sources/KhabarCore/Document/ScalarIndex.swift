/// Converts between Unicode scalar offsets and UTF-8 byte offsets of one text.
///
/// Spans are reported in scalars, but Swift strings are stored as UTF-8; this index keeps the
/// byte offset of every 64th scalar so that any scalar offset resolves in constant time
/// with a short forward walk, while costing a few bytes per 64 scalars.
struct ScalarIndex: Sendable {
    private static let stride = 64
    private var checkpoints: [Int32] = []
    /// The number of scalars in the text.
    private(set) var scalarCount = 0

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
            // Count eight bytes at a time; go byte by byte only through the words in which a
            // checkpoint scalar starts.
            var scalars = 0
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + 8, bytes.count)
                let starting = UTF8Scan.scalarCount(bytes, from: offset, to: end)
                let nextCheckpoint = (scalars + Self.stride - 1) / Self.stride * Self.stride
                if nextCheckpoint < scalars + starting {
                    for byte in offset..<end where bytes[byte] & 0xC0 != 0x80 {
                        if scalars % Self.stride == 0 { checkpoints.append(Int32(byte)) }
                        scalars += 1
                    }
                } else {
                    scalars += starting
                }
                offset = end
            }
            scalarCount = scalars
        }
    }

    /// The UTF-8 offset of the scalar at `scalarOffset` (the text's byte count at its end).
    func utf8Offset(ofScalar scalarOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset out of range")
        if scalarOffset == scalarCount { return bytes.count }
        var byte = Int(checkpoints[scalarOffset / Self.stride])
        var remaining = scalarOffset % Self.stride
        while remaining > 0 {
            byte += 1
            if bytes[byte] & 0xC0 != 0x80 { remaining -= 1 }
        }
        return byte
    }

    /// The UTF-8 range of a scalar span.
    func utf8Range(of span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        utf8Offset(ofScalar: span.start, in: bytes)..<utf8Offset(ofScalar: span.end, in: bytes)
    }
}
