/// A search as a user types it, turned into an FTS5 pattern that cannot inject syntax: every
/// word and phrase is passed as a quoted string, which the store's tokenizer analyzes as it
/// analyzed the articles; only `OR`, `NOT`, `"phrases"`, a trailing `*` (prefix) and a leading
/// `-` (exclusion) mean anything.
///
/// ```swift
/// SearchQuery("حلب OR دمشق -روسيا \"مجلس الأمن\"").pattern
/// // "حلب" OR "دمشق" NOT "روسيا" AND "مجلس الأمن"  (written as FTS5 wants it)
/// ```
public struct SearchQuery: Sendable, Equatable {
    /// The query as typed.
    public let text: String
    /// Only articles from this source.
    public var source: String?
    /// Only articles dated on or after / before or on these ISO dates.
    public var from: String?, to: String?
    /// Only articles that mention this entity (by canonical name: جون كيري finds كيري too).
    public var entity: String?
    /// Whether an article needs only one of the terms rather than all (for questions in natural
    /// language, ranked by BM25).
    public var matchingAny = false

    /// The most terms a query keeps: a 10,000-character paste is cut, not refused.
    public static let longestQuery = 64

    /// Creates a query.
    public init(_ text: String, source: String? = nil, from: String? = nil, to: String? = nil, entity: String? = nil) {
        self.text = text
        self.source = source
        self.from = from
        self.to = to
        self.entity = entity
    }

    /// The FTS5 MATCH pattern, or nil when the query holds nothing to search for.
    public var pattern: String? {
        var included: [String] = [], excluded: [String] = []
        var pendingOr = false
        for piece in Self.pieces(of: text).prefix(Self.longestQuery) {
            switch piece {
            case .or: pendingOr = !included.isEmpty
            case let .term(term, negated):
                if negated { excluded.append(term); continue }
                if pendingOr, let last = included.popLast() { included.append("(\(last) OR \(term))") } else { included.append(term) }
                pendingOr = false
            }
        }
        guard !included.isEmpty else { return nil }
        return included.joined(separator: matchingAny ? " OR " : " AND ") + excluded.map { " NOT \($0)" }.joined()
    }

    private enum Piece { case term(String, negated: Bool), or }

    /// Words, quoted phrases, OR; each term quoted for FTS5 (a " inside doubled).
    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var scalars = Substring(text).unicodeScalars[...]
        var pendingNot = false
        func quoted(_ words: Substring.UnicodeScalarView.SubSequence) -> String {
            "\"" + String(String.UnicodeScalarView(words)).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        while let first = scalars.first {
            if first.properties.isWhitespace { scalars = scalars.dropFirst(); continue }
            var negated = pendingNot
            pendingNot = false
            if first == "-" { negated = true; scalars = scalars.dropFirst() }
            if scalars.first == "\"" {
                scalars = scalars.dropFirst()
                let phrase = scalars.prefix { $0 != "\"" }
                scalars = scalars.dropFirst(phrase.count + 1)
                if phrase.contains(where: { !$0.properties.isWhitespace }) { pieces.append(.term(quoted(phrase), negated: negated)) }
                continue
            }
            let word = scalars.prefix { !$0.properties.isWhitespace && $0 != "\"" }
            scalars = scalars.dropFirst(word.count)
            guard !word.isEmpty else { continue }
            if String(String.UnicodeScalarView(word)) == "OR" { pieces.append(.or); continue }
            if String(String.UnicodeScalarView(word)) == "AND" { continue }
            if String(String.UnicodeScalarView(word)) == "NOT" { pendingNot = true; continue }
            let prefix = word.last == "*"
            let body = prefix ? word.dropLast() : word
            guard body.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
            pieces.append(.term(quoted(body) + (prefix ? " *" : ""), negated: negated))
        }
        return pieces
    }
}
