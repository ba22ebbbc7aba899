/// A digit run as it arrives from the tokenizer, parsed once per token.
///
/// Khabar's tokenizer keeps `3.5`, `1,000`, `15/9/2015`, `10:30` and `15%` together and leaves
/// proclitics glued (`و1,000`), while CoNLL corpora split the separators off; this type reads
/// the glued forms, and `NumberWords` and the calendar matchers put split ones back together.
struct Numeral: Sendable {
    /// What the digits spell.
    enum Form: Sendable {
        /// A quantity. `plain` means bare digits with no separator at all, which is what a
        /// year or a day of the month looks like; `integerDigits` counts digits before any point.
        case number(DecimalNumber, plain: Bool, integerDigits: Int)
        /// A clock reading `H:MM[:SS]`.
        case clock(hour: Int, minute: Int)
        /// A calendar date from `D/M/Y`, `D-M-Y` or `Y-M-D`, fields already in order.
        case date(year: Int, month: Int, day: Int)
        /// Two years joined by `/` or `-` (`1931/1932`, `2015-2016`).
        case yearRange(Int, Int)
        /// Digits that are none of the above (`15/9`, `1.2.3.4`); never an entity on their own.
        case other
    }

    /// The parsed digits.
    var form: Form
    /// How many proclitic letters (و ف ب ل ك) precede the digits.
    var prefixLength: Int
    /// Folded letters glued after the digits (`م` in `2015م`, `هجري` in `1348هجري`).
    var suffix: String
    /// Whether `%`/`٪` is glued to the digits.
    var isPercent: Bool
    /// ISO 4217 code of a glued currency symbol (`$100`).
    var currency: String?

    /// The value when the digits are a plain quantity with nothing unexpected glued on.
    var quantity: DecimalNumber? {
        if case .number(let v, _, _) = form { return v }
        return nil
    }

    /// The value as an integer when the token is bare digits (optionally with a clitic in
    /// front and an era mark behind), the shape of days, hours and years.
    var plainInteger: Int? {
        if case .number(let v, true, _) = form, !isPercent, currency == nil { return v.intValue }
        return nil
    }

    /// Parses folded scalars; `nil` when the token does not contain a digit run where a
    /// number can start.
    static func parse(_ s: [Unicode.Scalar]) -> Numeral? {
        var i = 0
        while i < s.count && i < 2, "وفبلك".unicodeScalars.contains(s[i]) { i += 1 }
        let prefixLength = i
        var percent = false
        var currency: String?
        while i < s.count {
            if s[i] == "%" { percent = true } else if let c = symbolCurrency(s[i]) { currency = c } else { break }
            i += 1
        }
        guard i < s.count, NumericFolding.isDigit(s[i]) else { return nil }
        let coreStart = i
        while i < s.count, NumericFolding.isDigit(s[i]) || s[i] == "." || s[i] == "," || s[i] == "/"
            || s[i] == ":" || s[i] == "-" {
            i += 1
        }
        var coreEnd = i
        while coreEnd > coreStart, !NumericFolding.isDigit(s[coreEnd - 1]) { coreEnd -= 1 }
        while i < s.count {
            if s[i] == "%" { percent = true } else if let c = symbolCurrency(s[i]) { currency = c } else { break }
            i += 1
        }
        let suffix = String(String.UnicodeScalarView(s[i...]))
        let form = classify(s[coreStart..<coreEnd])
        return Numeral(form: form, prefixLength: prefixLength, suffix: suffix, isPercent: percent, currency: currency)
    }

    private static func symbolCurrency(_ s: Unicode.Scalar) -> String? {
        switch s {
        case "$": return "USD"
        case "€": return "EUR"
        case "£": return "GBP"
        case "¥": return "JPY"
        default: return nil
        }
    }

