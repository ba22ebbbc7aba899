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
    /// Only articles on this topic (`sport`, `economy`, …; see `TopicClassifier`).
    public var topic: String?
    /// Whether an article needs only one of the terms rather than all (for questions in natural
    /// language, ranked by BM25).
    public var matchingAny = false

    /// The most terms a query keeps: a 10,000-character paste is cut, not refused.
    public static let longestQuery = 64

    /// Creates a query.
    public init(_ text: String, source: String? = nil, from: String? = nil, to: String? = nil, entity: String? = nil, topic: String? = nil) {
        self.text = text
        self.source = source
        self.from = from
        self.to = to
        self.entity = entity
        self.topic = topic
    }

    /// One word, phrase or prefix of a query, as typed (before analysis).
    public struct Term: Sendable, Equatable {
        /// The word, or the words of a phrase.
        public var words: String
        /// Whether the term matches words that begin with it (`حلب*`) rather than the word's forms.
        public var isPrefix: Bool
    }

    /// What an article must match: every group (any group with ``matchingAny``), a group being
    /// alternatives joined by `OR`; and what it must not match.
    public var clauses: (required: [[Term]], excluded: [Term]) {
        var required: [[Term]] = [], excluded: [Term] = []
        var pendingOr = false
        for piece in Self.pieces(of: text).prefix(Self.longestQuery) {
            switch piece {
            case .or: pendingOr = !required.isEmpty
            case let .term(term, negated):
                if negated { excluded.append(term); continue }
                if pendingOr { required[required.count - 1].append(term) } else { required.append([term]) }
                pendingOr = false
            }
        }
        return (required, excluded)
    }

    /// The FTS5 MATCH pattern, or nil when the query holds nothing to search for. Every term is
    /// an FTS5 string (a `"` inside doubled), which the index's tokenizer analyzes.
    public var pattern: String? {
        let (required, excluded) = clauses
        guard !required.isEmpty else { return nil }
        func quoted(_ term: Term) -> String {
            "\"" + term.words.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.isPrefix ? " *" : "")
        }
        let groups = required.map { group in group.count == 1 ? quoted(group[0]) : "(" + group.map(quoted).joined(separator: " OR ") + ")" }
        return groups.joined(separator: matchingAny ? " OR " : " AND ") + excluded.map { " NOT " + quoted($0) }.joined()
    }

    private enum Piece { case term(Term, negated: Bool), or }

    /// Words, quoted phrases, OR.
    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var scalars = Substring(text).unicodeScalars[...]
        var pendingNot = false
        func string(_ scalars: Substring.UnicodeScalarView.SubSequence) -> String { String(String.UnicodeScalarView(scalars)) }
        while let first = scalars.first {
            if first.properties.isWhitespace { scalars = scalars.dropFirst(); continue }
            var negated = pendingNot
            pendingNot = false
            if first == "-" { negated = true; scalars = scalars.dropFirst() }
            if scalars.first == "\"" {
                scalars = scalars.dropFirst()
                let phrase = scalars.prefix { $0 != "\"" }
                scalars = scalars.dropFirst(phrase.count + 1)
                if phrase.contains(where: { !$0.properties.isWhitespace }) { pieces.append(.term(Term(words: string(phrase), isPrefix: false), negated: negated)) }
                continue
            }
            let word = scalars.prefix { !$0.properties.isWhitespace && $0 != "\"" }
            scalars = scalars.dropFirst(word.count)
            guard !word.isEmpty else { continue }
            switch string(word) {
            case "OR": pieces.append(.or); continue
            case "AND": continue
            case "NOT": pendingNot = true; continue
            default: break
            }
            let prefix = word.last == "*"
            let body = prefix ? word.dropLast() : word
            guard body.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
            pieces.append(.term(Term(words: string(body), isPrefix: prefix), negated: negated))
        }
        return pieces
    }
}
