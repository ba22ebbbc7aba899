import Foundation
import KhabarCore

/// The speech verbs and attribution phrases of Arabic news (`Resources/speech-cues.tsv`): قال،
/// أكد، أضاف، مضيفاً، وفق ما، بحسب … in every form, with the role each plays in attributing a
/// statement.
public struct SpeechCues: Sendable {
    /// What a cue does.
    public enum Role: String, Sendable {
        /// A speech verb whose subject is the speaker: قال، أكد، شدد.
        case say
        /// A verb that continues the last speaker: أضاف، تابع.
        case `continue`
        /// A circumstantial participle after a statement, whose speaker is the clause's: مضيفاً.
        case adverbial
        /// A phrase that introduces the source: وفق ما، بحسب، نقلاً عن.
        case according
        /// A passive speech verb, which names no one: قيل، يقال (it is said that).
        case impersonal
    }

    /// The grammatical gender of a singular verb or participle.
    enum Gender: Sendable {
        case masculine, feminine
    }

    /// One cue form: its words in matching form, its lemma and role, and whether it counts
    /// only when أن/إن, a colon or a quotation mark follows (بين is mostly "between").
    struct Form: Sendable {
        let words: [String]
        let lemma: String
        let role: Role
        let needsComplement: Bool

        /// Whether the phrase holds ما (حسبما، بحسب ما، وفق ما): it attributes what stands before it
        /// even without a comma, and a verb follows it.
        var isRelative: Bool { words.contains("ما") || words.contains("لما") || words.first?.hasSuffix("ما") == true }

        /// The gender the form agrees with, for a singular verb or participle: قال، يقول، مؤكدا
        /// masculine; قالت، تقول، مؤكدة feminine; nil for plurals, duals and phrases.
        let gender: Gender?

        /// Whether the form is a masculine plural (قالوا، يقولون، مضيفين), which no one person speaks.
        let isPlural: Bool

        init(words: [String], lemma: String, role: Role, needsComplement: Bool) {
            (self.words, self.lemma, self.role, self.needsComplement) = (words, lemma, role, needsComplement)
            let normalizedLemma = Normalizer(.search).normalize(lemma)
            gender = words.count == 1 ? Self.gender(of: words[0], lemma: normalizedLemma, role: role) : nil
            isPlural = words.count == 1 && words[0] != normalizedLemma && (role == .adverbial ? ["ين"] : ["وا", "ون"]).contains(where: words[0].hasSuffix)
        }

        private static func gender(of word: String, lemma: String, role: Role) -> Gender? {
            guard !["ون", "ين", "ان", "وا"].contains(where: word.hasSuffix) || word == lemma else { return nil }
            switch role {
            case .say, .continue:
                if word == lemma { return .masculine }
                if word == lemma + "ت" { return .feminine }
                // يقول، تقول; يتابع، تتابع for a lemma that begins with ت.
                if word.hasPrefix("ي") { return .masculine }
                if word.hasPrefix(lemma.hasPrefix("ت") ? "تت" : "ت") { return .feminine }
                return nil
            case .adverbial:
                return word.hasSuffix("ه") ? .feminine : word.hasSuffix("ا") ? .masculine : nil
            case .according, .impersonal:
                return nil
            }
        }
    }

    /// Forms by their first word.
    private let forms: [String: [Form]]

    /// Reads `form<TAB>lemma<TAB>class` lines; classes other than say, continue, adverbial,
    /// according and impersonal (and their `-ambiguous` variants) are ignored.
    public init(tsv: String) {
        let normalizer = Normalizer(.search)
        var forms: [String: [Form]] = [:]
        for line in tsv.lines(omittingEmpty: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3 else { continue }
            let ambiguous = fields[2].hasSuffix("-ambiguous")
            guard let role = Role(rawValue: String(ambiguous ? fields[2].dropLast("-ambiguous".count) : fields[2])) else { continue }
            let words = fields[0].split(separator: " ").map { normalizer.normalize($0) }
            guard let first = words.first else { continue }
            forms[first, default: []].append(Form(words: words, lemma: String(fields[1]), role: role, needsComplement: ambiguous))
        }
        // Longest forms first, so that وفق ما wins over وفق.
        self.forms = forms.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The cues shipped with Khabar.
    public static func shipped() throws -> SpeechCues {
        guard let url = Bundle.module.url(forResource: "speech-cues", withExtension: "tsv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "KhabarQuotes/Resources/speech-cues.tsv"])
        }
        return SpeechCues(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// A cue found in running text.
    struct Match {
        /// The tokens it covers.
        let tokens: Range<Int>
        /// How many scalars of its first token are a proclitic و or ف.
        let proclitic: Int
        let form: Form
    }

    /// The cue that starts at token `index` of `words` (tokens in matching form), if any. A
    /// leading و or ف is tried off when the whole token is no cue (وأكد → أكد, but وعد stays),
    /// and so is the future's س (وسيقول → يقول).
    func match(at index: Int, in words: [String]) -> Match? {
        let token = words[index]
        if let found = match(first: token, at: index, in: words, proclitic: 0) ?? future(token, at: index, in: words, proclitic: 0) { return found }
        guard let letter = token.unicodeScalars.first, letter == "و" || letter == "ف", token.unicodeScalars.count > 2 else { return nil }
        let rest = String(token.unicodeScalars.dropFirst())
        return match(first: rest, at: index, in: words, proclitic: 1) ?? future(rest, at: index, in: words, proclitic: 1)
    }

    /// A present-tense cue behind the future's س (سيقول، ستؤكد), which counts as a proclitic.
    private func future(_ word: String, at index: Int, in words: [String], proclitic: Int) -> Match? {
        let scalars = word.unicodeScalars
        guard scalars.count > 3, scalars.first == "س", let next = scalars.dropFirst().first, "يتن".unicodeScalars.contains(next) else { return nil }
        return match(first: String(scalars.dropFirst()), at: index, in: words, proclitic: proclitic + 1)
    }

    private func match(first: String, at index: Int, in words: [String], proclitic: Int) -> Match? {
        guard let candidates = forms[first] else { return nil }
        // The longest form wins (في مؤتمر صحفي مشترك over في مؤتمر صحفي), and at equal length
        // a word written out wins over a glued ل (وفقا لما over وفقا ل).
        var best: (form: Form, exact: Bool)?
        for form in candidates where index + form.words.count <= words.count {
            let rest = zip(form.words.dropFirst(), words[(index + 1)...])
            // A final ل stands for the preposition glued to the next word (في تصريح لوكالة).
            guard rest.allSatisfy({ cue, word in cue == word || (cue == "ل" && word.hasPrefix("ل") && word.count > 1) }) else { continue }
            let exact = rest.allSatisfy { $0 == $1 }
            if best.map({ form.words.count > $0.form.words.count || (form.words.count == $0.form.words.count && exact && !$0.exact) }) ?? true {
                best = (form, exact)
            }
        }
        return best.map { Match(tokens: index ..< index + $0.form.words.count, proclitic: proclitic, form: $0.form) }
    }
}
