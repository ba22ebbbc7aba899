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
            var scalars = 0
            for (offset, byte) in bytes.enumerated() where !UTF8.isContinuation(byte) {
                if scalars % Self.stride == 0 { checkpoints.append(Int32(offset)) }
                scalars += 1
            }
            scalarCount = scalars
        }
    }

    /// The UTF-8 offset of the scalar at `scalarOffset` (the text's byte count at its end).
    func utf8Offset(ofScalar scalarOffset: Int, in utf8: String.UTF8View) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset out of range")
        if scalarOffset == scalarCount { return utf8.count }
        var byte = Int(checkpoints[scalarOffset / Self.stride])
        var remaining = scalarOffset % Self.stride
        var index = utf8.index(utf8.startIndex, offsetBy: byte)
        while remaining > 0 {
            index = utf8.index(after: index)
            byte += 1
            if !UTF8.isContinuation(utf8[index]) { remaining -= 1 }
        }
        return byte
    }
}
