import KhabarCore
import KhabarMorphology

/// Trains an ``EntityTagger`` as an averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights, and where the best path differs from the gold one, move
/// the weights toward the gold features and away from the predicted ones. The averaged weights
/// generalize far better than the last ones.
public struct EntityTaggerTraining {
    /// The sentences learned from.
    public let sentences: [LabeledSentence]
    /// The tagger's evidence.
    let features: NameFeatures
    /// Passes over the data.
    public var epochs = 10
    /// Seeds the order in which sentences are visited, so that training is deterministic.
    public var seed: UInt64 = 1
    /// Features whose averaged weights are all smaller than this are left out of the model.
    public var pruning: Float = 1e-3

    private var table = FeatureTable(capacity: 1 << 20)
    private var weights: [Double] = []
    private var sums: [Double] = []      // Σ step × update, for the averaging trick
    private var transitions = [Double](repeating: 0, count: (EntityTag.count + 1) * EntityTag.count)
    private var transitionSums = [Double](repeating: 0, count: (EntityTag.count + 1) * EntityTag.count)
    private var step = 1.0
    /// Each sentence's feature rows: `rowStarts[token]..<rowStarts[token + 1]` in `rows`.
    private var rows: [[Int32]] = []
    private var rowStarts: [[Int32]] = []

    /// Prepares training on `sentences` with the given lexicon and segmenter.
    public init(sentences: [LabeledSentence], lexicon: EntityLexicon, segmenter: CliticSegmenter) {
        self.sentences = sentences
        self.features = NameFeatures(lexicon: lexicon, segmenter: segmenter)
    }

    /// Runs the epochs; after each, `report` gets the epoch number and the averaged tagger.
    public mutating func train(report: (Int, EntityTagger) -> Void = { _, _ in }) -> EntityTagger {
        extractFeatures()
        var random = SeededRandom(seed: seed)
        var order = Array(sentences.indices)
        for epoch in 1...epochs {
            random.shuffle(&order)
            for index in order { learn(from: index) }
            report(epoch, averaged())
        }
        return averaged()
    }

    private mutating func extractFeatures() {
        var buffer: [UInt64] = []
        for sentence in sentences {
            let tokens = sentence.tokens.map { Substring($0) }
            let atoms = features.atoms(of: tokens)
            var sentenceRows: [Int32] = [], starts: [Int32] = [0]
            for index in tokens.indices {
                buffer.removeAll(keepingCapacity: true)
                features.features(at: index, atoms: atoms, count: tokens.count, domain: sentence.domain, into: &buffer)
                for feature in buffer { sentenceRows.append(Int32(table.row(inserting: feature))) }
                starts.append(Int32(sentenceRows.count))
            }
            rows.append(sentenceRows)
            rowStarts.append(starts)
        }
        weights = [Double](repeating: 0, count: table.count * EntityTag.count)
        sums = weights
    }

    private mutating func learn(from index: Int) {
        let gold = sentences[index].tags.map(\.index)
        let width = EntityTag.count
        let (featureRows, starts) = (rows[index], rowStarts[index])
        var emissions = [Float](repeating: 0, count: gold.count * width)
        for position in gold.indices {
            for row in featureRows[Int(starts[position])..<Int(starts[position + 1])] {
                for tag in 0..<width { emissions[position * width + tag] += Float(weights[Int(row) * width + tag]) }
            }
        }
        let predicted = EntityTagger.decode(emissions: emissions, count: gold.count, transitions: transitions.map(Float.init))
        if predicted != gold {
            for position in gold.indices {
                let previousGold = position == 0 ? 0 : gold[position - 1] + 1
                let previousPredicted = position == 0 ? 0 : predicted[position - 1] + 1
                if gold[position] != predicted[position] {
                    for row in featureRows[Int(starts[position])..<Int(starts[position + 1])] {
                        Self.update(&weights, &sums, Int(row) * width + gold[position], by: 1, at: step)
                        Self.update(&weights, &sums, Int(row) * width + predicted[position], by: -1, at: step)
                    }
                }
                if gold[position] != predicted[position] || previousGold != previousPredicted {
                    Self.update(&transitions, &transitionSums, previousGold * width + gold[position], by: 1, at: step)
                    Self.update(&transitions, &transitionSums, previousPredicted * width + predicted[position], by: -1, at: step)
                }
            }
        }
        step += 1
    }

    /// Static, so that no copy of `self` holds a second reference to the arrays being changed
    /// (which would copy them on every update).
    private static func update(_ values: inout [Double], _ totals: inout [Double], _ index: Int, by delta: Double, at step: Double) {
        values[index] += delta
        totals[index] += step * delta
    }

    /// The averaged weights as a tagger, without the features whose weights all round to nothing.
    private func averaged() -> EntityTagger {
        let width = EntityTag.count
        let averages = weights.indices.map { Float(weights[$0] - sums[$0] / step) }
        var keeps = table.keys.indices.map { row in averages[row * width ..< (row + 1) * width].contains { abs($0) >= pruning } }
        // A tagger reads a domain's weight of a feature beside the shared one (EntityTagger.separating).
        EntityTagger.keepsTwins(&keeps, keys: table)
        var keys: [UInt64] = [], kept: [Float] = []
        for (row, key) in table.keys.enumerated() where keeps[row] {
            keys.append(key)
            kept.append(contentsOf: averages[row * width ..< (row + 1) * width])
        }
        let averagedTransitions = transitions.indices.map { Float(transitions[$0] - transitionSums[$0] / step) }
        let (shared, domains) = EntityTagger.separating(FeatureTable(keys: keys, weights: kept))
        return EntityTagger(features: features, table: shared, domainWeights: domains, transitions: averagedTransitions)
    }
}
