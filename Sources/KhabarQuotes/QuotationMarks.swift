import KhabarCore

/// Pairs the quotation marks of an article, paragraph by paragraph.
///
/// « », “ ”, ‹ › pair as opening and closing marks; a straight " closes the " opened before it
/// in the paragraph, or opens one; a closing mark with nothing to close opens a quotation after a
/// colon (وقال :»…«). Quotations inside a quotation are part of it. A mark left
/// open at the end of its paragraph quotes the rest of the paragraph: news often leaves the
/// closing mark out, or puts it only after the last paragraph of a long quotation — unless the
/// narration resumes before (…، مشيراً إلى أن …: nobody says that of themselves), which also
/// tells a straight " that opens the next quotation from one that closes (…. وقال فلان "…).
enum QuotationMarks {
    /// A quotation: its marks and the tokens between them.
    struct Quotation {
        /// The opening mark's token.
        let opening: Int
        /// The closing mark's token; nil when the quotation runs to the end of its paragraph.
        let closing: Int?
        /// The tokens inside the marks.
        let content: Range<Int>

        /// The marks and what they hold.
        var whole: Range<Int> { opening ..< (closing.map { $0 + 1 } ?? content.upperBound) }
    }

    /// The outermost quotations of the article, in text order; `resumesNarration` tells whether
    /// the narrator speaks again at a token (a speech verb opening a sentence, a speech
    /// participle after a comma).
    static func quotations(in article: ArticleTokens, resumesNarration: (Int) -> Bool = { _ in false }) -> [Quotation] {
        var found: [Quotation] = []
        var start = 0
        while start < article.count {
            var end = start + 1
            while end < article.count, article.paragraphOf[end] == article.paragraphOf[start] { end += 1 }
            found += quotations(in: start ..< end, article, resumesNarration)
            start = end
        }
        var outermost: [Quotation] = []
        for quotation in found.sorted(by: { $0.opening < $1.opening }) {
            if let last = outermost.last, quotation.opening < last.whole.upperBound { continue }
            outermost.append(quotation)
        }
        return outermost
    }

    private static func quotations(in paragraph: Range<Int>, _ article: ArticleTokens, _ resumesNarration: (Int) -> Bool) -> [Quotation] {
        var found: [Quotation] = []
        var open: [(token: Int, closers: Set<String>)] = []
        for index in paragraph where article.kind(index) == .quote {
            let mark = article.words[index]
            if mark == "\"" || mark == "'" {
                if let position = open.lastIndex(where: { $0.closers.contains(mark) }) {
                    let opened = open[position].token
                    open.removeSubrange(position...)
                    if mark == "\"", let resumed = (min(opened + 2, index) ..< index).first(where: resumesNarration) {
                        // "… . وقال فلان "…": the first mark was never closed, and this one opens.
                        if let quotation = unclosed(opened, endingBefore: resumed, article) { found.append(quotation) }
                        open.append((index, [mark]))
                    } else {
                        found.append(pair(opened, index))
                    }
                } else if mark == "\"" {
                    open.append((index, [mark]))
                }
            } else if let position = open.lastIndex(where: { $0.closers.contains(mark) }) {
                found.append(pair(open[position].token, index))
                open.removeSubrange(position...)
            } else if let closer = closingMark[mark] {
                open.append((index, [closer]))
            } else if let opener = openingMark[mark], index > paragraph.lowerBound, opensReversed(after: index - 1, article) {
                // وقال :»لقد سيطرنا …«: a closing mark written to open, closed by either mark.
                open.append((index, [opener, mark]))
            }
        }
        if let first = open.first,
           let quotation = unclosed(first.token, endingBefore: (min(first.token + 2, paragraph.upperBound) ..< paragraph.upperBound).first(where: resumesNarration)
                                    ?? paragraph.upperBound, article) {
            found.append(quotation)
        }
        return found.filter { !$0.content.isEmpty }
    }

    /// A quotation opened at `opening` and never closed, running up to `end` less the punctuation
    /// and marks before it; nil when nothing is left.
    private static func unclosed(_ opening: Int, endingBefore end: Int, _ article: ArticleTokens) -> Quotation? {
        var end = end
        while end > opening + 1, [.punctuation, .quote].contains(article.kind(end - 1)) { end -= 1 }
        return end > opening + 1 ? Quotation(opening: opening, closing: nil, content: opening + 1 ..< end) : nil
    }

    private static func pair(_ opening: Int, _ closing: Int) -> Quotation {
        Quotation(opening: opening, closing: closing, content: opening + 1 ..< closing)
    }

    private static let closingMark: [String: String] = ["«": "»", "“": "”", "‹": "›", "„": "“"]
    private static let openingMark: [String: String] = ["»": "«", "”": "“", "›": "‹"]

    /// Whether a closing mark after this token opens a quotation: after a colon, or after a
    /// preposition drawn out to meet it (بـ»).
    private static func opensReversed(after index: Int, _ article: ArticleTokens) -> Bool {
        article.words[index] == ":" || article.document[article.document.tokens[index]].hasSuffix("ـ")
    }
}