    private static func classify(_ core: ArraySlice<Unicode.Scalar>) -> Form {
        var hasSlash = false, hasColon = false, hasDash = false, hasComma = false, hasPoint = false
        for c in core {
            switch c {
            case "/": hasSlash = true
            case ":": hasColon = true
            case "-": hasDash = true
            case ",": hasComma = true
            case ".": hasPoint = true
            default: break
            }
        }
        if hasColon {
            guard !hasSlash, !hasDash, !hasComma, !hasPoint else { return .other }
            let parts = split(core, on: ":")
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count >= 1 && $0.count <= 2 }),
                  let h = intValue(parts[0]), let m = intValue(parts[1]), h <= 24, m <= 59 else { return .other }
            return .clock(hour: h, minute: m)
        }
        if hasSlash || hasDash {
            guard !(hasSlash && hasDash), !hasComma, !hasPoint else { return .other }
            let parts = split(core, on: hasSlash ? "/" : "-")
            let values = parts.compactMap { intValue($0) }
            guard values.count == parts.count else { return .other }
            if parts.count == 2, parts[0].count == 4, parts[1].count == 4, values[1] > values[0], values[1] - values[0] < 200 {
                return .yearRange(values[0], values[1])
            }
            guard parts.count == 3 else { return .other }
            if parts[0].count == 4 {
                return CalendarMath.validDate(year: values[0], month: values[1], day: values[2])
                    .map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .other
            }
            guard parts[2].count == 4 else { return .other }
            return CalendarMath.dayFirstDate(values[0], values[1], values[2])
                .map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .other
        }
        var digits = core
        var plain = true
        if hasComma {
            plain = false
            let groups = split(core, on: ",")
            let thousands = groups.count > 1 && groups[0].count <= 3 && !groups[0].contains(".")
                && groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 })
                && (groups.last!.count == 3 || (groups.last!.count > 3 && groups.last![groups.last!.startIndex + 3] == "."))
            if thousands {
                digits = ArraySlice(core.filter { $0 != "," })
            } else if groups.count == 2 && !hasPoint {
                digits = ArraySlice(core.map { $0 == "," ? "." : $0 })  // 3,5 written the French way
            } else {
                return .other
            }
        } else if hasPoint {
            plain = false
            let groups = split(core, on: ".")
            if groups.count > 2 {
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .other }
                digits = ArraySlice(core.filter { $0 != "." })  // 1.000.000 written the German way
            }
        }
        guard let v = DecimalNumber.parse(asciiDigits: digits) else { return .other }
        var integerDigits = 0
        for c in digits { if c == "." { break }; integerDigits += 1 }
        return .number(v, plain: plain, integerDigits: integerDigits)
    }

    private static func split(_ s: ArraySlice<Unicode.Scalar>, on sep: Unicode.Scalar) -> [ArraySlice<Unicode.Scalar>] {
        s.split(separator: sep, omittingEmptySubsequences: false)
    }

    private static func intValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 9 else { return nil }
        var v = 0
        for c in s {
            guard NumericFolding.isDigit(c) else { return nil }
            v = v * 10 + Int(c.value - 0x30)
        }
        return v
    }
}

/// The result of reading a number expression over one or more tokens.
struct NumberExpression: Sendable {
    /// One past the last token of the expression.
    var end: Int
    /// The exact value; `nil` for vague quantities (بضعة، عشرات، آلاف).
    var value: DecimalNumber?
    /// Whether a `%` was glued to the digits.
    var isPercent: Bool
    /// A currency symbol glued to the digits.
    var currency: String?
    /// Whether the expression is one token of bare digits, possibly with an era mark glued on.
    var isSingleBareNumeral: Bool
    /// Whether number words (not digits) made up the expression.
    var usesWords: Bool
    /// The dual of a scale word (ألفين، مليوني) spelled the count itself.
    var numeral: Numeral?
}

