import Foundation
import KhabarCore
import KhabarEntities

/// One article of a quotation gold file (docs/QUOTES-GOLD.md): its id and its statements.
public struct QuoteGold: Decodable, Sendable {
    /// The document's id, as Khabar reads it (`2015-07-21#3`).
    public let id: String
    /// The statements, by offsets into the document's text.
    public let quotes: [Statement]

    /// A gold statement.
    public struct Statement: Decodable, Sendable {
        /// Where the statement starts and ends, in Unicode scalars of the document's text.
        public let start: Int, end: Int
        /// `direct` or `indirect`.
        public let kind: String
        /// The cue as written, without its proclitic, or nil.
        public let cue: String?
        /// The speaker's fullest name or description in the article, or nil when none is named.
        public let speaker: String?
    }

    /// Reads a gold file: one JSON object a line.
    public static func read(jsonl text: String) throws -> [QuoteGold] {
        try text.lines(omittingEmpty: true).map { try JSONDecoder().decode(QuoteGold.self, from: Data($0.utf8)) }
    }
}

/// Quotation detection and attribution scores: a predicted statement matches a gold one when
/// they overlap by at least half of the shorter (each matched once); speaker accuracy is over the
/// matched pairs.
public struct QuoteEvaluation: Sendable {
    /// Matched statements, predicted statements, gold statements.
    public private(set) var matched = 0, predicted = 0, gold = 0
    /// Matched statements whose speaker is right.
    public private(set) var rightSpeakers = 0
    /// The gold and predicted speakers of matched statements whose speaker is wrong.
    public private(set) var wrongSpeakers: [(gold: String?, predicted: String?)] = []
    /// The gold statements no prediction matched.
    public private(set) var missed: [QuoteGold.Statement] = []
    /// Gold statements of each kind, and how many of them were matched.
    public private(set) var goldByKind: [String: (gold: Int, matched: Int)] = [:]

    private static let normalizer = Normalizer(.search)

    /// An empty evaluation.
    public init() {}

    /// Adds one document's gold and predicted statements; returns the predicted statements that
    /// match no gold one.
    @discardableResult
    public mutating func add(gold statements: [QuoteGold.Statement], predicted quotes: [Quote]) -> [Quote] {
        gold += statements.count
        predicted += quotes.count
        var used = Set<Int>()
        for statement in statements {
            goldByKind[statement.kind, default: (0, 0)].gold += 1
            let best = quotes.indices.filter { !used.contains($0) }.max { overlap(statement, quotes[$0]) < overlap(statement, quotes[$1]) }
            guard let best, overlap(statement, quotes[best]) * 2 >= min(statement.end - statement.start, quotes[best].span.length),
                  overlap(statement, quotes[best]) > 0 else {
                missed.append(statement)
                continue
            }
            used.insert(best)
            matched += 1
            goldByKind[statement.kind, default: (0, 0)].matched += 1
            if Self.sameSpeaker(statement.speaker, quotes[best].speaker?.canonical) {
                rightSpeakers += 1
            } else {
                wrongSpeakers.append((statement.speaker, quotes[best].speaker?.canonical))
            }
        }
        return quotes.indices.filter { !used.contains($0) }.map { quotes[$0] }
    }

    private func overlap(_ statement: QuoteGold.Statement, _ quote: Quote) -> Int {
        max(0, min(statement.end, quote.span.end) - max(statement.start, quote.span.start))
    }

    /// Whether two speaker names name the same speaker: equal in search normalization, or one's
    /// words a run of the other's (لافروف and سيرغي لافروف). A compound name counts as one word
    /// however it is spaced (عبد الرحمن and عبدالرحمن, أبو راس and أبوراس); quotation marks
    /// around a name do not count, nor which spaces (a no-break space) part its words.
    public static func sameSpeaker(_ gold: String?, _ predicted: String?) -> Bool {
        guard let gold, let predicted else { return gold == nil && predicted == nil }
        func words(_ name: String) -> [String] {
            var words: [String] = []
            // Quotation marks around a name are no part of it (مصادر «عكاظ» is مصادر عكاظ).
            let unquoted = String(name.unicodeScalars.filter { !QuoteEvaluation.quotationMarks.contains($0) })
            for word in normalizer.normalize(unquoted).split(whereSeparator: \.isWhitespace) {
                if let last = words.last, compoundFirstParts.contains(last) { words[words.count - 1] += word } else { words.append(String(word)) }
            }
            return words
        }
        let goldWords = words(gold)
        let predictedWords = words(predicted)
        func contains(_ long: [String], _ short: [String]) -> Bool {
            guard !short.isEmpty, short.count <= long.count else { return false }
            return (0...(long.count - short.count)).contains { long[$0 ..< $0 + short.count].elementsEqual(short) }
        }
        return contains(goldWords, predictedWords) || contains(predictedWords, goldWords)
    }

    /// The quotation marks a name may stand in.
    private static let quotationMarks = Set("«»\"“”‹›".unicodeScalars)

    /// ``EntityLinker/compoundNameParts`` in search normalization.
    private static let compoundFirstParts = Set(EntityLinker.compoundNameParts.map { normalizer.normalize($0) })

    /// matched / predicted.
    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    /// matched / gold.
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// Right speakers over matched statements.
    public var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeakers) / Double(matched) }

    /// The scores as a short table.
    public var report: String {
        var lines = [String(format: "statements  P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, matched %d)",
                            precision, recall, f1, gold, predicted, matched),
                     String(format: "speakers    accuracy %.3f over matched statements (%d of %d)", speakerAccuracy, rightSpeakers, matched)]
        for kind in goldByKind.keys.sorted() {
            let counts = goldByKind[kind]!
            lines.append(String(format: "  %@ recall %.3f (%d of %d)", kind as NSString, Double(counts.matched) / Double(max(counts.gold, 1)), counts.matched, counts.gold))
        }
        return lines.joined(separator: "\n")
    }
}
