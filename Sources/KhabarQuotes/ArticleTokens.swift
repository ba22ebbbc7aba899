import KhabarCore
import KhabarEntities

/// What the quotation extractor needs to know about each token of an article, computed once:
/// its matching form, its sentence and paragraph, the name that covers it, and whether it is a
/// title word.
struct ArticleTokens {
    let document: Document
    /// Each token in matching form (search normalization).
    let words: [String]
    /// Each token's sentence: the headline is sentence 0 when there is one.
    let sentenceOf: [Int]
    /// The token range of each sentence.
    let sentences: [Range<Int>]
    /// Each token's paragraph (the headline is a paragraph of its own).
    let paragraphOf: [Int]
    /// For each token, the index in ``Document/entities`` of the name covering it, or -1.
    let nameAt: [Int]
    /// For each token, the index of the date or time entity covering it, or -1.
    let timeAt: [Int]
    /// For each token, its first clitic segment when the token has more than one (و، ل، ب…);
    /// nil when the document has no clitic segments.
    private let leadingClitic: [Substring?]?
    /// The words of short names in brackets ((آي إن إي), (فاو)), where إن is a letter, not a word.
    private var inShortBrackets = Set<Int>()

    init(_ document: Document, normalizer: Normalizer) {
        self.document = document
        words = document.tokens.map { normalizer.normalize(document[$0]) }
        let runs = EntityRecognition.sentenceRuns(of: document)
        var sentences = runs.filter { !$0.isEmpty }.map { $0[0] ..< $0[$0.count - 1] + 1 }
        var sentenceOf = [Int](repeating: -1, count: document.tokens.count)
        for (index, run) in sentences.enumerated() { for token in run { sentenceOf[token] = index } }
        // Tokens outside every sentence (a hand-built document) form sentences of their own, so
        // that every token has one.
        var index = 0
        while index < sentenceOf.count {
            guard sentenceOf[index] < 0 else { index += 1; continue }
            var end = index
            while end < sentenceOf.count, sentenceOf[end] < 0 { sentenceOf[end] = sentences.count; end += 1 }
            sentences.append(index ..< end)
            index = end
        }
        self.sentences = sentences
        self.sentenceOf = sentenceOf
        var paragraphOf = [Int](repeating: 0, count: document.tokens.count)
        for (index, paragraph) in document.paragraphs.enumerated() {
            for token in document.tokens(in: paragraph) { paragraphOf[token] = index + 1 }
        }
        self.paragraphOf = paragraphOf
        var nameAt = [Int](repeating: -1, count: document.tokens.count)
        var timeAt = nameAt
        for (index, entity) in document.entities.enumerated() {
            for token in document.tokens(overlapping: entity.span) {
                switch entity.kind {
                case .person, .organisation, .location, .nationality: nameAt[token] = index
                case .date, .time: timeAt[token] = index
                default: break
                }
            }
        }
        self.nameAt = nameAt
        self.timeAt = timeAt
        leadingClitic = document.words.isEmpty ? nil : Self.leadingClitics(of: document)
        for index in words.indices where document.tokens[index].kind == .bracket && ["(", "["].contains(words[index]) {
            if let enclosed = enclosedWords(at: index, most: 4) { inShortBrackets.formUnion(enclosed) }
        }
    }

    private static func leadingClitics(of document: Document) -> [Substring?] {
        var clitics = [Substring?](repeating: nil, count: document.tokens.count)
        for (position, word) in document.words.enumerated()
        where (position == 0 || document.words[position - 1].token != word.token) && word.span.end < document.tokens[word.token].end {
            clitics[word.token] = document[word.span]
        }
        return clitics
    }

    /// Whether the token may open with the preposition ل: the clitic segmenter cut it off (لوكالة،
    /// لابنه; not لقمان, لبنان), or, in a document without clitic segments, it begins with the letter.
    func mayOpenWithPreposition(_ index: Int) -> Bool {
        guard words[index].hasPrefix("ل") else { return false }
        guard let leadingClitic, words[index] != "ل" else { return true } // لـ"سبق"
        return leadingClitic[index] == "ل"
    }

    var count: Int { words.count }

    /// Words put in the matching form of ``words``, so that a word list can be written as Arabic
    /// is spelt: مسؤول and هيئة match مسوول and هييه.
    static func matchingForms(_ words: [String]) -> Set<String> {
        let normalizer = Normalizer(.search)
        return Set(words.map { normalizer.normalize($0) })
    }

    func kind(_ index: Int) -> Token.Kind { document.tokens[index].kind }

    /// The words between the quotation mark or bracket at `opening` and the next one of the same
    /// kind, when one to `most` words and nothing else stand between («مكتب أخبار سوريا»، (فاو)).
    func enclosedWords(at opening: Int, most: Int) -> Range<Int>? {
        let mark = kind(opening)
        guard [.quote, .bracket].contains(mark), opening + 2 < count,
              let closing = (opening + 2 ..< min(count, opening + most + 2)).first(where: { kind($0) == mark }),
              (opening + 1 ..< closing).allSatisfy({ kind($0) == .word }) else { return nil }
        return opening + 1 ..< closing
    }

    /// The token without a leading و or ف when what is left is a longer word.
    func withoutConjunction(_ index: Int) -> Substring {
        let word = Substring(words[index])
        guard let first = word.unicodeScalars.first, first == "و" || first == "ف", word.unicodeScalars.count > 3 else { return word }
        return Substring(word.unicodeScalars.dropFirst())
    }

    /// The word without a leading ل or ب (لمركز → مركز), when what is left is a word.
    func withoutPreposition(_ index: Int) -> String {
        let word = Substring(words[index])
        guard let first = word.unicodeScalars.first, first == "ل" || first == "ب", word.unicodeScalars.count > 3 else { return String(word) }
        return String(word.unicodeScalars.dropFirst())
    }

    /// Whether the token is a comma (، or ,).
    func isComma(_ index: Int) -> Bool { words[index] == "،" || words[index] == "," }

    /// Whether the token is أن / إن / بأن / فإن, alone or with a pronoun (أنه، إنها، بأنهم).
    func isComplementizer(_ index: Int) -> Bool {
        guard !inShortBrackets.contains(index) else { return false }
        let word = words[index]
        let bare = word.hasPrefix("ب") || word.hasPrefix("ف") ? String(word.dropFirst()) : word
        return ["ان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا", "انا", "انك"].contains(bare)
    }

    /// The span of tokens `range`, with the first token's first `skip` scalars left out.
    func span(_ range: Range<Int>, skippingFirst skip: Int = 0) -> Span {
        Span(start: document.tokens[range.lowerBound].start + skip, end: document.tokens[range.upperBound - 1].end)
    }
}
