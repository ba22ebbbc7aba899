/// Readers for times of day: `الساعة 10:30`, `الساعة العاشرة والنصف صباحاً`, a bare `10:30`,
/// parts of a day (`صباح اليوم`, `مساء الجمعة`), and "now" (`الآن`, `حالياً`).
///
/// Values are TIMEX3: `T10:30`, prefixed with the date when the text gives one
/// (`2015-09-07T10:30`), `TMO`/`TAF`/`TEV`/`TNI` for parts of a day, `PRESENT_REF` for "now".
extension NumericScanner {

    /// Reads a time expression starting at `i`.
    func matchClock(at i: Int) -> NumericMatch? {
        if let m = clockTime(at: i) { return m }
        if let m = partOfDay(at: i) { return m }
        if t[i].isIn(lex.presentWords, .conjunctionOrPreposition) {
            return NumericMatch(start: i, end: i + 1, kind: .time, value: "PRESENT_REF")
        }
        if t[i].isWord(lex.laylah, .conjunction) {
            return NumericMatch(start: i, end: i + 1, kind: .time, value: dayPrefix(offset: 0) + "TNI")
        }
        return nil
    }

    /// `الساعة` + hour [+ minutes] [+ part of day], or a bare `H:MM` token.
    private func clockTime(at i: Int) -> NumericMatch? {
        var k = i
        let cue = t[i].isIn(lex.clockCues, .conjunctionOrPreposition)
        if cue { k += 1 }
        guard k < t.count else { return nil }
        var hour: Int
        var minute = 0
        if let n = t[k].numeral, n.suffix.isEmpty, !n.isPercent {
            switch n.form {
            case .clock(let h, let m):
                hour = h; minute = m; k += 1
            case .number(let v, true, _) where cue:
                guard let h = v.intValue, h <= 24 else { return nil }
                hour = h; k += 1
                // `10 : 30` split by a CoNLL tokenizer.
                if isPunct(k, ":"), k + 1 < t.count, let mm = t[k + 1].numeral?.plainInteger, mm < 60,
                   t[k + 1].scalars.count == 2 {
                    minute = mm; k += 2
                }
            default:
                return nil
            }
        } else if cue, let h = t[k].lookup(lex.ordinals) ?? lex.clockCardinals[t[k].id], h >= 1, h <= 10 {
            hour = h; k += 1
            if (h == 1 || h == 2), k < t.count, lex.cardinals[t[k].id] == 10 { hour += 10; k += 1 }
        } else {
            return nil
        }
        guard hour <= 24 else { return nil }
        // Minutes as a fraction or a count: والنصف، والربع، إلا ربعاً، و20 دقيقة.
        if k < t.count, let f = t[k].conjoined(lex.clockFractions) {
            minute = f; k += 1
        } else if k + 1 < t.count, t[k].id == lex.illa, let f = t[k + 1].lookup(lex.clockFractions) {
            hour = (hour + 23) % 24; minute = 60 - f; k += 2
        } else if k + 1 < t.count, t[k].startsWithWaw, let x = NumberWords.parse(t, at: k, lex: lex),
                  let mm = x.value?.intValue, mm < 60, x.end < t.count, t[x.end].lookup(lex.durationUnits)?.designator == "M",
                  t[x.end].lookup(lex.durationUnits)?.isTime == true {
            minute = mm; k = x.end + 1
        }
        var datePart = ""
        if k < t.count, let p = t[k].lookup(lex.partsOfDay) {
            if p.isPM && hour < 12 { hour += 12 }
            if p.code == "MO" && hour == 12 { hour = 0 }
            k += 1
            // العاشرة من صباح اليوم / صباح الجمعة
            if let d = dayReference(at: k) { datePart = d.value; k = d.end }
        } else if k + 1 < t.count, t[k].id == lex.min, let p = t[k + 1].lookup(lex.partsOfDay) {
            if p.isPM && hour < 12 { hour += 12 }
            if let d = dayReference(at: k + 2) { datePart = d.value; k = d.end } else { k += 2 }
        }
        if hour == 24 { hour = 0 }
        return NumericMatch(start: i, end: k, kind: .time,
                            value: datePart + "T" + TemporalFormat.pad(hour, 2) + ":" + TemporalFormat.pad(minute, 2))
    }

    /// `صباح اليوم`, `مساء أمس`, `ليلة الجمعة`, `فجر يوم الأحد`, `صباح هذا اليوم`.
    private func partOfDay(at i: Int) -> NumericMatch? {
        guard let p = t[i].lookup(lex.partsOfDay, .conjunctionOrPreposition), i + 1 < t.count else { return nil }
        if let d = dayReference(at: i + 1) {
            return NumericMatch(start: i, end: d.end, kind: .time, value: d.value + "T" + p.code)
        }
        // ليلة 3 كانون الأول: a part of an explicitly dated day.
        for r in [numericDate(at: i + 1), monthDate(at: i + 1)] {
            if let r, r.value.count == 10 {
                return NumericMatch(start: i, end: r.end, kind: .time, value: r.value + "T" + p.code)
            }
        }
        return nil
    }

    /// A day named after a part of day or clock time: a deictic word, a weekday (with يوم and a
    /// direction), or `هذا اليوم`. The value is the resolved date or `XXXX-XX-XX`.
    private func dayReference(at j: Int) -> (end: Int, value: String)? {
        guard j < t.count else { return nil }
        var k = j
        if t[k].isIn(lex.demonstratives), isWord(k + 1, lex.today) {
            return (k + 2, dayPrefix(offset: 0))
        }
        if let o = t[k].lookup(lex.relativeDays) ?? (t[k].id == lex.amsDefinite ? -1 : nil) {
            return (k + 1, dayPrefix(offset: o))
        }
        if t[k].id == lex.yawm { k += 1 }
        guard k < t.count, let w = t[k].lookup(lex.weekdays) else { return nil }
        k += 1
        var direction = 0
        if k < t.count, let d = t[k].lookup(lex.relativeDirections), d != 0 { direction = d; k += 1 }
        return (k, resolveWeekday(w, direction: direction))
    }

    /// The date of a deictic day offset, or the TIMEX3 placeholder without an article date.
    private func dayPrefix(offset: Int) -> String {
        TemporalFormat.relative(anchor, .day, offset)
    }
}
