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
        var text = document.text
        let tokens = document.tokens
        let paragraphs = document.paragraphs
        document.sentences = text.withUTF8 { bytes in
            var splitter = SentenceBoundaries(tokens: tokens, bytes: bytes)
            var first = 0
            for paragraph in paragraphs {
                while first < tokens.count, tokens[first].start < paragraph.start { first += 1 }
                var last = first
                while last < tokens.count, tokens[last].end <= paragraph.end { last += 1 }
                if first < last { splitter.split(first..<last) }
                first = last
            }
            return splitter.sentences
        }
    }
}

/// The sentence boundaries of a document's tokens, found paragraph by paragraph.
private struct SentenceBoundaries {
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var sentences: [Sentence] = []
    private let classify = ScalarClassifier()
    /// For each token: how many paired quotations it lies inside (or closes); empty when the
    /// document has no quotation marks.
    private var quoteDepth: [Int32] = []
    /// For each token: whether it closes a paired quotation.
    private var closesQuote: [Bool] = []
    /// Open quotation marks awaiting their partner: « “ ‹ „ and the straight double quote.
    private var openers: [[Int]] = Array(repeating: [], count: 5)

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        sentences.reserveCapacity(tokens.count / 20)
    }

    mutating func split(_ range: Range<Int>) {
        pairQuotations(in: range)
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard isTerminal(index), !isAbbreviation(index, in: range) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, isCloser(end) { end += 1 }
            if end < range.upperBound, continuesSentence(after: end) {
                index = end
                continue
            }
            append(start..<end)
            start = end
            index = end
        }
        if start < range.upperBound { append(start..<range.upperBound) }
    }

    private mutating func append(_ range: Range<Int>) {
        sentences.append(Sentence(span: Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end), tokens: range))
    }

    // MARK: Token tests

    private func firstScalar(_ index: Int) -> UInt32 {
        decodeScalar(bytes, at: tokens[index].utf8Range.lowerBound).value
    }

    private func isTerminal(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation && classify(firstScalar(index)) == .terminal
    }

    private func isCloser(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        guard kind == .quote || kind == .bracket else { return false }
        return (!closesQuote.isEmpty && closesQuote[index]) || Self.isClosingMark(firstScalar(index))
    }

    /// Whether the token at `next`, right after a full stop and its closers, shows that the
    /// sentence goes on: a comma or colon, or a quotation still open around it.
    private func continuesSentence(after next: Int) -> Bool {
        if tokens[next].kind == .punctuation, classify(firstScalar(next)) == .punctuation { return true }
        return !quoteDepth.isEmpty && quoteDepth[next] > 0
    }

    /// A full stop right after a one-letter Arabic word (د. م. ص.) or a Latin abbreviation
    /// (Dr. Mr.), unless the letter follows a number (1436 هـ. and 2015 م. end sentences).
    private func isAbbreviation(_ index: Int, in range: Range<Int>) -> Bool {
        let token = tokens[index]
        guard token.utf8Range.count == 1, bytes[token.utf8Range.lowerBound] == UInt8(ascii: "."),
              index > range.lowerBound, index + 1 < range.upperBound else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.end == token.start else { return false }
        if index - 1 > range.lowerBound, tokens[index - 2].kind == .number { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[previous.utf8Range]), as: UTF8.self)
        let letters = word.unicodeScalars.filter { classify($0.value) == .arabicLetter || classify($0.value) == .letter }
        if letters.count == 1 { return true }
        return Self.latinAbbreviations.contains(word.lowercased())
    }

    /// » ” ’ › ) ] } ﴿
    private static func isClosingMark(_ value: UInt32) -> Bool {
        switch value {
        case 0xBB, 0x201D, 0x2019, 0x203A, 0x29, 0x5D, 0x7D, 0xFD3F: true
        default: false
        }
    }

    private static let latinAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sgt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
    ]

    // MARK: Quotations

    /// Pairs the paragraph's quotation marks: « with », “ (or „) with ”, ‹ with ›, and straight
    /// double quotes two by two. Unpaired marks open nothing, so a quote that never closes
    /// cannot swallow the rest of the paragraph.
    private mutating func pairQuotations(in range: Range<Int>) {
        guard range.contains(where: { tokens[$0].kind == .quote }) else { return }
        if quoteDepth.isEmpty {
            quoteDepth = Array(repeating: 0, count: tokens.count + 1)
            closesQuote = Array(repeating: false, count: tokens.count)
        }
        for stack in openers.indices { openers[stack].removeAll(keepingCapacity: true) }
        for index in range where tokens[index].kind == .quote {
            var opener: Int?
            switch firstScalar(index) {
            case 0x22, 0xFF02:
                if let start = openers[4].popLast() { opener = start } else { openers[4].append(index) }
            case 0xAB: openers[0].append(index)
            case 0x201C: openers[1].append(index)
            case 0x2039: openers[2].append(index)
            case 0x201E: openers[3].append(index)
            case 0xBB: opener = openers[0].popLast()
            case 0x201D: opener = openers[1].popLast() ?? openers[3].popLast()
            case 0x203A: opener = openers[2].popLast()
            default: break
            }
            guard let start = opener else { continue }
            closesQuote[index] = true
            quoteDepth[start + 1] += 1   // differences, summed below
            quoteDepth[index + 1] -= 1
        }
        var depth: Int32 = 0
        for index in range {
            depth += quoteDepth[index]
            quoteDepth[index] = depth
        }
        quoteDepth[range.upperBound] = 0
    }
}
