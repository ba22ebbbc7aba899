import KhabarCore

/// The IOB2 tags of the name tagger: `O`, and `B-`/`I-` for each of PER, ORG, LOC, MISC.
///
/// Tags are small integers so that decoding works on flat arrays: 0 is `O`, `1 + 2k` begins and
/// `2 + 2k` continues a name of the k-th kind of ``EntityTag/kinds``.
public struct EntityTag: Hashable, Sendable, CustomStringConvertible {
    /// The tag's index, 0 ..< ``EntityTag/count``.
    public let index: Int

    /// The name kinds, in tag order.
    public static let kinds: [Entity.Kind] = [.person, .organisation, .location, .miscellaneous]
    /// How many tags there are.
    public static let count = 1 + 2 * kinds.count
    /// Outside any name.
    public static let outside = EntityTag(index: 0)

    /// The tag with this index.
    public init(index: Int) {
        precondition((0..<Self.count).contains(index), "no entity tag has index \(index)")
        self.index = index
    }

    /// The tag that begins (or continues) a name of `kind`, which must be a name kind.
    public init(beginning: Bool, _ kind: Entity.Kind) {
        guard let position = Self.kinds.firstIndex(of: kind) else { preconditionFailure("\(kind) is not a name kind") }
        self.init(index: 1 + 2 * position + (beginning ? 0 : 1))
    }

    /// Reads `O`, `B-PER`, `I-LOC`…; also the corpora's spellings `PERS` and `B-PERSON`.
    /// Unknown kinds read as nil.
    public init?(_ text: Substring) {
        if text == "O" { self = .outside; return }
        guard text.count > 2, let marker = text.first, marker == "B" || marker == "I",
              text.dropFirst().first == "-" else { return nil }
        let kind: Entity.Kind
        switch text.dropFirst(2) {
        case "PER", "PERS", "PERSON": kind = .person
        case "ORG", "ORGANIZATION", "ORGANISATION": kind = .organisation
        case "LOC", "LOCATION", "GPE": kind = .location
        case "MISC": kind = .miscellaneous
        default: return nil
        }
        self.init(beginning: marker == "B", kind)
    }

    /// The kind of name this tag is part of; nil for `O`.
    public var kind: Entity.Kind? {
        index == 0 ? nil : Self.kinds[(index - 1) / 2]
    }

    /// Whether the tag begins a name.
    public var begins: Bool { index % 2 == 1 }

    /// Whether `self` may follow `previous` in valid IOB2: an `I-` tag only continues a name
    /// of its own kind.
    public func mayFollow(_ previous: EntityTag?) -> Bool {
        guard index != 0, !begins else { return true }
        guard let previous, previous.index != 0 else { return false }
        return previous.kind == kind
    }

    /// `O`, `B-PER`, `I-ORG`, …
    public var description: String {
        guard let kind else { return "O" }
        return (begins ? "B-" : "I-") + kind.rawValue
    }
}
