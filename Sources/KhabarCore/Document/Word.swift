/// A syntactic word inside a surface token: one clitic segment such as the و of وبالتالي.
///
/// Segments are pieces of the surface token, so the words of a token, in order, spell it.
public struct Word: Hashable, Sendable {
    /// The word's scalar span, inside its token's span.
    public var span: Span
    /// The index of the token holding this word in ``Document/tokens``.
    public var token: Int

    /// Creates a word.
    public init(span: Span, token: Int) {
        self.span = span
        self.token = token
    }
}
