import Foundation

/// A linear model that scores the ways of cutting a word, trained as an averaged perceptron.
///
/// Its evidence: which clitics are split off and how they combine, how long the stem is and
/// which letters start and end it, and — the strongest signal — how often the stem and the
/// whole word occur on their own in a large news corpus.
public struct SegmentationModel: Sendable {
    /// Feature weights.
    private(set) var weights: [ByteKey: Double]
    /// Corpus frequencies behind the lexical features.
    public let frequencies: WordFrequencies

    /// Creates a model from its weights and the corpus frequencies it was trained with.
    public init(weights: [String: Double], frequencies: WordFrequencies) {
        self.init(keyed: Dictionary(uniqueKeysWithValues: weights.map { (ByteKey($0.key), $0.value) }), frequencies: frequencies)
    }

    private init(keyed weights: [ByteKey: Double], frequencies: WordFrequencies) {
        self.weights = weights
        self.frequencies = frequencies
    }

    /// The best way of cutting `word` (already normalized), or the word whole when nothing else fits.
    func best(for word: String) -> SegmentationCandidate {
        let candidates = SegmentationCandidate.candidates(of: word)
        let wholeWordCount = frequencies.count(of: word)
        return candidates.max { score($0, wholeWordCount) < score($1, wholeWordCount) }
            ?? SegmentationCandidate(prefixes: [], stem: word, suffix: "")
    }

    private func score(_ candidate: SegmentationCandidate, _ wholeWordCount: Int) -> Double {
        features(of: candidate, wholeWordCount: wholeWordCount).reduce(0) { $0 + (weights[ByteKey($1)] ?? 0) }
    }

    /// The names of the features that fire for `candidate`.
    func features(of candidate: SegmentationCandidate, wholeWordCount: Int) -> [String] {
        let prefix = candidate.prefixes.joined()
        let suffix = candidate.suffix
        let stemLetters = Array(candidate.stem.unicodeScalars)
        let stemCount = candidate.standaloneStems.map { frequencies.count(of: $0) }.max() ?? 0
        let definiteCount = candidate.standaloneStems.map { frequencies.count(of: "ال" + $0) }.max() ?? 0
        let shape = "\(prefix)|\(suffix)"
        let whole = candidate.isWhole
        var names = [
            "affixes=\(shape)",
            "prefix=\(prefix)",
            "suffix=\(suffix)",
            "length=\(min(stemLetters.count, 8))|\(shape)",
            "stem.log=\(Self.bucket(stemCount))|\(whole)",
            "stem.vs.word=\(Self.ratioBucket(stemCount, wholeWordCount))|\(shape)",
            "definite.log=\(Self.bucket(definiteCount))|\(prefix.isEmpty)",
            // Coarse twins of the lexical features, shared by every clitic combination, so
            // that rare ones (+نا, +ني) learn from the common ones.
            "stem.vs.word.coarse=\(Self.ratioBucket(stemCount, wholeWordCount))|\(!prefix.isEmpty)|\(!suffix.isEmpty)",
            "stem.log.coarse=\(Self.bucket(stemCount))|\(!prefix.isEmpty)|\(!suffix.isEmpty)",
        ]
        if let first = stemLetters.first { names.append("first=\(first)|\(candidate.prefixes.last ?? "")") }
        if let last = stemLetters.last { names.append("last=\(last)|\(suffix)") }
        if whole { names.append("word.log=\(Self.bucket(wholeWordCount))") }
        return names
    }

    private static func bucket(_ count: Int) -> Int {
        count == 0 ? -1 : Int(log2(Double(count)))
    }

    private static func ratioBucket(_ stem: Int, _ word: Int) -> Int {
        max(-6, min(6, Int((log2(Double(stem + 1)) - log2(Double(word + 1))).rounded())))
    }

    // MARK: Training

    /// Trains on words and their gold cuts by the averaged perceptron, `epochs` passes in the
    /// given order (deterministic). Words whose gold cut is not among the candidates are skipped.
    public static func train(on examples: [(word: String, segments: [String])], frequencies: WordFrequencies, epochs: Int = 8) -> SegmentationModel {
        var model = SegmentationModel(keyed: [:], frequencies: frequencies)
        var totals: [ByteKey: Double] = [:]  // weights summed after every example, for averaging
        var stamps: [ByteKey: Int] = [:]     // when each weight last changed
        var step = 0
        let prepared = examples.compactMap { example -> (candidates: [SegmentationCandidate], gold: Int, count: Int)? in
            let candidates = SegmentationCandidate.candidates(of: example.word)
            guard let gold = candidates.firstIndex(where: { $0.segments == example.segments }) else { return nil }
            return (candidates, gold, frequencies.count(of: example.word))
        }
        func update(_ feature: String, by delta: Double) {
            let name = ByteKey(feature)
            let weight = model.weights[name] ?? 0
            totals[name, default: 0] += weight * Double(step - (stamps[name] ?? 0))
            stamps[name] = step
            model.weights[name] = weight + delta
        }
        for _ in 0..<max(0, epochs) {
            for example in prepared {
                step += 1
                let scores = example.candidates.map { model.score($0, example.count) }
                guard let predicted = scores.indices.max(by: { scores[$0] < scores[$1] }), predicted != example.gold else { continue }
                for name in model.features(of: example.candidates[example.gold], wholeWordCount: example.count) { update(name, by: 1) }
                for name in model.features(of: example.candidates[predicted], wholeWordCount: example.count) { update(name, by: -1) }
            }
        }
        var averaged: [ByteKey: Double] = [:]
        for (name, weight) in model.weights {
            let total = (totals[name] ?? 0) + weight * Double(step - (stamps[name] ?? 0))
            let value = total / Double(max(step, 1))
            if value != 0 { averaged[name] = value }
        }
        return SegmentationModel(keyed: averaged, frequencies: frequencies)
    }

    // MARK: Storage

    /// `feature<TAB>weight` lines, sorted by feature.
    public var weightsTSV: String {
        weights.sorted { $0.key.text < $1.key.text }.map { "\($0.key.text)\t\(String(format: "%.6f", $0.value))\n" }.joined()
    }

    /// Reads weights written by ``weightsTSV``.
    public init(weightsTSV: String, frequencies: WordFrequencies) {
        var weights: [String: Double] = [:]
        for line in weightsTSV.lines(omittingEmpty: true) {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let weight = Double(fields[1]) { weights[String(fields[0])] = weight }
        }
        self.init(weights: weights, frequencies: frequencies)
    }
}
