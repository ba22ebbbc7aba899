import Foundation
import KhabarCore

/// One article of a named-entity gold file (docs/ENTITIES-GOLD.md): its id and its names, as
/// character spans of the text Khabar reads.
public struct EntityGold: Decodable, Sendable {
    /// The document's id, as Khabar reads it (`2015-07-21#3`).
    public let id: String
    /// The names, by offsets into the document's text.
    public let entities: [Name]

    /// A gold name.
    public struct Name: Decodable, Sendable {
        /// Where the name starts and ends, in Unicode scalars of the document's text.
        public let start: Int, end: Int
        /// `PER`, `ORG` or `LOC`.
        public let kind: String
        /// The name as written, `text[start..<end]`.
        public let text: String
    }

    /// Reads a gold file: one JSON object a line.
    public static func read(jsonl text: String) throws -> [EntityGold] {
        try text.lines(omittingEmpty: true).map { try JSONDecoder().decode(EntityGold.self, from: Data($0.utf8)) }
    }

    /// The kinds the gold files annotate; other kinds of entities are not scored against them.
    public static let kinds: Set<Entity.Kind> = [.person, .organisation, .location]
}

extension EntityEvaluation {
    /// Adds one document's gold names and the entities Khabar found in it, as character spans;
    /// only the kinds the gold annotates count.
    public mutating func add(gold: EntityGold, found entities: [Entity]) {
        add(gold: gold.entities.map { ($0.kind, $0.start ..< $0.end) },
            predicted: entities.filter { EntityGold.kinds.contains($0.kind) }.map { ($0.kind.rawValue, $0.span.start ..< $0.span.end) })
    }
}

extension EntityGold {
    /// The article's headline and sentences as the tagger reads them in `khabar analyze`, with
    /// IOB2 tags from the gold names: annotated news to train on. A token takes the kind of the
    /// name it shares text with, proclitics and all, as ANERcorp tags whole tokens.
    public func labeledSentences(in document: Document) -> [LabeledSentence] {
        var tags = [EntityTag](repeating: .outside, count: document.tokens.count)
        for name in entities {
            guard let kind = LabeledCorpus.standardKind(Substring(name.kind)) else { continue }
            let tokens = document.tokens(overlapping: Span(start: name.start, end: name.end))
            for index in tokens { tags[index] = EntityTag(beginning: index == tokens.lowerBound, kind) }
        }
        return EntityRecognition.sentenceRuns(of: document).map { run in
            var sentence = LabeledSentence(tokens: run.map { String(document[document.tokens[$0]]) }, tags: run.map { tags[$0] })
            // A name cut by a sentence break begins again in the next sentence.
            if let first = sentence.tags.first, !first.mayFollow(nil) { sentence.tags[0] = EntityTag(beginning: true, first.kind!) }
            return sentence
        }
    }
}
