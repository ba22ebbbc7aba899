import KhabarCore
import KhabarMorphology

/// The analysis search applies to articles and to queries alike, so that a query finds the
/// forms of its words: each word token becomes its light stem (حلب, بحلب and لحلب are all حلب;
/// المدرسة and مدرسه are مدرس), numbers and Latin words their search normalization.
public struct SearchAnalyzer: Sendable {
    /// The stemmer that takes clitics, the article and one inflection off.
    public let stemmer: LightStemmer
    private let normalizer = Normalizer(.search)
    private let tokenizer = Tokenizer()

    /// Creates an analyzer around a stemmer.
    public init(stemmer: LightStemmer) { self.stemmer = stemmer }

    /// The analyzer with Khabar's shipped segmenter, loaded once.
    public static func shipped() throws -> SearchAnalyzer {
        try shippedAnalyzer.get()
    }

    private static let shippedAnalyzer: Result<SearchAnalyzer, Error> = Result {
        SearchAnalyzer(stemmer: LightStemmer(segmenter: try CliticSegmenter.atb()))
    }

    /// A search term and where its token lies in the analyzed text's UTF-8 bytes.
    public struct Term: Sendable, Equatable {
        /// The term as indexed.
        public var text: String
        /// The token's UTF-8 range in the text.
        public var utf8: Range<Int>
    }

    /// The terms of `text`, in order; `stemming: false` keeps each word whole in its search
    /// normalization (for prefix queries, where a stem of a fragment means nothing).
    public func terms(of text: String, stemming: Bool = true) -> [Term] {
        var cache = StemCache()
        return terms(of: text, stemming: stemming, cache: &cache)
    }

    /// The terms of `text`, remembering stems in `cache`: words recur, and a search index
    /// tokenizes the same articles again for every snippet it makes.
    public func terms(of text: String, stemming: Bool = true, cache: inout StemCache) -> [Term] {
        var text = text
        text.makeContiguousUTF8()
        let tokens = tokenizer.tokenize(text)
        var terms: [Term] = []
        terms.reserveCapacity(tokens.count)
        let utf8 = text.utf8
        for token in tokens where token.kind == .word || token.kind == .number || token.kind == .hashtag {
            let range = token.utf8Range
            let word = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound) ..< utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            let term = stemming && token.kind == .word ? cache.stem(word, with: stemmer) : normalizer.normalize(word)
            if !term.isEmpty { terms.append(Term(text: term, utf8: range)) }
        }
        return terms
    }
}

/// Stems already computed, by word; emptied when it grows past ``capacity``.
public struct StemCache: Sendable {
    private var stems: [Substring: String] = [:]
    /// How many words are remembered at most.
    public static let capacity = 200_000

    /// An empty cache.
    public init() {}

    mutating func stem(_ word: Substring, with stemmer: LightStemmer) -> String {
        if let known = stems[word] { return known }
        let stem = stemmer.stem(word)
        if stems.count >= Self.capacity { stems.removeAll(keepingCapacity: true) }
        stems[word] = stem
        return stem
    }
}
