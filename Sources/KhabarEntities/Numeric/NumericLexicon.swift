/// A folded vocabulary word, interned: every word the recognizer knows gets a small integer,
/// so that after one hash per token the readers compare and look up integers. (Hashing a
/// non-ASCII Swift `String` normalizes it first, which made string-keyed tables the
/// bottleneck.) `-1` means "not a vocabulary word".
typealias WordID = Int32

/// FNV-1a over scalar values: a fast hash of a folded word that needs no `String`.
@inline(__always)
func scalarHash<C: Collection>(_ s: C) -> UInt64 where C.Element == Unicode.Scalar {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in s {
        h ^= UInt64(c.value)
        h = h &* 0x0000_0100_0000_01b3
    }
    return h
}

/// The numeric vocabulary with every key folded and interned, built once and shared.
///
/// `NumericVocabulary` is written for people; this is the same data keyed the way tokens are
/// looked up.
struct NumericLexicon: Sendable {
    /// The process-wide instance; building it costs a few hundred folds, once.
    static let shared = NumericLexicon()

    /// Hash of a folded word → its interned id; `words` confirms the match.
    private let ids: [UInt64: WordID]
    /// The folded scalars of each interned word, by id.
    private let words: [[Unicode.Scalar]]

    let cardinals: [WordID: Int]
    let teenHeads: [WordID: Int]
    let hundreds: [WordID: Int]
    let scales: [WordID: (power: Int, form: NumericVocabulary.ScaleForm)]
    let fractions: [WordID: DecimalNumber]
    let vagueQuantities: Set<WordID>
    let ordinals: [WordID: Int]
    let clockCardinals: [WordID: Int]
    let months: [WordID: (month: Int, series: NumericVocabulary.MonthSeries, needsContext: Bool)]
    let twoWordMonths: [WordID: [WordID: (month: Int, series: NumericVocabulary.MonthSeries)]]
    let weekdays: [WordID: Int]
    let yearCues: Set<WordID>
    let gregorianEraMarks: Set<WordID>
    let hijriEraMarks: Set<WordID>
    let dateIntroducers: Set<WordID>
    let temporalPrepositions: Set<WordID>
    let periodParts: Set<WordID>
    let definitePeriods: [WordID: NumericVocabulary.Period]
    let relativeDirections: [WordID: Int]
    let demonstratives: Set<WordID>
    let relativeDays: [WordID: Int]
    let presentWords: Set<WordID>
    let durationUnits: [WordID: (designator: String, multiplier: Int, dual: Bool, isTime: Bool)]
    let clockCues: Set<WordID>
    let partsOfDay: [WordID: (code: String, isPM: Bool)]
    let clockFractions: [WordID: Int]
    let currencies: [WordID: (base: String, code: String?)]
    let currencySymbols: [WordID: String]
    let nationalities: [String: String]
    let qualifiedCurrencies: [String: [String: String]]
    let percentWords: Set<WordID>
    let percentNouns: Set<WordID>
    let percentCues: Set<WordID>
    let identifierCues: Set<WordID>
    let approximators: Set<WordID>
    let pluralPeriods: Set<WordID>
    let recentWords: Set<WordID>
    let frequencies: [WordID: String]
    let decades: [WordID: Int]
    let monthEpithets: Set<WordID>
    let weekdayNameHeads: Set<WordID>
    let pluralDurationUnits: Set<WordID>
    let rangeConnectors: Set<WordID>
    /// Single function words the readers test for by identity.
    let min, fi, kull, illa, yawm, shahr, laylah, muddah, murabba, mukaab: WordID
    let amsDefinite, awwalDefinite, awwal, today, qabl, baad, mundhu: WordID

