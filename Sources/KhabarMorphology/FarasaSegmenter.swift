/// The finer segmentation scheme of Farasa (QCRI): the ATB cut, then the article and the
/// inflectional suffixes split off the stem as well, as in و+ال+ست+ين, ترشيح+ات+ها, أعلن+ت,
/// شرك+ت+ه; the article is written back after ل (للمخرج → ل+ال+مخرج) and merged prepositions
/// are written apart (مما → من+ما), so segments are not always pieces of the surface word.
///
/// The stem's suffixes are split when the corpus attests what is left: ات always; a dual or
/// plural ون ين ان (or the verb's وا) and a verb's ت when the remainder occurs as a word; the
/// feminine ة always, and as ت before an enclitic; the accusative alef (عدد+ا) when the remainder
/// is a word and not a nisba whose -ا form is itself common (سوريا stays whole).
public struct FarasaSegmenter: Sendable {
    /// The ATB segmenter underneath.
    public let atb: CliticSegmenter
    /// Words recur in running text; their cuts are remembered rather than worked out again.
    private let recent = RecentAnswers<[String]>()

    /// Creates the scheme on top of an ATB segmenter.
    public init(atb: CliticSegmenter) { self.atb = atb }

    private static let wholeWords: Set<String> = ["الله", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللذان", "اللتان"]
    /// The stems of the tens (عشرون … تسعون), whose ون/ين is split however short the stem.
    private static let tens: Set<String> = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
    private static let compounds: [String: [String]] = [
        "لأن": ["ل", "أن"], "لكي": ["ل", "كي"], "كذلك": ["ك", "ذلك"], "لذلك": ["ل", "ذلك"],
        "مما": ["من", "ما"], "ممن": ["من", "من"], "عما": ["عن", "ما"], "عمن": ["عن", "من"], "لابد": ["لا", "بد"],
    ]
    /// Adverbs in the accusative whose alef is split although their stem is never written alone.
    private static let accusativeAdverbs: Set<String> = [
        "أيضا", "خصوصا", "شيئا", "جدا", "مؤخرا", "حاليا", "سابقا", "لاحقا", "تقريبا", "أحيانا", "دائما", "أبدا",
        "غالبا", "عموما", "فورا", "معا", "كثيرا", "قليلا", "رسميا", "يوميا", "سنويا", "أساسا", "مثلا", "طبعا",
    ]

    /// The segments of `word` in the Farasa scheme (without diacritics or tatweel).
    public func segments<S: StringProtocol>(of word: S) -> [String] {
        guard word.utf8.count <= CliticSegmenter.longestWordBytes else { return [String(word)] }
        return recent.answer(for: ByteKey(String(word))) { cut(word) }
    }

    private func cut<S: StringProtocol>(_ word: S) -> [String] {
        var cut = atb.segments(of: word).map { CliticSegmenter.lookupForm($0) }.filter { !$0.isEmpty }
        // A proclitic cut off a word, leaving what the news never writes (و+يكيبيديا,
        // ب+اكنغهام, ب+اتت), is the ATB model guessing: the word stays whole.
        if cut.count == 2, ["و", "ف", "ب", "ل", "ك"].contains(cut[0]), cut[1].unicodeScalars.count >= 4 || attested(cut.joined(), atLeast: 20),
           !plausible(cut[1], after: cut[0]) {
            cut = [cut.joined()]
        }
        // The future marker stands before an indicative verb, which never ends in a bare alef
        // (سيدا is a word of its own, not س+يدا).
        if let future = cut.firstIndex(of: "س"), future + 1 < cut.count, cut[future + 1].hasSuffix("ا"), !cut[future + 1].hasSuffix("وا") {
            cut.replaceSubrange(future ... future + 1, with: [cut[future] + cut[future + 1]])
        }
        // لدى with a pronoun is one preposition: لدي+هم, not ل+دي+هم.
        if let preposition = cut.firstIndex(of: "ل"), preposition + 2 < cut.count, cut[preposition + 1] == "دي" {
            cut.replaceSubrange(preposition ... preposition + 1, with: ["لدي"])
        }
        guard let last = cut.last, cut.contains(where: { $0.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } }) else {
            return cut
        }
        if cut.count == 1, Self.wholeWords.contains(last) { return cut }

        let hostRange = SegmentationCandidate.hostRange(of: cut)
        let (first, end) = (hostRange.lowerBound, hostRange.upperBound)
        var host = Array(cut[first..<end].joined().unicodeScalars)
        let enclitic = Array(cut[end...])
        if let parts = Self.compounds[string(host)] { return Array(cut[..<first]) + parts + enclitic }

        if Self.wholeWords.contains(string(host)) { return Array(cut) }
        var middle: [String] = []
        if first > 0, cut[first - 1] == "ل", host.first == "ل", host.count >= 3, attested("ا" + string(host)) {
            middle.append("ال")
            host.removeFirst()
        } else if host.starts(with: "ال".unicodeScalars), host.count >= 4 {
            middle.append("ال")
            host.removeFirst(2)
        }
        let suffixes = inflection(of: &host, beforeEnclitic: !enclitic.isEmpty, definite: !middle.isEmpty)
        return Array(cut[..<first]) + middle + (host.isEmpty ? [] : [string(host)]) + suffixes + enclitic
    }

