import Foundation
import KhabarCore
import KhabarMorphology

/// Groups words that occur in the same contexts, learned from unlabeled news, so that the
/// tagger can generalize from a name it was taught to names it never saw (جنيف and لوزان share
/// their neighbours, as do كيري and لافروف).
///
/// Each word is described by its left and right neighbours among the most frequent words,
/// weighted by positive pointwise mutual information, projected onto random directions (so the
/// vectors stay small), and clustered by spherical k-means at two granularities.
public struct WordClusterTraining {
    /// Words (in matching form, without proclitics) that get a cluster.
    public var vocabularySize = 40_000
    /// A word needs this many occurrences to get a cluster.
    public var minimumCount = 5
    /// How many frequent words serve as contexts.
    public var contextSize = 1_000
    /// How many neighbours on each side describe a word.
    public var window = 1
    /// Dimensions of the projected vectors; a multiple of 8.
    public var dimensions = 128
    /// Clusters at the coarse and at the fine granularity.
    public var coarseClusters = 64, fineClusters = 512
    /// Rounds of k-means.
    public var iterations = 10

    private let segmenter: CliticSegmenter
    private let normalizer = Normalizer(.search)
    private var ids: [String: Int32] = [:]
    private var words: [String] = []
    /// Every token's word id, with -1 between sentences.
    private var stream: [Int32] = []

    /// Prepares training; `segmenter` takes proclitics off (وجنيف and جنيف are one word).
    public init(segmenter: CliticSegmenter) { self.segmenter = segmenter }

    /// Adds one sentence's tokens.
    public mutating func add<S: StringProtocol>(sentence tokens: [S]) {
        for token in tokens {
            let token = Substring(token)
            guard token.utf8.count <= 64 else { stream.append(-1); continue }
            let cut = segmenter.procliticLength(of: token)
            let host = normalizer.normalize(cut == 0 ? token : Substring(token.unicodeScalars.dropFirst(cut)))
            if let id = ids[host] {
                stream.append(id)
            } else {
                let id = Int32(words.count)
                ids[host] = id
                words.append(host)
                stream.append(id)
            }
        }
        stream.append(-1)
    }

    /// The coarse and fine cluster of each frequent word.
    public func clusters() -> [String: (coarse: Int, fine: Int)] {
        var counts = [Int](repeating: 0, count: words.count)
        for id in stream where id >= 0 { counts[Int(id)] += 1 }
        let ranked = counts.indices.sorted { (counts[$0], words[$1]) > (counts[$1], words[$0]) }
        let vocabulary = Array(ranked.prefix(vocabularySize).prefix { counts[$0] >= minimumCount })
        var vocabularyIndex = [Int32](repeating: -1, count: words.count)
        for (position, id) in vocabulary.enumerated() { vocabularyIndex[id] = Int32(position) }
        var contextIndex = [Int32](repeating: -1, count: words.count)
        for (position, id) in ranked.prefix(contextSize).enumerated() { contextIndex[id] = Int32(position) }

        let vectors = projectedVectors(vocabularyIndex: vocabularyIndex, contextIndex: contextIndex, vocabularyCount: vocabulary.count)
        let fine = Self.kMeans(vectors, dimensions: dimensions, clusters: min(fineClusters, vocabulary.count), iterations: iterations)
        let coarse = Self.kMeans(fine.centroids, dimensions: dimensions, clusters: min(coarseClusters, fine.centroids.count / dimensions), iterations: iterations)
        var result: [String: (coarse: Int, fine: Int)] = [:]
        for (position, id) in vocabulary.enumerated() {
            let fineCluster = fine.assignment[position]
            result[words[id]] = (coarse.assignment[fineCluster], fineCluster)
        }
        return result
    }

