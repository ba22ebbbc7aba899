/// A sentence: its scalar span and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    /// The sentence's scalar span, from its first token's start to its last token's end.
    public var span: Span
    /// The indices of the sentence's tokens in ``Document/tokens``.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
