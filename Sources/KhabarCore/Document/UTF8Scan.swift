#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for the hot loops that walk UTF-8 text.
enum UTF8Scan {
    /// The number of scalars that start in `bytes[start..<end]`, counted eight bytes at a time:
    /// a byte starts a scalar unless it is a continuation byte (`10xxxxxx`).
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress, start < end else { return 0 }
        let raw = UnsafeRawPointer(base)
        var index = start
        var count = 0
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - continuations.nonzeroBitCount
            index += 8
        }
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The byte offset of scalar `target`, walking forward from `start`, a scalar boundary at
    /// scalar offset `scalar`; eight bytes at a time while far from the target.
    static func byteOffset(ofScalar target: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalar: Int) -> Int {
        var byte = start, scalar = scalar
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while target - scalar > 8, byte + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                scalar += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                byte += 8
            }
        }
        // `byte` may now sit inside a scalar begun before it: skip to the next boundary first.
        while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        while scalar < target, byte < bytes.count {
            byte += 1
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }

    /// The offset of the first `byte` in `bytes[start..<end]`, or `end`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress, start < end,
              let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
