/// Each word's positions in an article, by the word without a conjunction and the article:
/// looked up for every statement whose speaker refers back, so built once.
final class HeadPositions {
    private var built: [Substring: [Int]]?

    /// The positions of every word of `article`, computed on the first call.
    func positions(in article: ArticleTokens) -> [Substring: [Int]] {
        if let built { return built }
        var positions: [Substring: [Int]] = [:]
        for index in 0 ..< article.count where article.kind(index) == .word {
            let stripped = Attribution.withoutArticle(article.withoutConjunction(index))
            positions[stripped, default: []].append(index)
            let whole = Attribution.withoutArticle(Substring(article.words[index]))
            if whole != stripped { positions[whole, default: []].append(index) }
        }
        built = positions
        return positions
    }
}

extension Attribution {
    /// The tokens before `index` whose word, without a conjunction and the article, is `head`
    /// (وزارة counts with and without its first letter, which may be the conjunction).
    func mentions(of head: Substring, before index: Int) -> ArraySlice<Int> {
        let positions = headPositions.positions(in: article)[head] ?? []
        // The positions are in text order: a binary search finds where `index` falls.
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < index { low = middle + 1 } else { high = middle }
        }
        return positions[..<low]
    }
}
