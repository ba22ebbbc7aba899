/// 64-bit hashes of feature names, built without allocating strings.
///
/// A feature is a template (which property of which neighbour) and a value (the bytes of a
/// word, a cluster number); the tagger looks its weights up by the pair's hash. 64 bits make
/// collisions between the few million features of a model negligible.
enum FeatureHash {
    /// The FNV-1a hash of `bytes`.
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash of a string's UTF-8 bytes, read in place: hashing byte by byte through the
    /// generic view costs more than all the rest of feature extraction.
    static func of<S: StringProtocol>(_ text: S) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ of($0) }) { return hash }
        var copy = String(text)
        return copy.withUTF8 { of($0) }
    }

    /// The hash of a small number (a cluster, a flag set) as a value.
    static func of(number: Int) -> UInt64 {
        finalize(UInt64(bitPattern: Int64(number)) &+ 0x5851_f42d_4c95_7f2d)
    }

    /// Two hashes combined into one, order-sensitive.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        finalize(first &* 0x9e37_79b9_7f4a_7c15 ^ second)
    }

    /// A bit mixer (murmur3's finalizer) so that nearby inputs spread over the table.
    private static func finalize(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }
}
