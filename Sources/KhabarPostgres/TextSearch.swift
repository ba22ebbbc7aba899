import KhabarCorpus

/// Khabar's search analysis in PostgreSQL's terms. PostgreSQL does not know the light stems, so
/// the terms are made here and handed over as literals: an article's as a `tsvector` (headline
/// terms weighted `A`), a query's as a `tsquery`. Every lexeme is quoted, so nothing a user types
/// is read as `tsquery` syntax.
struct TextSearch: Sendable {
    let analyzer: SearchAnalyzer

    /// PostgreSQL's limits: positions up to 16,383, fewer than 256 per lexeme, lexemes under
    /// 2 KB and a `tsvector` under 1 MB. A longer article keeps its first terms.
    private static let lastPosition = 16_383, positionsPerLexeme = 255, longestLexeme = 2_000, largestVector = 512 * 1024

    /// The `tsvector` literal of an article: its headline's terms (weight A), then its text's.
    func vector(title: String?, text: String, cache: inout StemCache) -> String {
        var positions: [String: [String]] = [:]
        var size = 0, position = 0
        func add(_ terms: [SearchAnalyzer.Term], weight: String) {
            for term in terms where term.text.utf8.count < Self.longestLexeme {
                position = min(position + 1, Self.lastPosition)
                let entry = String(position) + weight
                if var known = positions[term.text] {
                    guard known.count < Self.positionsPerLexeme, known.last != entry else { continue }
                    known.append(entry)
                    positions[term.text] = known
                } else if size < Self.largestVector {
                    positions[term.text] = [entry]
                    size += term.text.utf8.count + 8
                }
            }
        }
        add(title.map { analyzer.terms(of: $0, cache: &cache) } ?? [], weight: "A")
        add(analyzer.terms(of: text, cache: &cache), weight: "")
        return positions.map { Self.quoted($0.key) + ":" + $0.value.joined(separator: ",") }.joined(separator: " ")
    }

    /// The `tsquery` literal of a query and the snippet maker for its terms; nil when the query
    /// holds nothing to search for.
    func query(_ query: SearchQuery) -> (expression: String, snippet: SearchSnippet)? {
        var terms = Set<String>(), prefixes: [String] = []
        func expression(_ term: SearchQuery.Term, collecting: Bool) -> String? {
            let lexemes = analyzer.terms(of: term.words, stemming: !term.isPrefix).map(\.text)
            guard !lexemes.isEmpty else { return nil }
            if collecting {
                if term.isPrefix { prefixes.append(lexemes[lexemes.count - 1]) }
                terms.formUnion(term.isPrefix ? lexemes.dropLast() : lexemes[...])
            }
            let quoted = lexemes.map(Self.quoted)
            return "(" + quoted.joined(separator: " <-> ") + (term.isPrefix ? ":*" : "") + ")"
        }
        let (required, excluded) = query.clauses
        let groups = required.compactMap { group -> String? in
            let alternatives = group.compactMap { expression($0, collecting: true) }
            return alternatives.isEmpty ? nil : "(" + alternatives.joined(separator: " | ") + ")"
        }
        guard !groups.isEmpty else { return nil }
        let exclusions = excluded.compactMap { expression($0, collecting: false) }.map { " & !" + $0 }
        let expression = "(" + groups.joined(separator: query.matchingAny ? " | " : " & ") + ")" + exclusions.joined()
        return (expression, SearchSnippet(terms: terms, prefixes: prefixes))
    }

    /// A lexeme quoted for a `tsvector` or `tsquery` literal: quotes and backslashes doubled.
    private static func quoted(_ lexeme: String) -> String {
        "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