/// Reads Arabic number expressions: digits, number words, and their combinations with
/// scale words (`3.5 مليون`, `ستة وثلاثين مليون وأربعمائة ألف`, `نصف مليون`, `ألفين`).
///
/// The grammar is the one written numbers follow: within a group below a thousand, hundreds
/// come first, then units before tens, each later term joined by و; a scale word multiplies the
/// group before it and closes it. Anything that breaks the grammar ends the expression, so a
/// list of numbers reads as separate numbers. Reading stops after `maxTokens`, which keeps the
/// scanner linear on a sentence made of nothing but number words.
enum NumberWords {
    /// The longest expression the parser will read, in tokens.
    static let maxTokens = 12

    private enum Term {
        case digits(DecimalNumber)
        case cardinal(Int)
        case teenHead(Int)
        case hundred(Int)
        case scale(Int, NumericVocabulary.ScaleForm)
        case fraction(DecimalNumber)
        case vague
    }

    /// Classifies a token as a number term. The first token of an expression may carry any
    /// proclitic (بستة، وثلاثة، الثلاث); later ones only the conjunction that joins them.
    private static func term(_ t: AnalyzedToken, first: Bool, lex: NumericLexicon) -> (Term, conjoined: Bool)? {
        if let n = t.numeral {
            guard n.suffix.isEmpty, case .number(let v, _, _) = n.form else { return nil }
            let conj = n.prefixLength == 1 && t.hasConjunction
            if !first && n.prefixLength > 0 && !conj { return nil }
            return (.digits(v), conj)
        }
        if t.id < 0 && t.conjID < 0 && t.prepID < 0 && t.artID < 0 { return nil }
        if let v = lex.cardinals[t.id] { return (.cardinal(v), false) }
        if let v = lex.hundreds[t.id] { return (.hundred(v), false) }
        if let s = lex.scales[t.id] { return (.scale(s.power, s.form), false) }
        if let f = lex.fractions[t.id] { return (.fraction(f), false) }
        if let v = lex.teenHeads[t.id] { return (.teenHead(v), false) }
        if first && lex.vagueQuantities.contains(t.id) { return (.vague, false) }
        if let v = t.conjoined(lex.cardinals) { return (.cardinal(v), true) }
        if let v = t.conjoined(lex.hundreds) { return (.hundred(v), true) }
        if let s = t.conjoined(lex.scales) { return (.scale(s.power, s.form), true) }
        if let f = t.conjoined(lex.fractions) { return (.fraction(f), true) }
        if first && !t.prepIsKaf {
            if let v = t.conjoined(lex.teenHeads) { return (.teenHead(v), true) }
            if t.isIn(lex.vagueQuantities, .conjunctionOrPreposition) { return (.vague, true) }
            if let v = t.lookup(lex.cardinals, .prepositionOrArticle) { return (.cardinal(v), false) }
            if let v = t.lookup(lex.hundreds, .prepositionOrArticle) { return (.hundred(v), false) }
            if let s = t.lookup(lex.scales, .preposition) { return (.scale(s.power, s.form), false) }
            if let f = t.lookup(lex.fractions, .preposition) { return (.fraction(f), false) }
        }
        return nil
    }

