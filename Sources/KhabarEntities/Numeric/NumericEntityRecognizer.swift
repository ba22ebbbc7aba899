/// Finds dates, times, numbers, amounts of money and percentages in a tokenized sentence and
/// normalizes their values.
///
/// The recognizer is a left-to-right scanner: at each token it asks every expression reader
/// (calendar, clock, amount) for the longest expression starting there, keeps the longest
/// (ties go to the more specific kind: DATE, TIME, MONEY, PERCENT, NUMBER), and continues after
/// it. Every reader looks a bounded number of tokens ahead, so the work is linear in the
/// sentence length whatever the input. The value is immutable and cheap to copy; share one.
public struct NumericEntityRecognizer: Sendable {
    private let lexicon: NumericLexicon

    /// Creates a recognizer over the built-in Arabic vocabulary (loaded once per process).
    public init() {
        lexicon = .shared
    }

    /// Finds the numeric and temporal entities of one sentence.
    ///
    /// - Parameters:
    ///   - tokens: the surface tokens of one sentence, in order; proclitics may be glued on,
    ///     punctuation is expected as separate tokens, digit runs may keep their separators.
    ///   - articleDate: the article's date when known. Deictic expressions (أمس، الاثنين،
    ///     الأسبوع المقبل، قبل ثلاثة أيام) resolve against it; without it they get TIMEX3
    ///     placeholders of the right granularity (`XXXX-XX-XX`, `XXXX-WXX-1`, `XXXX`).
    /// - Returns: non-overlapping matches sorted by position.
    public func recognize(_ tokens: [Substring], articleDate: (year: Int, month: Int, day: Int)?) -> [NumericEntity] {
        if tokens.isEmpty { return [] }
        var anchor: CivilDate?
        if let a = articleDate { anchor = CalendarMath.validDate(year: a.year, month: a.month, day: a.day) }
        let lex = lexicon
        let scanner = NumericScanner(tokens: tokens.map { AnalyzedToken($0, lexicon: lex) }, lexicon: lex, anchor: anchor)
        return scanner.scan()
    }
}

/// One expression found by a reader, before the scanner picks among competing readings.
struct NumericMatch: Sendable {
    var start: Int
    var end: Int
    var kind: NumericEntityKind
    var value: String
    var unit: String? = nil

    /// Rank among equally long readings: a date reading of `2015` beats a number reading.
    var priority: Int {
        switch kind {
        case .date: return 5
        case .time: return 4
        case .money: return 3
        case .percent: return 2
        case .number: return 1
        }
    }
}

/// The per-sentence state shared by the expression readers: analyzed tokens, vocabulary and
/// the anchor date. The readers live in extensions, one file per family of expressions.
struct NumericScanner {
    let t: [AnalyzedToken]
    let lex: NumericLexicon
    let anchor: CivilDate?

    init(tokens: [AnalyzedToken], lexicon: NumericLexicon, anchor: CivilDate?) {
        t = tokens
        lex = lexicon
        self.anchor = anchor
    }

    /// Runs the readers over the sentence and keeps the longest reading at each position.
    func scan() -> [NumericEntity] {
        var out: [NumericEntity] = []
        var i = 0
        while i < t.count {
            // Every reading starts at a vocabulary word, a numeral or a currency symbol; most
            // tokens of running text are none of these and cost nothing more.
            guard t[i].isWordLike, t[i].numeral != nil || t[i].isVocabulary else { i += 1; continue }
            var best = matchDate(at: i)
            for m in [matchClock(at: i), matchAmount(at: i)] {
                guard let m else { continue }
                if let b = best {
                    let (lm, lb) = (m.end - m.start, b.end - b.start)
                    if lm > lb || (lm == lb && m.priority > b.priority) { best = m }
                } else {
                    best = m
                }
            }
            if let b = best, b.end > i {
                out.append(NumericEntity(tokens: b.start..<b.end, kind: b.kind, value: b.value, unit: b.unit))
                i = b.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether token `j` exists and is exactly the punctuation mark `p`.
    @inline(__always)
    func isPunct(_ j: Int, _ p: Unicode.Scalar) -> Bool { j >= 0 && j < t.count && t[j].punct == p }

    /// Whether token `j` exists and belongs to `set` under the clitic policy.
    @inline(__always)
    func has(_ j: Int, in set: Set<WordID>, _ policy: CliticPolicy = []) -> Bool {
        j >= 0 && j < t.count && t[j].isIn(set, policy)
    }

    /// Whether token `j` exists and is `word` (behind the clitics `policy` allows).
    @inline(__always)
    func isWord(_ j: Int, _ word: WordID, _ policy: CliticPolicy = []) -> Bool {
        j >= 0 && j < t.count && t[j].isWord(word, policy)
    }

    /// Whether token `j` exists and starts with `ال`, the mark of a following adjective.
    func isDefiniteWord(_ j: Int) -> Bool { j >= 0 && j < t.count && t[j].isDefinite }
}
