import Foundation
import KhabarCore

/// The root of a word, where one can be found: three or four radicals (مدرسة → درس,
/// قال → قول, يقاومون → قوم), read through the word patterns (templates) learned from a treebank.
///
/// A template is a word shape with slots for the radicals, such as م1ا2ه (مفاعلة) or 1ا2 with
/// the second slot standing for a weak radical و (قال ← ق و ل). A word is matched against every
/// template of its length; each match proposes a root, scored by how often the template and the
/// root were seen in training.
public struct RootExtractor: Sendable {
    /// One position of a template.
    enum Element: Hashable, Sendable {
        /// A letter of the pattern itself.
        case letter(Unicode.Scalar)
        /// Radical `index` written as itself; `doubled` when it also stands for the next radical
        /// (a geminate written once: مد ← م د د).
        case radical(Int, doubled: Bool)
        /// Radical `index`, the weak letter `radical` (و ي ء), written as the long vowel or seat
        /// that stands for it (قال: ا for و).
        case weak(Int, radical: Unicode.Scalar)
    }

    /// Templates by word length, with how often training saw them.
    let templates: [Int: [(elements: [Element], count: Int)]]
    /// How often training saw each root.
    let roots: [String: Int]
    /// The stemmer whose bare forms (no clitics, no article) roots are read from.
    let stemmer: LightStemmer
    private let recent = RecentAnswers<String?>()

    private static let weakSurface: Set<Unicode.Scalar> = ["ا", "ى", "و", "ي", "ء", "أ", "إ", "ؤ", "ئ"]
    private static let neverRadical: Set<Unicode.Scalar> = ["ا", "ى", "ة"]

    /// The root of `word`, or nil when no learned pattern fits it.
    public func root<S: StringProtocol>(of word: S) -> String? {
        guard let bare = stemmer.bareForm(of: word) else { return nil }
        return recent.answer(for: ByteKey(String(String.UnicodeScalarView(bare)))) { root(ofBare: bare) }
    }

    private func root(ofBare bare: [Unicode.Scalar]) -> String? {
        var best: (root: String, score: Double)?
        for template in templates[bare.count] ?? [] {
            guard let root = Self.radicals(of: bare, in: template.elements) else { continue }
            let score = log(Double(template.count)) + 2 * log(Double(roots[root] ?? 0) + 1)
            if best.map({ score > $0.score }) ?? true { best = (root, score) }
        }
        return best?.root
    }

    /// The radicals that `template` reads from `word`, or nil when the word does not fit it.
    static func radicals(of word: [Unicode.Scalar], in template: [Element]) -> String? {
        var radicals: [Int: Unicode.Scalar] = [:]
        for (letter, element) in zip(word, template) {
            switch element {
            case let .letter(expected):
                guard letter == expected else { return nil }
            case let .radical(index, doubled):
                guard !neverRadical.contains(letter) else { return nil }
                radicals[index] = letter
                if doubled { radicals[index + 1] = letter }
            case let .weak(index, radical):
                guard weakSurface.contains(letter) else { return nil }
                radicals[index] = radical
            }
        }
        let count = radicals.count
        guard (3...4).contains(count), (0..<count).allSatisfy({ radicals[$0] != nil }) else { return nil }
        return String(String.UnicodeScalarView((0..<count).map { radicals[$0]! }))
    }
}

extension RootExtractor {
    /// The root extractor shipped with Khabar, trained by `khabar train root`.
    public static func shipped() throws -> RootExtractor {
        try shippedExtractor.get()
    }

    private static let shippedExtractor: Result<RootExtractor, Error> = Result {
        RootExtractor(templatesTSV: try CliticSegmenter.resource("root-templates"), rootsTSV: try CliticSegmenter.resource("roots"),
                      stemmer: LightStemmer(segmenter: try CliticSegmenter.atb()))
    }

    /// Creates an extractor from templates (in ``templatesTSV`` form) and root counts.
    init(templatesTSV: String, rootsTSV: String, stemmer: LightStemmer) {
        var templates: [Int: [(elements: [Element], count: Int)]] = [:]
        for line in templatesTSV.lines(omittingEmpty: true) {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let count = Int(fields[1]) else { continue }
            let elements = fields[0].split(separator: " ").compactMap(Self.element)
            templates[elements.count, default: []].append((elements, count))
        }
        self.init(templates: templates, roots: WordFrequencies.counts(tsv: rootsTSV), stemmer: stemmer)
    }

    /// The templates as `element element …<TAB>count` lines: a letter, a radical number
    /// (`2`, or `2*` when doubled), or a weak radical and its letter (`2=و`).
    public var templatesTSV: String {
        templates.values.joined().map { template in
            template.elements.map(Self.name).joined(separator: " ") + "\t\(template.count)\n"
        }.sorted().joined()
    }

    /// The roots as `root<TAB>count` lines.
    public var rootsTSV: String { WordFrequencies.tsv(roots, minimum: 1) }

    private static func name(_ element: Element) -> String {
        switch element {
        case let .letter(letter): String(letter)
        case let .radical(index, doubled): "\(index + 1)" + (doubled ? "*" : "")
        case let .weak(index, radical): "\(index + 1)=\(radical)"
        }
    }

    private static func element(_ name: Substring) -> Element? {
        if let index = Int(name.prefix { $0.isNumber }), index >= 1 {
            let rest = name.drop { $0.isNumber }
            if rest.isEmpty { return .radical(index - 1, doubled: false) }
            if rest == "*" { return .radical(index - 1, doubled: true) }
            if rest.hasPrefix("="), let radical = rest.dropFirst().unicodeScalars.first { return .weak(index - 1, radical: radical) }
            return nil
        }
        return name.unicodeScalars.count == 1 ? .letter(name.unicodeScalars.first!) : nil
    }
}

/// Fills ``Document/roots`` with the root of every word token where one can be found.
public struct RootExtraction: DocumentProcessor {
    /// The extractor used.
    public let extractor: RootExtractor

    /// Creates the component around an extractor.
    public init(extractor: RootExtractor) { self.extractor = extractor }

    /// Needs the tokens.
    public var requires: Set<Layer> { [.tokens] }
    /// Produces the roots.
    public var produces: Set<Layer> { [.roots] }

    /// Fills ``Document/roots``, one entry per token (empty where no root was found).
    public func process(_ document: inout Document) {
        document.roots = document.tokens.map { token in
            token.kind == .word ? extractor.root(of: document[token]) ?? "" : ""
        }
    }
}