    /// Reads the number expression that starts at token `i`, or `nil` when none does.
    static func parse(_ t: [AnalyzedToken], at i: Int, lex: NumericLexicon = .shared) -> NumberExpression? {
        guard i < t.count, let (firstTerm, _) = term(t[i], first: true, lex: lex) else { return nil }
        let limit = min(t.count, i + maxTokens)
        var total = DecimalNumber(0)
        var group: DecimalNumber?
        var lastTerm = Int.max      // the last additive word in the open group; 0 after digits
        var lastScale = Int.max     // the power of the last scale word
        var j = i + 1
        var usesWords = true
        var numeral: Numeral?

        switch firstTerm {
        case .digits(let v):
            usesWords = false
            numeral = t[i].numeral
            group = v
            lastTerm = 0
            // CoNLL files split `1,971` into `1 , 971`; rejoin three-digit groups.
            if t[i].numeral?.plainInteger != nil, v.intValue.map({ $0 < 1000 }) == true {
                var g = v
                while j + 1 < limit, t[j].punct == ",", let n = t[j + 1].numeral, n.prefixLength == 0,
                      n.suffix.isEmpty, !n.isPercent, case .number(let w, true, 3) = n.form,
                      let next = g.scaled(byPowerOfTen: 3).adding(w) {
                    g = next
                    j += 2
                }
                group = g
            }
        case .cardinal(let v):
            group = DecimalNumber(Int64(v)); lastTerm = v
        case .teenHead(let v):
            guard j < limit, lex.cardinals[t[j].id] == 10 else { return nil }
            group = DecimalNumber(Int64(v + 10)); lastTerm = 10; j += 1
        case .hundred(let v):
            group = DecimalNumber(Int64(v)); lastTerm = v
        case .scale(let p, let form):
            switch form {
            case .singular: total = DecimalNumber(1, exponent: p)
            case .dual: total = DecimalNumber(2, exponent: p)
            case .plural:
                return NumberExpression(end: i + 1, value: nil, isPercent: false, currency: nil,
                                        isSingleBareNumeral: false, usesWords: true, numeral: nil)
            }
            lastScale = p
        case .fraction(let f):
            group = f; lastTerm = -1
        case .vague:
            return NumberExpression(end: i + 1, value: nil, isPercent: false, currency: nil,
                                    isSingleBareNumeral: false, usesWords: true, numeral: nil)
        }

        loop: while j < limit {
            guard let (next, conj) = term(t[j], first: false, lex: lex) else { break }
            switch next {
            case .cardinal(10) where !conj && (1...9).contains(lastTerm) && group.map({ $0.intValue ?? 0 < 10 }) == true:
                group = group!.adding(DecimalNumber(10)); lastTerm = 10     // خمسة عشر
            case .hundred(100) where !conj && (1...9).contains(lastTerm) && group.map({ $0.intValue ?? 0 < 10 }) == true:
                group = group!.multiplied(by: DecimalNumber(100)); lastTerm = 100  // ثلاث مئة
            case .scale(let p, let form) where !conj || group == nil && total.significand == 0:
                guard p < lastScale else { break loop }
                let count: DecimalNumber
                switch form {
                case .singular: count = group ?? DecimalNumber(1)
                case .plural: guard let g = group else { break loop }; count = g
                case .dual: guard group == nil else { break loop }; count = DecimalNumber(2)
                }
                guard let add = count.scaled(byPowerOfTen: p).adding(total) else { break loop }
                total = add; group = nil; lastScale = p; lastTerm = Int.max
            case .cardinal(let v) where conj, .hundred(let v) where conj:
                if group == nil && total.significand != 0 {
                    group = DecimalNumber(Int64(v)); lastTerm = v
                } else if let g = group, let gi = g.intValue, lastTerm > 0,
                          (lastTerm >= 100 && v < 100) || ((1...9).contains(lastTerm) && v >= 20 && v < 100 && v % 10 == 0),
                          gi + v < 1000 {
                    group = DecimalNumber(Int64(gi + v)); lastTerm = v
                } else {
                    break loop
                }
            case .digits(let v) where conj:
                guard group == nil && total.significand != 0 else { break loop }
                group = v; lastTerm = 0; usesWords = true
            case .fraction(let f) where conj:
                if let g = group, let s = g.adding(f) {
                    group = s
                } else if group == nil, lastScale != Int.max, let s = total.adding(f.scaled(byPowerOfTen: lastScale)) {
                    total = s                                             // مليون ونصف
                } else {
                    break loop
                }
                j += 1
                break loop
            default:
                break loop
            }
            j += 1
        }
        guard let value = total.adding(group ?? DecimalNumber(0)) else { return nil }
        let single = j == i + 1 && !usesWords
        return NumberExpression(end: j, value: value, isPercent: numeral?.isPercent ?? false,
                                currency: numeral?.currency, isSingleBareNumeral: single && numeral?.plainInteger != nil,
                                usesWords: usesWords || j > i + 1, numeral: numeral)
    }
}