    private init() {
        typealias V = NumericVocabulary
        var ids: [UInt64: WordID] = [:]
        var words: [[Unicode.Scalar]] = []
        func intern(_ w: String) -> WordID {
            let f = Array(NumericFolding.fold(Substring(w)).unicodeScalars)
            let h = scalarHash(f)
            if let id = ids[h] {
                // A 64-bit collision between two vocabulary words would show up here.
                precondition(words[Int(id)] == f, "numeric vocabulary hash collision")
                return id
            }
            let id = WordID(words.count)
            ids[h] = id
            words.append(f)
            return id
        }
        func keys<T>(_ d: [String: T]) -> [WordID: T] {
            var out: [WordID: T] = [:]
            for (k, v) in d { out[intern(k)] = v }
            return out
        }
        func set(_ s: Set<String>) -> Set<WordID> { Set(s.map(intern)) }
        cardinals = keys(V.cardinals)
        teenHeads = keys(V.teenHeads)
        hundreds = keys(V.hundreds)
        scales = keys(V.scales)
        fractions = keys(V.fractions)
        vagueQuantities = set(V.vagueQuantities)
        ordinals = keys(V.ordinals)
        clockCardinals = keys(V.clockCardinals)
        months = keys(V.months)
        twoWordMonths = keys(V.twoWordMonths.mapValues { keys($0) })
        weekdays = keys(V.weekdays)
        yearCues = set(V.yearCues)
        gregorianEraMarks = set(V.gregorianEraMarks)
        hijriEraMarks = set(V.hijriEraMarks)
        dateIntroducers = set(V.dateIntroducers)
        temporalPrepositions = set(V.temporalPrepositions)
        periodParts = set(V.periodParts)
        definitePeriods = keys(V.definitePeriods)
        relativeDirections = keys(V.relativeDirections)
        demonstratives = set(V.demonstratives)
        relativeDays = keys(V.relativeDays)
        presentWords = set(V.presentWords)
        durationUnits = keys(V.durationUnits)
        clockCues = set(V.clockCues)
        partsOfDay = keys(V.partsOfDay)
        clockFractions = keys(V.clockFractions)
        currencies = keys(V.currencies.mapValues { (base: NumericFolding.fold(Substring($0.base)), code: $0.code) })
        currencySymbols = keys(V.currencySymbols)
        var nat: [String: String] = [:]
        for (k, v) in V.nationalities { nat[NumericFolding.fold(Substring(k))] = v }
        nationalities = nat
        var qc: [String: [String: String]] = [:]
        for (k, v) in V.qualifiedCurrencies { qc[NumericFolding.fold(Substring(k))] = v }
        qualifiedCurrencies = qc
        percentWords = set(V.percentWords)
        percentNouns = set(V.percentNouns)
        percentCues = set(V.percentCues)
        identifierCues = set(V.identifierCues)
        approximators = set(V.approximators)
        pluralPeriods = set(V.pluralPeriods)
        recentWords = set(V.recentWords)
        frequencies = keys(V.frequencies)
        decades = keys(V.decades)
        monthEpithets = set(V.monthEpithets)
        weekdayNameHeads = set(V.weekdayNameHeads)
        pluralDurationUnits = set(V.pluralDurationUnits)
        rangeConnectors = set(["إلى", "حتى", "لغاية"])
        min = intern("من"); fi = intern("في"); kull = intern("كل"); illa = intern("إلا")
        yawm = intern("يوم"); shahr = intern("شهر"); laylah = intern("الليلة"); muddah = intern("مدة")
        murabba = intern("مربع"); mukaab = intern("مكعب"); amsDefinite = intern("الأمس")
        awwalDefinite = intern("الأول"); awwal = intern("أول"); today = intern("اليوم")
        qabl = intern("قبل"); baad = intern("بعد"); mundhu = intern("منذ")
        self.ids = ids
        self.words = words
    }

    /// The id of an already-folded word, or -1.
    @inline(__always)
    func id<C: Collection>(_ folded: C) -> WordID where C.Element == Unicode.Scalar {
        guard let id = ids[scalarHash(folded)], words[Int(id)].elementsEqual(folded) else { return -1 }
        return id
    }

    /// The id of an already-folded word given as a string, or -1.
    func id(_ folded: String) -> WordID { id(folded.unicodeScalars) }

    /// The nationality adjective behind `word` with its article, feminine ending and
    /// accusative alef removed (الأمريكية، أمريكياً → أمريكي), or `nil`.
    func nationality(_ word: String) -> String? {
        var s = Substring(word)
        if s.hasPrefix("ال") && s.count > 4 { s = s.dropFirst(2) }
        if s.hasSuffix("ا") { s = s.dropLast() }
        if s.hasSuffix("ه") { s = s.dropLast() }
        return nationalities[String(s)]
    }
}

/// Which proclitics a lookup may look through.
///
/// Arabic glues conjunctions and prepositions to the next word (وثلاثة، لعام، بنسبة). Each
/// vocabulary role allows only the clitics that make sense for it, which keeps `لست`
/// ("I am not") from reading as ل+ست "six".
struct CliticPolicy: OptionSet, Sendable {
    let rawValue: UInt8
    /// و or ف in front.
    static let conjunction = CliticPolicy(rawValue: 1)
    /// ب، ل، ك in front, possibly after a conjunction; ل+ال is written لل.
    static let preposition = CliticPolicy(rawValue: 2)
    /// The article ال in front (الثلاث، الخمسة) for words listed without it.
    static let article = CliticPolicy(rawValue: 4)
    /// و/ف, or a preposition after an optional و/ف.
    static let conjunctionOrPreposition = CliticPolicy(rawValue: 3)
    /// A preposition or the article.
    static let prepositionOrArticle = CliticPolicy(rawValue: 6)
}