    /// Takes the inflectional suffixes off `stem` and returns them. A `definite` stem is a noun:
    /// it takes neither a verb's ت nor the indefinite accusative alef.
    private func inflection(of stem: inout [Unicode.Scalar], beforeEnclitic: Bool, definite: Bool) -> [String] {
        let text = string(stem)
        func drop(_ count: Int) -> String {
            let suffix = string(Array(stem.suffix(count)))
            stem.removeLast(count)
            return suffix
        }
        func remainder(_ count: Int) -> String { string(Array(stem.dropLast(count))) }
        if text.hasSuffix("ة"), stem.count >= 3 { return [drop(1)] }
        if beforeEnclitic, text.hasSuffix("ت"), stem.count >= 3, attested(remainder(1) + "ة") { return [drop(1)] }
        if text.hasSuffix("تين") || text.hasSuffix("تان"), stem.count >= 5, attested(remainder(3) + "ة") {
            let ending = drop(2)
            return [drop(1), ending]
        }
        // ات is the feminine plural when its singular is a word (فظاع+ات ← فظاعة) or the stem is
        // long (مشاور+ات); in a short broken plural (أصوات، أوقات) it is part of the stem.
        if text.hasSuffix("ات"), stem.count >= 4,
           stem.count >= 6 || [remainder(2), remainder(2) + "ة", "ال" + remainder(2)].contains(where: { attested($0) }) {
            return [drop(2)]
        }
        if text.hasSuffix("ين") || text.hasSuffix("ون"), Self.tens.contains(remainder(2)) { return [drop(2)] }
        // A dual or plural is rarer than its singular, counted with and without the article; a
        // name (إيران، السودان) is not. A participle's sound plural (متظاهر+ين، باحث+ون) often is
        // more common than its singular, and is split whenever the singular is a word.
        for ending in ["ون", "ين", "ان", "وا"] where text.hasSuffix(ending) && stem.count >= 5 {
            let singular = remainder(2)
            let letters = singular.unicodeScalars.count
            let participle = ending != "ان" && ending != "وا" && !singular.hasSuffix("ي") && !singular.hasSuffix("ا")
                && (singular.hasPrefix("م") && letters >= 4 || singular.unicodeScalars.dropFirst().first == "ا" && letters == 4)
            guard attested(singular, atLeast: participle ? 1 : 3) else { continue }
            if participle || count(singular) + count("ال" + singular) >= count(text) + count("ال" + text) { return [drop(2)] }
        }
        guard !definite else { return [] }
        if text.hasSuffix("ت"), stem.count >= 4, attested(remainder(1), atLeast: 3) { return [drop(1)] }
        // A defective verb loses its final ى/ي before a suffix: نف+ت (نفى), يرم+ون (يرمي).
        if text.hasSuffix("ت"), stem.count == 3, defective(remainder(1)) { return [drop(1)] }
        // يرم+ون is the present of a verb in ي (يرمي), قض+وا the past of one in ى (قضى).
        if text.hasSuffix("ون"), (4...6).contains(stem.count), text.hasPrefix("ي") || text.hasPrefix("ت"),
           attested(remainder(2) + "ي", atLeast: 20), !attested(remainder(2), atLeast: 100) {
            return [drop(2)]
        }
        if text.hasSuffix("وا"), (4...5).contains(stem.count), defective(remainder(2)) { return [drop(2)] }
        // A participle's plural in construct loses its ن: مؤسس+ي (مؤسسين), متطوع+و (متطوعون).
        if text.hasSuffix("ي") || text.hasSuffix("و"), stem.count >= 5, text.hasPrefix("م"),
           attested(remainder(1) + (text.hasSuffix("ي") ? "ين" : "ون")) {
            return [drop(1)]
        }
        if Self.accusativeAdverbs.contains(text) { return [drop(1)] }
        if text.hasSuffix("ا"), stem.count >= 4, attested(remainder(1), atLeast: 3) {
            // A nisba's accusative (رسمي+ا) is rarer than its feminine (رسمية); a country (ألمانيا) is not.
            let base = remainder(1)
            if !base.hasSuffix("ي") || count(base + "ة") > count(text) { return [drop(1)] }
        }
        return []
    }

    /// Whether what follows a proclitic is a word the news writes: itself, without its article
    /// or one suffix, or with the article whose alef ل elides (ل+لائتلاف).
    private func plausible(_ rest: String, after proclitic: String) -> Bool {
        if attested(rest) { return true }
        if rest.hasPrefix("ال"), attested(String(rest.dropFirst(2))) { return true }
        if proclitic == "ل", rest.hasPrefix("ل"), attested("ا" + rest) { return true }
        let scalars = Array(rest.unicodeScalars)
        return ["وا", "ون", "ين", "ات", "ان", "ها", "هم", "هما", "ه", "ة", "ت", "نا"].contains { suffix in
            let length = suffix.unicodeScalars.count
            return scalars.count - length >= 3 && rest.hasSuffix(suffix) && attested(string(Array(scalars.dropLast(length))))
        }
    }

    /// Whether `stem` is a defective verb's stem: the verb with its final ى, ا or ي is common.
    private func defective(_ stem: String) -> Bool {
        ["ى", "ا", "ي"].contains { attested(stem + $0, atLeast: 100) } && !attested(stem, atLeast: 100)
    }

    private func attested(_ word: String, atLeast minimum: Int = 1) -> Bool {
        count(word) >= minimum
    }

    private func count(_ word: String) -> Int {
        atb.model.frequencies.count(of: word)
    }

    private func string(_ scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    /// The surface word that Farasa-scheme `segments` spell: the article's alef drops after ل,
    /// and من/عن merge with ما/من.
    public static func surface(of segments: [String]) -> String {
        var word = ""
        for (index, segment) in segments.enumerated() {
            let previous = index > 0 ? segments[index - 1] : ""
            if previous == "ل", segment == "ال" {
                word += "ل"
            } else if (previous == "من" || previous == "عن"), segment == "ما" || segment == "من" {
                word.removeLast()
                word += "م" + segment.dropFirst()
            } else {
                word += segment
            }
        }
        return word
    }
}
