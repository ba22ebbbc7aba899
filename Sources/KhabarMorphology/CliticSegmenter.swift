import Foundation
import KhabarCore

/// Cuts Arabic words into their clitics: و+ب+التالي, مقاتلي+ها, س+يقاومون, ل+لحظر.
///
/// A word seen in training gets its most frequent gold cut; any other word is cut by the
/// ``SegmentationModel``. Segments are pieces of the surface word, diacritics and tatweel
/// included, so joining them gives the word back.
///
/// ```swift
/// let segmenter = try CliticSegmenter.atb()
/// segmenter.segments(of: "وسيقاومون")   // ["و", "س", "يقاومون"]
/// ```
public struct CliticSegmenter: Sendable {
    /// Words (in their lookup form) and their cuts, as the offsets where one segment ends and
    /// the next begins, so a looked-up word costs no allocation.
    private let lexiconBoundaries: [ByteKey: [Int]]
    /// The model for words outside the lexicon.
    public let model: SegmentationModel
    /// The model's recent answers: names and rare words recur within a text.
    private let recent = RecentAnswers<[Int]>()

    /// Runs longer than this are no Arabic word and are left whole by every analyzer.
    static let longestWordBytes = 256
    private static let cleaning = Normalizer([.presentationForms, .diacritics, .tatweel, .controls, .letterVariants])

    /// Creates a segmenter from a lexicon and a model.
    /// Entries whose segments do not spell their word are left out.
    public init(lexicon: [String: [String]], model: SegmentationModel) {
        let valid = lexicon.filter { $0.value.joined() == $0.key }
        self.init(boundaries: Dictionary(uniqueKeysWithValues: valid.map { (ByteKey($0.key), Self.offsets($0.value)) }), model: model)
    }

    private init(boundaries: [ByteKey: [Int]], model: SegmentationModel) {
        self.lexiconBoundaries = boundaries
        self.model = model
    }

    /// A copy that remembers none of the model's recent cuts: what a benchmark measures.
    public func forgettingRecentCuts() -> CliticSegmenter {
        CliticSegmenter(boundaries: lexiconBoundaries, model: model)
    }

    /// The form words are looked up by: no diacritics, tatweel, controls or presentation forms.
    public static func lookupForm<S: StringProtocol>(_ word: S) -> String {
        cleaning.normalize(word)
    }

    /// The segments of `word`, in order; joined they spell the word exactly.
    public func segments<S: StringProtocol>(of word: S) -> [Substring] {
        let word = Substring(word)
        var previous = word.unicodeScalars.startIndex
        var pieces: [Substring] = []
        for boundary in boundaries(of: word) + [word.unicodeScalars.count] {
            let end = word.unicodeScalars.index(word.unicodeScalars.startIndex, offsetBy: boundary)
            if previous < end { pieces.append(Substring(word.unicodeScalars[previous..<end])) }
            previous = end
        }
        return pieces
    }

    /// The scalar offsets inside `word` where one segment ends and the next begins.
    public func boundaries(of word: Substring) -> [Int] {
        // No Arabic word is longer than a few dozen letters: longer runs are left whole, which
        // also keeps a 100 MB "word" from costing anything.
        guard word.utf8.count <= Self.longestWordBytes,
              let first = word.unicodeScalars.first, (0x0620...0x064A).contains(first.value) else { return [] }
        if let known = lexiconBoundaries[ByteKey(word)] { return known }
        let view = Self.cleaning.view(of: String(word))
        let key = ByteKey(view.text)
        let cut = lexiconBoundaries[key] ?? recent.answer(for: key) { Self.offsets(model.best(for: view.text).segments) }
        return view.text == word ? cut : cut.map { view.originalSpan(of: Span(start: $0, end: $0)).start }
    }

    /// How many scalars at the start of `word` are proclitics (و ف ب ل ك س, with their
    /// diacritics), as cut in context: 2 for وبالتالي, 1 for لدمشق, 0 for وصل. The host word
    /// always keeps at least one segment.
    public func procliticLength(of word: Substring) -> Int {
        var length = 0
        var previous = 0
        let scalars = Array(word.unicodeScalars)
        for boundary in boundaries(of: word) {
            guard Self.isProclitic(scalars[previous..<boundary]) else { break }
            length = boundary
            previous = boundary
        }
        return length
    }

