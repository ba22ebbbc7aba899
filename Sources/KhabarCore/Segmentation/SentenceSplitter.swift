/// Splits each paragraph into sentences, the way a reader would.
///
/// A sentence ends at `.`, `!`, `?`, `؟`, `…` (or a run of them) together with the closing
/// quotation marks and brackets that follow, and at the end of its paragraph. It does not end
/// after an abbreviation (`د.`, `م.`, `Dr.`), inside a quotation that goes on after the full
/// stop, or before a comma. Decimal points never split: `٣٫٥` and `3.5` are single tokens.
public struct SentenceSplitter: DocumentProcessor, Sendable {
    /// Creates a sentence splitter.
    public init() {}

    public var requires: Set<Layer> { [.paragraphs, .tokens] }
    public var produces: Set<Layer> { [.sentences] }

    public func process(_ document: inout Document) {
        var sentences: [Sentence] = []
        let tokens = document.tokens
        var text = document.text
        text.withUTF8 { bytes in
            var first = 0
            for paragraph in document.paragraphs {
                while first < tokens.count, tokens[first].start < paragraph.start { first += 1 }
                var last = first
                while last < tokens.count, tokens[last].end <= paragraph.end { last += 1 }
                if first < last {
                    let reader = ParagraphReader(tokens: tokens, range: first..<last, bytes: bytes)
                    for range in reader.sentenceRanges() {
                        sentences.append(Sentence(span: Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end), tokens: range))
                    }
                }
                first = last
            }
        }
        document.sentences = sentences
    }
}

/// The sentence boundaries of one paragraph's tokens.
private struct ParagraphReader {
    let tokens: [Token]
    let range: Range<Int>
    let bytes: UnsafeBufferPointer<UInt8>
    /// For each token of the paragraph: how many quotations it lies inside (or closes).
    private var quoteDepth: [Int] = []
    /// Tokens that close a quotation opened earlier in the paragraph.
    private var closers: Set<Int> = []

    init(tokens: [Token], range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.range = range
        self.bytes = bytes
        pairQuotations()
    }

    func sentenceRanges() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard isTerminal(index), !isAbbreviation(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, isCloser(end) { end += 1 }
            if end < range.upperBound, continuesSentence(after: end) {
                index = end
                continue
            }
            result.append(start..<end)
            start = end
            index = end
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    // MARK: Token tests

    private func firstScalar(_ index: Int) -> UInt32 {
        decodeScalar(bytes, at: tokens[index].utf8Range.lowerBound).value
    }

    private func isTerminal(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation && ScalarClass.of(firstScalar(index)) == .terminal
    }

    private func isCloser(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .quote || token.kind == .bracket else { return false }
        return closers.contains(index) || Self.closingMarks.contains(firstScalar(index))
    }

    /// Whether the token at `next`, right after a full stop and its closers, shows that the
    /// sentence goes on: a comma or colon, or a quotation still open around it.
    private func continuesSentence(after next: Int) -> Bool {
        if tokens[next].kind == .punctuation, ScalarClass.of(firstScalar(next)) == .punctuation { return true }
        return quoteDepth[next - range.lowerBound] > 0
    }

    /// A full stop right after a one-letter Arabic word (د. م. ص.) or a Latin abbreviation
    /// (Dr. Mr. U.S.), unless the letter follows a number (1436 هـ. and 2015 م. end sentences).
    private func isAbbreviation(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.utf8Range.count == 1, bytes[token.utf8Range.lowerBound] == 0x2E,
              index > range.lowerBound, index + 1 < range.upperBound else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.end == token.start else { return false }
        if index - 1 > range.lowerBound, tokens[index - 2].kind == .number { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[previous.utf8Range]), as: UTF8.self)
        let letters = word.unicodeScalars.filter { ScalarClass.of($0.value) == .arabicLetter || ScalarClass.of($0.value) == .letter }
        if letters.count == 1 { return true }
        return Self.latinAbbreviations.contains(word.lowercased())
    }

    private static let closingMarks: Set<UInt32> = [0xBB, 0x201D, 0x2019, 0x203A, 0x29, 0x5D, 0x7D, 0xFD3F]
    private static let latinAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sgt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
    ]

    // MARK: Quotations

    /// Pairs the paragraph's quotation marks: « with », “ with ”, ‹ with ›, and straight double
    /// quotes two by two. Unpaired marks open nothing, so a quote that never closes cannot
    /// swallow the rest of the paragraph.
    private mutating func pairQuotations() {
        var delta = [Int](repeating: 0, count: range.count + 1)
        var open: [UInt32: [Int]] = [:]
        var straight: Int?
        for index in range where tokens[index].kind == .quote {
            let mark = firstScalar(index)
            var opener: Int?
            switch mark {
            case 0x22, 0xFF02:
                if let start = straight { opener = start; straight = nil } else { straight = index }
            case 0xAB, 0x201C, 0x2039, 0x201E:
                open[mark, default: []].append(index)
            case 0xBB, 0x201D, 0x203A:
                let partner: UInt32 = mark == 0xBB ? 0xAB : mark == 0x201D ? 0x201C : 0x2039
                opener = open[partner]?.popLast() ?? (mark == 0x201D ? open[0x201E]?.popLast() : nil)
            default:
                break
            }
            if let start = opener {
                closers.insert(index)
                delta[start + 1 - range.lowerBound] += 1
                delta[index + 1 - range.lowerBound] -= 1
            }
        }
        var depth = 0
        quoteDepth = delta.dropLast().map { change in
            depth += change
            return depth
        }
    }
}
