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
