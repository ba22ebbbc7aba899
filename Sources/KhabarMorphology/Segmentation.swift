import KhabarCore

/// How finely a word is cut into its clitics and affixes.
public enum SegmentationScheme: String, CaseIterable, Sendable {
    /// The Penn Arabic Treebank scheme (UD Arabic): conjunctions, prepositions, the future
    /// marker and pronoun enclitics split off; `ال` stays on its noun (وبالتالي → و+ب+التالي).
    case atb
    /// The finer scheme of Farasa: also the article and the inflectional suffixes
    /// (و+ال+ست+ين, ترشيح+ات+ها, أعلن+ت), the article written back after ل (ل+ال+مخرج).
    case farasa
}

/// One way of cutting a word: proclitics, a stem, enclitics, as pieces of the surface word.
struct SegmentationCandidate: Hashable, Sendable {
    /// The proclitics, in order (و, ب).
    let prefixes: [String]
    /// The stem as written in the surface word (for ل+لحظر, `لحظر`); may be empty (ل+ه).
    let stem: String
    /// The pronoun enclitic, or empty.
    let suffix: String

    /// The pieces, in order, without empty ones.
    var segments: [String] {
        prefixes + [stem, suffix].filter { !$0.isEmpty }
    }

    /// Whether nothing is split off.
    var isWhole: Bool { prefixes.isEmpty && suffix.isEmpty }

    /// The forms the stem stands for when written alone: the article restored after ل (لحظر →
    /// الحظر) and teh marbuta restored before an enclitic (مجموعت → مجموعة).
    var standaloneStems: [String] {
        var forms = [stem]
        if prefixes.last == "ل", stem.hasPrefix("ل") { forms.append("ا" + stem) }
        if !suffix.isEmpty, stem.hasSuffix("ت") { forms.append(String(stem.dropLast()) + "ة") }
        if !suffix.isEmpty, stem.hasSuffix("ا") { forms.append(String(stem.dropLast()) + "ى") }
        return forms
    }

    /// Every way of cutting `word` that Arabic orthography allows: an optional conjunction
    /// (و ف), an optional preposition or future marker (ب ل ك س), an optional pronoun enclitic.
    static func candidates(of word: String) -> [SegmentationCandidate] {
        let letters = Array(word.unicodeScalars)
        var result: [SegmentationCandidate] = []
        for conjunction in ["", "و", "ف"] {
            for particle in ["", "ب", "ل", "ك", "س"] {
                let prefix = Array((conjunction + particle).unicodeScalars)
                guard letters.starts(with: prefix) else { continue }
                let rest = letters[prefix.count...]
                for suffix in enclitics where rest.reversed().starts(with: suffix.unicodeScalars.reversed()) {
                    let stem = String(String.UnicodeScalarView(rest.dropLast(suffix.unicodeScalars.count)))
                    guard allows(stem: stem, particle: particle, suffix: suffix, prefixed: !prefix.isEmpty) else { continue }
                    result.append(SegmentationCandidate(prefixes: [conjunction, particle].filter { !$0.isEmpty }, stem: stem, suffix: suffix))
                }
            }
        }
        return result
    }

    /// The pronoun enclitics of the ATB scheme, and none.
    static let enclitics = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"]

    /// Where the host lies among the segments of a cut word: after the proclitics (و ف ب ل ك س)
    /// and before a pronoun enclitic, never empty when there are segments.
    static func hostRange(of segments: [String]) -> Range<Int> {
        var first = 0, end = segments.count
        while first < end - 1, proclitics.contains(segments[first]) { first += 1 }
        if end - first > 1, pronouns.contains(segments[end - 1]) { end -= 1 }
        return first..<end
    }

    private static let proclitics: Set<String> = ["و", "ف", "ب", "ل", "ك", "س"]
    private static let pronouns = Set(enclitics.filter { !$0.isEmpty })

    private static func allows(stem: String, particle: String, suffix: String, prefixed: Bool) -> Bool {
        if stem.isEmpty {
            // Only a preposition can take a pronoun with nothing between (له، بها، لي).
            return ["ب", "ل", "ك"].contains(particle) && !suffix.isEmpty
        }
        if particle == "س" {
            // The future marker stands before an imperfect verb.
            guard let first = stem.unicodeScalars.first, "يتنأ".unicodeScalars.contains(first), stem.unicodeScalars.count >= 3 else { return false }
        }
        if stem.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) { return true } // و+٦
        return stem.unicodeScalars.count >= 2 || !prefixed && suffix.isEmpty
    }
}
