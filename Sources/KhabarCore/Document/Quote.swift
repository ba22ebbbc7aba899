/// A statement reported in a document: what was said, by whom, and the word that says so.
///
/// ```swift
/// for quote in doc.quotes {
///     print(quote.speaker?.canonical ?? "?", "—", doc[quote.span])
/// }
/// ```
public struct Quote: Hashable, Sendable {
    /// How the statement is reported.
    public enum Kind: String, Hashable, Sendable {
        /// The speaker's own words, inside quotation marks.
        case direct
        /// Reported speech without quotation marks: a cue, its speaker, and أن/إن with the clause.
        case indirect
    }

    /// The statement: for a direct quotation the words inside the marks, for reported speech the
    /// clause from أن/إن to its end.
    public var span: Span
    /// How the statement is reported.
    public var kind: Kind
    /// The speech verb or phrase that attributes it (أكد، مضيفاً، وفق ما), without its
    /// proclitic; nil when the statement is attributed by position alone.
    public var cue: Span?
    /// Who made the statement; nil when the text names no one.
    public var speaker: Speaker?

    /// Creates a quotation.
    public init(span: Span, kind: Kind, cue: Span? = nil, speaker: Speaker? = nil) {
        self.span = span
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
    }
}

/// The person, organisation, group or unnamed source a statement is attributed to.
public struct Speaker: Hashable, Sendable {
    /// The mention of the speaker that the attribution uses (اليوسف in ودعا اليوسف).
    public var span: Span
    /// The fullest name of the speaker in the document (ياسر اليوسف), or the mention itself for
    /// a group or an unnamed source (مصدر عسكري).
    public var canonical: String
    /// The speaker's entity kind, when the speaker is a named entity.
    public var kind: Entity.Kind?
    /// The speaker's role or title, from apposition or from a title before the name
    /// (عضو المكتب السياسي في حركة نور الدين الزنكي; وزير الخارجية الأميركي).
    public var role: Span?

    /// Creates a speaker.
    public init(span: Span, canonical: String, kind: Entity.Kind? = nil, role: Span? = nil) {
        self.span = span
        self.canonical = canonical
        self.kind = kind
        self.role = role
    }
}
