/// Readers for quantities: money (`3.5 مليون دولار`, `$100`, `ألف ريال سعودي`), percentages
/// (`15%`, `20 في المئة`, `بالمئة`, `بنسبة 20`) and plain numbers.
///
/// The span is the number and its unit words only: a preceding `بنسبة` or `بحوالي` is context,
/// not part of the amount, while the currency and its nationality adjective are.
extension NumericScanner {

    /// Reads an amount starting at `i`: MONEY, PERCENT or NUMBER.
    func matchAmount(at i: Int) -> NumericMatch? {
        // A currency symbol in front: `$ 100`, `US$ 5 مليار`.
        if let code = t[i].lookup(lex.currencySymbols), let x = NumberWords.parse(t, at: i + 1, lex: lex),
           let v = x.value, t[i + 1].numeral != nil {
            return NumericMatch(start: i, end: x.end, kind: .money, value: v.plainString, unit: code)
        }
        guard let x = NumberWords.parse(t, at: i, lex: lex), let v = x.value else { return nil }
        let value = v.plainString
        var end = x.end
        if let c = x.currency {
            return NumericMatch(start: i, end: end, kind: .money, value: value, unit: c)
        }
        if x.isPercent {
            return NumericMatch(start: i, end: end, kind: .percent, value: value)
        }
        if end < t.count {
            let nx = t[end]
            if nx.isIn(lex.percentWords) {
                return NumericMatch(start: i, end: end + 1, kind: .percent, value: value)
            }
            if nx.id == lex.fi, has(end + 1, in: lex.percentNouns) {
                return NumericMatch(start: i, end: end + 2, kind: .percent, value: value)
            }
            if let code = nx.lookup(lex.currencySymbols) {
                return NumericMatch(start: i, end: end + 1, kind: .money, value: value, unit: code)
            }
            if let cur = nx.lookup(lex.currencies) {
                var code = cur.code
                end += 1
                if end < t.count, let country = lex.nationality(t[end].folded),
                   let q = lex.qualifiedCurrencies[cur.base]?[country] {
                    code = q
                    end += 1
                }
                return NumericMatch(start: i, end: end, kind: .money, value: value, unit: code)
            }
        }
        if i > 0, !x.usesWords, t[i - 1].isIn(lex.percentCues, .conjunctionOrPreposition) {
            return NumericMatch(start: i, end: end, kind: .percent, value: value)
        }
        if isIdentifier(at: i, x) || !isPlainQuantity(at: i, x, v) { return nil }
        return NumericMatch(start: i, end: end, kind: .number, value: value)
    }

    /// Whether the digits at `i` label something rather than count it: after `رقم`/`المادة`
    /// (possibly through a parenthesis or quote), a lone number in parentheses, a piece of a
    /// slash-separated reference (`24 / 66`), a model number (`كوفيد - 19`), or an enumeration
    /// mark at the start of a sentence (`2 -`, `3 .`, `1 )`).
    private func isIdentifier(at i: Int, _ x: NumberExpression) -> Bool {
        guard !x.usesWords else { return false }
        var p = i - 1
        while p >= 0, t[p].punct == "(" || t[p].punct == "\"" { p -= 1 }
        if p >= 0, t[p].isIn(lex.identifierCues, .conjunctionOrPreposition) { return true }
        if isPunct(i - 1, "("), isPunct(x.end, ")") { return true }
        if isPunct(i - 1, "/") || isPunct(x.end, "/") { return true }
        if i > 1, isPunct(i - 1, "-"), t[i - 2].numeral == nil, t[i - 2].isWordLike { return true }
        if i == 0, x.end < t.count, let q = t[x.end].punct, q == "-" || q == "." || q == ")" || q == "–" { return true }
        return false
    }

    /// Filters number words that are usually something else when they stand alone: a bare
    /// fraction (`نصف السنوية` is "semi-annual"), the tail of an ordinal (`الثاني عشر`,
    /// `الخامس والعشرين`), `كل واحد` ("everyone"), and a cardinal with the article that does
    /// not agree with a definite noun before it (`مدينة الخمس` is the town of Al-Khums).
    private func isPlainQuantity(at i: Int, _ x: NumberExpression, _ v: DecimalNumber) -> Bool {
        guard x.usesWords else { return true }
        if x.end == i + 1, t[i].lookup(lex.fractions, .conjunctionOrPreposition) != nil { return false }
        if i > 0, t[i - 1].lookup(lex.ordinals, .conjunction) != nil { return false }
        if isWord(i - 1, lex.kull), v == DecimalNumber(1) { return false }
        if x.end == i + 1, t[i].artID >= 0, lex.cardinals[t[i].artID] != nil || lex.hundreds[t[i].artID] != nil,
           t[i].lookup(lex.cardinals, .conjunctionOrPreposition) == nil,
           t[i].lookup(lex.hundreds, .conjunctionOrPreposition) == nil,
           t[i].lookup(lex.scales, .conjunctionOrPreposition) == nil {
            return i > 0 && isDefiniteWord(i - 1)
        }
        return true
    }
}
