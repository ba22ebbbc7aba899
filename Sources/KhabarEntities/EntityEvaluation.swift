import Foundation
import KhabarCore

/// Scores of named-entity recognition in the CoNLL-2003 manner: a predicted entity counts only
/// when its kind and both its boundaries match a gold entity exactly.
public struct EntityEvaluation: Sendable {
    /// Matches, predictions and gold entities of one kind.
    public struct Counts: Sendable {
        /// Predicted entities that match a gold one exactly.
        public var correct = 0
        /// Predicted entities.
        public var predicted = 0
        /// Gold entities.
        public var gold = 0

        /// correct / predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / gold.
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per entity kind (by its tag name: `PER`, `DATE`, …).
    public private(set) var byKind: [String: Counts] = [:]

    /// An empty evaluation.
    public init() {}

    /// Counts over every kind together: the micro average.
    public var micro: Counts {
        byKind.values.reduce(into: Counts()) {
            $0.correct += $1.correct
            $0.predicted += $1.predicted
            $0.gold += $1.gold
        }
    }

    /// Adds one sentence's gold and predicted IOB2 tags.
    public mutating func add(gold: [EntityTag], predicted: [EntityTag]) {
        add(gold: Self.spans(of: gold), predicted: Self.spans(of: predicted))
    }

    /// Adds one sentence's gold and predicted entities as (kind, token range) pairs.
    public mutating func add(gold: [(kind: String, tokens: Range<Int>)], predicted: [(kind: String, tokens: Range<Int>)]) {
        let goldSet = Set(gold.map { "\($0.kind)|\($0.tokens.lowerBound)|\($0.tokens.upperBound)" })
        for entity in gold { byKind[entity.kind, default: Counts()].gold += 1 }
        for entity in predicted {
            byKind[entity.kind, default: Counts()].predicted += 1
            if goldSet.contains("\(entity.kind)|\(entity.tokens.lowerBound)|\(entity.tokens.upperBound)") {
                byKind[entity.kind, default: Counts()].correct += 1
            }
        }
    }

    /// The entities an IOB2 sequence spells. An `I-` tag that does not continue a name of its
    /// kind starts one, as conlleval reads it.
    public static func spans(of tags: [EntityTag]) -> [(kind: String, tokens: Range<Int>)] {
        var spans: [(kind: String, tokens: Range<Int>)] = []
        var open: (kind: Entity.Kind, start: Int)?
        for (index, tag) in tags.enumerated() {
            if let current = open, tag.begins || tag.kind != current.kind {
                spans.append((current.kind.rawValue, current.start..<index))
                open = nil
            }
            if let kind = tag.kind, open == nil { open = (kind, index) }
        }
        if let current = open { spans.append((current.kind.rawValue, current.start..<tags.count)) }
        return spans
    }

    /// A table: one line per kind and one for the micro average, with P, R, F1 in percent.
    public var report: String {
        func line(_ name: String, _ counts: Counts) -> String {
            let figures = [counts.precision, counts.recall, counts.f1].map { String(format: "%6.2f", $0 * 100) }
            return "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(figures.joined(separator: " "))  gold \(counts.gold)  predicted \(counts.predicted)"
        }
        var lines = ["kind          P      R     F1"]
        for kind in byKind.keys.sorted() { lines.append(line(kind, byKind[kind]!)) }
        lines.append(line("micro", micro))
        return lines.joined(separator: "\n")
    }
}