    /// PPMI-weighted context counts of each vocabulary word, projected to `dimensions`.
    private func projectedVectors(vocabularyIndex: [Int32], contextIndex: [Int32], vocabularyCount: Int) -> [Float] {
        let sides = 2 * window
        var pairs: [Int: Float] = [:] // word × (sides × contextSize) + side × contextSize + context
        var wordTotals = [Float](repeating: 0, count: vocabularyCount)
        var contextTotals = [Float](repeating: 0, count: sides * contextSize)
        var total: Float = 0
        func count(_ word: Int32, _ neighbour: Int32, side: Int) {
            guard word >= 0, neighbour >= 0 else { return }
            let (row, context) = (vocabularyIndex[Int(word)], contextIndex[Int(neighbour)])
            guard row >= 0, context >= 0 else { return }
            let column = side * contextSize + Int(context)
            pairs[Int(row) * sides * contextSize + column, default: 0] += 1
            wordTotals[Int(row)] += 1
            contextTotals[column] += 1
            total += 1
        }
        for position in stream.indices {
            let word = stream[position]
            guard word >= 0 else { continue }
            // Neighbours up to `window` away on each side, not across a sentence break.
            for distance in 1...window {
                guard position - distance >= 0, !stream[(position - distance + 1)..<position].contains(-1) else { break }
                count(word, stream[position - distance], side: distance - 1)
            }
            for distance in 1...window {
                guard position + distance < stream.count, !stream[position..<(position + distance)].contains(-1) else { break }
                count(word, stream[position + distance], side: window + distance - 1)
            }
        }
        var random = SeededRandom(seed: 7)
        let directions = (0..<(sides * contextSize * dimensions)).map { _ in Float(Int(random.next() % 2001) - 1000) / 1000 }
        var vectors = [Float](repeating: 0, count: vocabularyCount * dimensions)
        for (key, pairCount) in pairs {
            let (row, column) = (key / (sides * contextSize), key % (sides * contextSize))
            let pmi = log(pairCount * total / (wordTotals[row] * contextTotals[column]))
            guard pmi > 0 else { continue }
            for dimension in 0..<dimensions {
                vectors[row * dimensions + dimension] += pmi * directions[column * dimensions + dimension]
            }
        }
        Self.normalize(&vectors, dimensions: dimensions)
        return vectors
    }

    private static func normalize(_ vectors: inout [Float], dimensions: Int) {
        for row in 0..<(vectors.count / dimensions) {
            let range = row * dimensions ..< (row + 1) * dimensions
            let norm = vectors[range].reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for index in range { vectors[index] /= norm }
        }
    }

    /// Spherical k-means, seeded with the first rows (the most frequent words): deterministic.
    static func kMeans(_ vectors: [Float], dimensions: Int, clusters: Int, iterations: Int) -> (assignment: [Int], centroids: [Float]) {
        let count = vectors.count / dimensions
        guard clusters > 0, count > 0, dimensions % 8 == 0 else { return ([Int](repeating: 0, count: count), []) }
        let lanes = dimensions / 8
        let rows = Self.packed(vectors)
        var centroids = Array(rows.prefix(clusters * lanes))
        var assignment = [Int](repeating: 0, count: count)
        for _ in 0..<iterations {
            rows.withUnsafeBufferPointer { rows in
                centroids.withUnsafeBufferPointer { centroids in
                    for row in 0..<count {
                        var best = -Float.infinity
                        for cluster in 0..<clusters {
                            var dot = SIMD8<Float>()
                            for lane in 0..<lanes { dot += rows[row * lanes + lane] * centroids[cluster * lanes + lane] }
                            let score = dot.sum()
                            if score > best { best = score; assignment[row] = cluster }
                        }
                    }
                }
            }
            var sums = [SIMD8<Float>](repeating: SIMD8(), count: clusters * lanes)
            for row in 0..<count {
                for lane in 0..<lanes { sums[assignment[row] * lanes + lane] += rows[row * lanes + lane] }
            }
            for cluster in 0..<clusters {
                let norm = (0..<lanes).reduce(Float(0)) { $0 + (sums[cluster * lanes + $1] * sums[cluster * lanes + $1]).sum() }.squareRoot()
                guard norm > 0 else { continue } // an empty cluster keeps its centroid
                for lane in 0..<lanes { centroids[cluster * lanes + lane] = sums[cluster * lanes + lane] / norm }
            }
        }
        return (assignment, centroids.flatMap { vector in (0..<8).map { vector[$0] } })
    }

    private static func packed(_ vectors: [Float]) -> [SIMD8<Float>] {
        stride(from: 0, to: vectors.count, by: 8).map { SIMD8(vectors[$0 ..< $0 + 8]) }
    }
}