    private static func isProclitic(_ segment: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = segment.first, "وفبلكس".unicodeScalars.contains(first) else { return false }
        // Only marks may follow the letter: harakat, shadda, sukun (U+064B–U+0652) and tatweel.
        return segment.dropFirst().allSatisfy { (0x064B...0x0652).contains($0.value) || $0.value == 0x0640 }
    }

    /// The end offsets of every segment but the last.
    private static func offsets(_ segments: [String]) -> [Int] {
        var offsets: [Int] = []
        var position = 0
        for segment in segments.dropLast() {
            position += segment.unicodeScalars.count
            offsets.append(position)
        }
        return offsets
    }

    // MARK: Resources

    /// The ATB-scheme segmenter shipped with Khabar, trained by `khabar train segment`.
    public static func atb() throws -> CliticSegmenter {
        try shipped.get()
    }

    private static let shipped: Result<CliticSegmenter, Error> = Result {
        let frequencies = WordFrequencies(WordFrequencies.counts(tsv: try resource("word-frequencies")))
        let model = SegmentationModel(weightsTSV: try resource("atb-weights"), frequencies: frequencies)
        return CliticSegmenter(boundaries: boundaries(tsv: try resource("atb-lexicon")), model: model)
    }

    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "KhabarMorphology/Resources/\(name).tsv"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Reads `word<TAB>seg+ment+ed` lines into boundary offsets, splitting on bytes rather
    /// than on characters so that loading stays fast.
    private static func boundaries(tsv: String) -> [ByteKey: [Int]] {
        var lexicon: [ByteKey: [Int]] = [:]
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            var offsets: [Int] = []
            var position = 0
            for byte in line[line.index(after: tab)...] where byte & 0xC0 != 0x80 {
                if byte == UInt8(ascii: "+") { offsets.append(position) } else { position += 1 }
            }
            let word = Substring(line[..<tab])
            // Offsets must rise strictly inside the word, or a bad line would cut outside it.
            guard position == word.unicodeScalars.count, zip([0] + offsets, offsets + [position]).allSatisfy({ $0 < $1 }) else { continue }
            lexicon[ByteKey(word)] = offsets
        }
        return lexicon
    }

    /// The lexicon as `word<TAB>seg+ment+ed` lines, sorted.
    public var lexiconTSV: String {
        lexiconBoundaries.keys.map(\.text).sorted().map { word in
            "\(word)\t\(segments(of: word).joined(separator: "+"))\n"
        }.joined()
    }
}

/// Fills ``Document/words`` with the clitic segments of every token that has several; a token
/// of one word needs no entry (``Document/words(ofToken:)`` gives it back whole).
public struct CliticSegmentation: DocumentProcessor {
    /// The segmenter used.
    public let segmenter: CliticSegmenter

    /// Creates the component around a segmenter.
    public init(segmenter: CliticSegmenter) { self.segmenter = segmenter }

    /// Needs the tokens.
    public var requires: Set<Layer> { [.tokens] }
    /// Produces the words inside tokens.
    public var produces: Set<Layer> { [.words] }

    /// Adds the clitic segments of every word token to ``Document/words``.
    public func process(_ document: inout Document) {
        var words: [Word] = []
        for (index, token) in document.tokens.enumerated() where token.kind == .word {
            let boundaries = segmenter.boundaries(of: document[token])
            guard !boundaries.isEmpty else { continue } // one word: the token itself
            var start = token.start
            for boundary in boundaries + [token.end - token.start] {
                words.append(Word(span: Span(start: start, end: token.start + boundary), token: index))
                start = token.start + boundary
            }
        }
        document.words = words
    }
}

extension Pipeline {
    /// The text core followed by clitic segmentation, light stems and roots, with the shipped
    /// models.
    public static func withMorphology() throws -> Pipeline {
        let segmenter = try CliticSegmenter.atb()
        return try Pipeline(Pipeline.textCore.processors + [
            CliticSegmentation(segmenter: segmenter), LightStemming(stemmer: LightStemmer(segmenter: segmenter)),
            RootExtraction(extractor: try RootExtractor.shipped()),
        ])
    }
}
