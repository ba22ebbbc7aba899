/// A kind of annotation that a pipeline component adds to a ``Document``.
public struct Layer: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    /// Creates a layer name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a layer name from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// ``Document/paragraphs``.
    public static let paragraphs: Layer = "paragraphs"
    /// ``Document/tokens``.
    public static let tokens: Layer = "tokens"
    /// ``Document/sentences``.
    public static let sentences: Layer = "sentences"
    /// ``Document/words``: the clitic segments inside tokens.
    public static let words: Layer = "words"
    /// ``Document/stems``: the light stem of each token.
    public static let stems: Layer = "stems"
    /// ``Document/roots``: the root of each token, where one can be found.
    public static let roots: Layer = "roots"
    /// ``Document/entities``: names, dates, numbers.
    public static let entities: Layer = "entities"
    /// ``Document/quotes``: statements with their speakers.
    public static let quotes: Layer = "quotes"
    /// ``Document/topic``: what the document is about.
    public static let topic: Layer = "topic"
}