/// One token as the recognizer sees it: folded once, with the vocabulary ids of its
/// clitic-stripped readings and, for digit runs, the parsed numeral. A class, because the
/// readers look at each token many times and a reference is cheaper to pass than the fields.
final class AnalyzedToken: Sendable {
    /// The folded full token, as scalars.
    let scalars: [Unicode.Scalar]
    /// The folded full token as a string, for the rare lookups that are not by id.
    var folded: String { String(String.UnicodeScalarView(scalars)) }
    /// The id of the full token.
    let id: WordID
    /// The id of the token without a leading و/ف.
    let conjID: WordID
    /// The id of the token without a leading (و|ف)?(ب|ل|ك), with لل restored to ال; at least
    /// three letters remain, so short words do not dissolve into clitics.
    let prepID: WordID
    /// The id of the token without a leading ال (after any conjunction).
    let artID: WordID
    /// Whether the preposition stripped for `prepID` was ك, which numbers do not take
    /// (`كمية` "quantity" is not ك + مئة).
    let prepIsKaf: Bool
    /// Whether the token starts with the conjunction و and has more after it.
    let startsWithWaw: Bool
    /// Whether the token starts with و or ف and has more after it.
    let hasConjunction: Bool
    /// Whether the token starts with ال, possibly after و/ف: the mark of a definite noun.
    let isDefinite: Bool
    /// The scalar when the token is a single punctuation or symbol character.
    let punct: Unicode.Scalar?
    /// The parsed numeral, when the token is a digit run (with clitics and suffixes around it).
    let numeral: Numeral?
    /// Whether the token starts with a letter, digit or symbol; other tokens never start a match.
    let isWordLike: Bool

    init(_ token: Substring, lexicon lex: NumericLexicon) {
        let scalars = NumericFolding.foldScalars(token)
        self.scalars = scalars
        id = lex.id(scalars)
        var conj: WordID = -1, prep: WordID = -1, art: WordID = -1
        var rest = scalars[...]
        var waw = false, conjunction = false, kaf = false
        if let first = rest.first, first == "و" || first == "ف", rest.count > 2 {
            rest = rest.dropFirst()
            conj = lex.id(rest)
            waw = first == "و"
            conjunction = true
        }
        if let first = rest.first, first == "ب" || first == "ل" || first == "ك", rest.count > 3 {
            let after = rest.dropFirst()
            kaf = first == "ك"
            if first == "ل", after.first == "ل" {
                var restored: [Unicode.Scalar] = ["ا"]                  // للعام = ل + العام
                restored.append(contentsOf: after)
                prep = lex.id(restored)
            } else {
                prep = lex.id(after)
            }
        }
        let definite = rest.count > 2 && rest[rest.startIndex] == "ا" && rest[rest.startIndex + 1] == "ل"
        if definite && rest.count > 4 {
            art = lex.id(rest.dropFirst(2))
        }
        conjID = conj
        prepID = prep
        artID = art
        startsWithWaw = waw
        prepIsKaf = kaf
        hasConjunction = conjunction
        isDefinite = definite
        numeral = scalars.isEmpty ? nil : Numeral.parse(scalars)
        if let s = scalars.first {
            let alnum = NumericFolding.isDigit(s) || NumericFolding.isLetter(s)
            punct = scalars.count == 1 && !alnum ? s : nil
            isWordLike = alnum || s == "$" || s == "%" || s == "€" || s == "£" || s == "¥" || numeral != nil
        } else {
            punct = nil
            isWordLike = false
        }
    }

    /// Whether any reading of the token is a vocabulary word.
    var isVocabulary: Bool { id >= 0 || conjID >= 0 || prepID >= 0 || artID >= 0 }

    /// The first reading allowed by `policy` that `table` knows.
    @inline(__always)
    func lookup<T>(_ table: [WordID: T], _ policy: CliticPolicy = []) -> T? {
        if id >= 0, let v = table[id] { return v }
        if policy.contains(.conjunction), conjID >= 0, let v = table[conjID] { return v }
        if policy.contains(.preposition), prepID >= 0, let v = table[prepID] { return v }
        if policy.contains(.article), artID >= 0, let v = table[artID] { return v }
        return nil
    }

    /// Set membership under the same clitic policy as `lookup`.
    @inline(__always)
    func isIn(_ set: Set<WordID>, _ policy: CliticPolicy = []) -> Bool {
        if id >= 0, set.contains(id) { return true }
        if policy.contains(.conjunction), conjID >= 0, set.contains(conjID) { return true }
        if policy.contains(.preposition), prepID >= 0, set.contains(prepID) { return true }
        if policy.contains(.article), artID >= 0, set.contains(artID) { return true }
        return false
    }

    /// Whether the token is `word`, possibly behind the clitics `policy` allows.
    @inline(__always)
    func isWord(_ word: WordID, _ policy: CliticPolicy = []) -> Bool {
        if id == word { return true }
        if policy.contains(.conjunction), conjID == word { return true }
        if policy.contains(.preposition), prepID == word { return true }
        return false
    }

    /// Whether the token opens with the conjunction و and the rest is in `table`; number
    /// words after the first are joined by و (ستة وثلاثين), and that is how the parser knows
    /// a following word continues the number.
    @inline(__always)
    func conjoined<T>(_ table: [WordID: T]) -> T? {
        guard startsWithWaw, conjID >= 0 else { return nil }
        return table[conjID]
    }
}
