import KhabarCore

/// The light stem of a word, for search: the word without its clitics, its article and one
/// inflectional suffix, in its search normalization, so that والمدرسة، مدرستها، المدارس… fall
/// together where the words share a stem (مدرس) and apart where they do not.
///
/// Rules, in order (documented in docs/STEMMING.md):
/// 1. Clitics come off as the ``CliticSegmenter`` cuts them in context (و+ب+التالي → التالي):
///    no guessing from the first letter, so وصل and بلاد keep their letters.
/// 2. The search normalization (``NormalizationOptions/search``): no diacritics or tatweel,
///    أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي.
/// 3. The article: ال (or the ل left of it after the preposition ل, as in ل+لحظر) when at
///    least two letters remain.
/// 4. One inflectional suffix, the longest that leaves at least three letters that occur as a
///    word in the corpus: تين تان ات ون ين ان يه ه ي (dual and plural endings, the feminine ة/ية,
///    the nisba ي). The corpus check keeps names whole: فلسطين is not فلسط+ين.
public struct LightStemmer: Sendable {
    /// The segmenter that takes the clitics off.
    public let segmenter: CliticSegmenter

    private static let search = Normalizer(.search)
    private static let suffixes = ["تين", "تان", "ات", "ون", "ين", "ان", "يه", "ه", "ي"]

    /// Creates a stemmer around a segmenter.
    public init(segmenter: CliticSegmenter) { self.segmenter = segmenter }

    /// The light stem of `word`; a word without Arabic letters is only normalized.
    public func stem<S: StringProtocol>(_ word: S) -> String {
        guard var host = bareForm(of: word) else { return Self.search.normalize(word) }
        if let shorter = withoutSuffix(host) { host = shorter }
        return String(String.UnicodeScalarView(host))
    }

    /// `word` in its search normalization without its clitics and article (rules 1–3), the
    /// form roots are read from; nil when it has no Arabic letter.
    func bareForm<S: StringProtocol>(of word: S) -> [Unicode.Scalar]? {
        guard word.utf8.count <= CliticSegmenter.longestWordBytes else { return nil }
        let pieces = segmenter.segments(of: word).map { Self.search.normalize($0) }
        guard pieces.contains(where: { $0.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } }) else {
            return nil
        }
        let hostRange = SegmentationCandidate.hostRange(of: pieces)
        let (first, last) = (hostRange.lowerBound, hostRange.upperBound)
        var host = Array(pieces[hostRange].joined().unicodeScalars)
        guard !host.isEmpty else { return nil }

        let afterPreposition = first > 0 && pieces[first - 1] == "ل"
        if host.starts(with: "ال".unicodeScalars), host.count >= 4 {
            host.removeFirst(2)
        } else if afterPreposition, host.first == "ل", host.count >= 3 {
            host.removeFirst()
        }
        if last < pieces.count, host.last == "ت" { host[host.count - 1] = "ه" } // مدرست+ها → مدرسه
        return host
    }
}

extension LightStemmer {
    /// `word` without its longest inflectional suffix whose removal leaves an attested word of
    /// three letters or more, or nil.
    private func withoutSuffix(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        for suffix in Self.suffixes {
            let ending = Array(suffix.unicodeScalars)
            guard word.count - ending.count >= 3, word.suffix(ending.count).elementsEqual(ending) else { continue }
            let remainder = Array(word.dropLast(ending.count))
            if segmenter.model.frequencies.count(of: String(String.UnicodeScalarView(remainder))) > 0 { return remainder }
        }
        return nil
    }
}

/// Fills ``Document/stems`` with the light stem of every token.
public struct LightStemming: DocumentProcessor {
    /// The stemmer used.
    public let stemmer: LightStemmer

    /// Creates the component around a stemmer.
    public init(stemmer: LightStemmer) { self.stemmer = stemmer }

    /// Needs the tokens.
    public var requires: Set<Layer> { [.tokens] }
    /// Produces the stems.
    public var produces: Set<Layer> { [.stems] }

    /// Fills ``Document/stems``, one entry per token (empty for tokens that are not words).
    public func process(_ document: inout Document) {
        document.stems = document.tokens.map { token in
            token.kind == .word ? stemmer.stem(document[token]) : ""
        }
    }
}
