/// A half-open range of Unicode scalar offsets into a document's ``Document/text``.
///
/// Offsets count Unicode scalars (code points), the unit Python's `str` indexes by, so a span
/// reported by Khabar slices the same text in any language: `text[start..<end]`.
public struct Span: Hashable, Sendable, Codable, Comparable {
    /// The offset of the first scalar in the span.
    public var start: Int
    /// The offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of scalars in the span.
    public var length: Int { end - start }

    /// Whether the span covers no text.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
