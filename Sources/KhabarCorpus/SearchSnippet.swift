/// A passage of an article around the words a query matched, those words marked with `[` and
/// `]` as written in the article: what search results show where the index cannot make
/// snippets itself (PostgreSQL's `ts_headline` knows nothing of Khabar's stems).
public struct SearchSnippet: Sendable {
    /// The terms (stems) the query matches, and the fragments its prefix terms begin with.
    public var terms: Set<String>, prefixes: [String]
    /// Words in a passage.
    public var length = 16

    /// Creates a snippet maker for a query's terms.
    public init(terms: Set<String>, prefixes: [String]) {
        self.terms = terms
        self.prefixes = prefixes
    }

    /// The passage of `text` of ``length`` words that holds the most different matched terms
    /// (the first such), `…` where it is cut.
    public func passage(of text: String, analyzer: SearchAnalyzer) -> String {
        let words = analyzer.terms(of: text)
        guard !words.isEmpty else { return "" }
        let plain = prefixes.isEmpty ? [] : analyzer.terms(of: text, stemming: false)
        let matched = words.indices.map { index in
            terms.contains(words[index].text)
                || (plain.count == words.count && prefixes.contains { plain[index].text.hasPrefix($0) })
        }
        let start = bestWindow(matched, words: words)
        let end = min(words.count, start + length)
        let bytes = Array(text.utf8)
        var passage = start > 0 ? "…" : ""
        var cursor = words[start].utf8.lowerBound
        for index in start..<end where matched[index] {
            let range = words[index].utf8
            passage += String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)
                + "[" + String(decoding: bytes[range], as: UTF8.self) + "]"
            cursor = range.upperBound
        }
        passage += String(decoding: bytes[cursor..<words[end - 1].utf8.upperBound], as: UTF8.self)
        return passage + (end < words.count ? "…" : "")
    }

    /// Where the window with the most different matched terms begins: two words before a match.
    private func bestWindow(_ matched: [Bool], words: [SearchAnalyzer.Term]) -> Int {
        var best = (start: 0, count: 0)
        for match in matched.indices where matched[match] {
            let start = max(0, match - 2)
            let window = start..<min(matched.count, start + length)
            let count = Set(window.filter { matched[$0] }.map { words[$0].text }).count
            if count > best.count { best = (start, count) }
            if count == terms.count + prefixes.count { break }
        }
        return best.start
    }
}
