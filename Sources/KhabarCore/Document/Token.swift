/// A surface token: what whitespace and punctuation delimit in the text.
///
/// A token may hold several syntactic words (the clitics of وبالتالي); the morphology layer
/// records those in ``Document/words``. Offsets are stored compactly because a document can
/// hold millions of tokens; read them through ``span``, ``start`` and ``end``.
public struct Token: Hashable, Sendable {
    /// What sort of text the token is.
    public enum Kind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
        /// Letters of any script, with their diacritics and tatweel (`فصائل`, `لـ`, `Aleppo`).
        case word
        /// Digits with their separators and an optional percent sign (`2015`, `٣٫٥`, `1,250.5`, `50%`),
        /// or an elongated ordinal such as `الـ15`.
        case number
        /// Sentence and clause punctuation (`.`, `،`, `؟`, `...`, `-`).
        case punctuation
        /// A quotation mark of any kind (`"`, `«`, `»`, `“`, `”`, `‹`, `›`, `'`).
        case quote
        /// An opening or closing bracket (`(`, `]`, `}`).
        case bracket
        /// Any other symbol (`/`, `+`, `$`, `©`).
        case symbol
        /// A web address (`https://example.org/a?b=c`, `www.example.org`).
        case url
        /// An e-mail address.
        case email
        /// A hashtag (`#حلب`).
        case hashtag
        /// A mention (`@khabar`).
        case mention
        /// An emoji, including modifier and ZWJ sequences and flags.
        case emoji

        /// The lower-case name used in JSON and CoNLL output.
        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .quote: "quote"
            case .bracket: "bracket"
            case .symbol: "symbol"
            case .url: "url"
            case .email: "email"
            case .hashtag: "hashtag"
            case .mention: "mention"
            case .emoji: "emoji"
            }
        }
    }

    private let scalarStart: Int32
    private let scalarEnd: Int32
    private let byteStart: Int32
    private let byteEnd: Int32
    /// What sort of text the token is.
    public let kind: Kind

    /// Creates a token from its scalar offsets and the matching UTF-8 byte offsets.
    public init(span: Span, utf8: Range<Int>, kind: Kind) {
        scalarStart = Int32(span.start)
        scalarEnd = Int32(span.end)
        byteStart = Int32(utf8.lowerBound)
        byteEnd = Int32(utf8.upperBound)
        self.kind = kind
    }

    /// The Unicode scalar offset where the token starts.
    public var start: Int { Int(scalarStart) }
    /// The Unicode scalar offset one past the token's end.
    public var end: Int { Int(scalarEnd) }
    /// The token's scalar span.
    public var span: Span { Span(start: start, end: end) }
    /// The token's range in the UTF-8 bytes of the text, for constant-time slicing.
    public var utf8Range: Range<Int> { Int(byteStart)..<Int(byteEnd) }
}
