import Foundation
import KhabarCore

/// Near-duplicate detection for wire stories re-posted with small edits: MinHash signatures of
/// the body's word 3-shingles (in search normalization), banded for locality-sensitive hashing.
///
/// Two articles are candidates when they agree on all rows of at least one band (32 bands of 4
/// rows: likely from a Jaccard similarity of about 0.5 up), and near-duplicates when their
/// signatures agree on at least ``threshold`` of their positions. The headline is left out: a
/// re-post often rewrites it.
public struct NearDuplicates: Sendable {
    /// Hash functions in a signature.
    public static let signatureLength = 128
    /// Bands, and rows per band (`bands × rows == signatureLength`).
    public static let bands = 32, rows = 4
    /// Words per shingle.
    public static let shingle = 3
    /// Articles with fewer shingles are too short to judge (exact copies are caught by the
    /// content hash anyway).
    public static let fewestShingles = 8
    /// The estimated Jaccard similarity from which two articles are near-duplicates.
    public static let threshold = 0.5
    /// The most stored articles a new one is compared with, the latest first: templated
    /// stories share buckets with thousands.
    public static let mostCandidates = 200

    private let normalizer = Normalizer(.search)
    private let seeds: [(UInt64, UInt64)]

    /// Creates the detector; its hash functions are fixed, so signatures made by any instance
    /// compare.
    public init() {
        var state: UInt64 = 0x5eed_0f_4b_4a_b4_a7
        func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var value = state
            value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
            value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
            return value ^ (value >> 31)
        }
        seeds = (0..<Self.signatureLength).map { _ in (next() | 1, next()) }
    }

    /// The signature of a document's body, or nil when it is too short.
    public func signature(of document: Document) -> [UInt32]? {
        let bodyStart = document.titleTokens.upperBound
        var words: [UInt64] = []
        for token in document.tokens[bodyStart...] where token.kind == .word || token.kind == .number {
            words.append(Self.hash(normalizer.normalize(document[token]).utf8))
        }
        guard words.count >= Self.shingle + Self.fewestShingles - 1 else { return nil }
        var shingles = Set<UInt64>()
        for start in 0 ... words.count - Self.shingle {
            var hash: UInt64 = 0x84222325
            for word in words[start ..< start + Self.shingle] { hash = FNV.mix(hash, word) }
            shingles.insert(hash)
        }
        var signature = [UInt32](repeating: .max, count: Self.signatureLength)
        for shingle in shingles {
            for (position, (multiplier, offset)) in seeds.enumerated() {
                let value = UInt32(truncatingIfNeeded: (shingle &* multiplier &+ offset) >> 32)
                if value < signature[position] { signature[position] = value }
            }
        }
        return signature
    }

    /// The bucket of each band of a signature: articles sharing a bucket are candidates.
    public static func buckets(of signature: [UInt32]) -> [Int64] {
        (0..<bands).map { band in
            var hash = FNV.offset ^ UInt64(band)
            for value in signature[band * rows ..< (band + 1) * rows] { hash = FNV.mix(hash, UInt64(value)) }
            return Int64(bitPattern: hash)
        }
    }

    /// The share of positions on which two signatures agree: an estimate of the Jaccard
    /// similarity of the articles' shingles.
    public static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        guard first.count == second.count, !first.isEmpty else { return 0 }
        return Double(zip(first, second).filter { $0 == $1 }.count) / Double(first.count)
    }

    /// The cluster a new article joins: that of its most similar candidate (an article sharing
    /// a band bucket) at or above the ``threshold``, or nil. The caller still checks the new
    /// article against the cluster's first article, so that templated stories (greetings to a
    /// different country each day) do not chain into one cluster.
    public static func nearestCluster(of signature: [UInt32], among candidates: [(cluster: Int64, signature: [UInt32])]) -> Int64? {
        var best: (similarity: Double, cluster: Int64)?
        for candidate in candidates {
            let similarity = similarity(signature, candidate.signature)
            if similarity >= threshold, similarity > best?.similarity ?? 0 { best = (similarity, candidate.cluster) }
        }
        return best?.cluster
    }

    /// A signature as stored: its values' bytes.
    public static func encode(_ signature: [UInt32]) -> Data {
        signature.withUnsafeBufferPointer { Data(buffer: $0) }
    }

    /// A stored signature, or nil for a missing or damaged one.
    public static func decode(_ data: Data?) -> [UInt32]? {
        guard let data, data.count == signatureLength * MemoryLayout<UInt32>.size else { return nil }
        return data.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
    }

    private static func hash(_ bytes: String.UTF8View) -> UInt64 {
        bytes.reduce(FNV.offset) { FNV.mix($0, UInt64($1)) }
    }
}
