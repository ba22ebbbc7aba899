/// Readers for calendar expressions: explicit dates in both month-name series and in digits,
/// years, Hijri dates, weekdays, deictic words and durations.
///
/// Span conventions follow TIMEX-style annotation as practised in Wojood: words that only
/// introduce the date (بتاريخ، الموافق، عام، يوم، شهر) and temporal prepositions that change
/// what it denotes (منذ، خلال، قبل، بعد) belong to the span; `في` does not. Parentheses belong to
/// the span only when an introducer sits outside them (`عام ( 1933 )`).
extension NumericScanner {

    /// A calendar reading of the tokens from some position: where it ends, its kind and value.
    struct Reading {
        var end: Int
        var kind: NumericEntityKind = .date
        var value: String
    }

    /// Reads a date expression starting at `i`, including its leading prepositions and
    /// introducers.
    func matchDate(at i: Int) -> NumericMatch? {
        // `من 13 وحتى 15 تشرين الثاني`: `من` belongs to a range, and only to a range.
        if t[i].id == lex.min, i + 1 < t.count, let r = dateCore(at: i + 1, preposition: nil, periodPart: nil),
           r.value.contains("/"), t[i + 1].numeral != nil {
            return NumericMatch(start: i, end: r.end, kind: r.kind, value: r.value)
        }
        var j = i
        var preposition: WordID?
        if let p = temporalPreposition(j) { preposition = p; j += 1 }
        var periodPart: WordID?
        if has(j, in: lex.periodParts, .conjunction) {
            periodPart = lex.periodParts.contains(t[j].id) ? t[j].id : t[j].conjID
            j += 1
            // أول من أمس: "the first before yesterday".
            if periodPart == lex.awwal, j < t.count, t[j].id == lex.min { j += 1 }
        }
        if has(j, in: lex.dateIntroducers, .conjunction) {
            j += 1
            if isPunct(j, ":") { j += 1 }
        }
        let prefixed = j > i
        var reading: Reading?
        if prefixed && isPunct(j, "("), let r = dateCore(at: j + 1, preposition: preposition, periodPart: periodPart),
           isPunct(r.end, ")") {
            reading = Reading(end: r.end + 1, kind: r.kind, value: r.value)
            if let era = eraMark(reading!.end), era == false { reading!.end += 1 }
        } else {
            reading = dateCore(at: j, preposition: preposition, periodPart: periodPart)
        }
        guard let r = reading else { return nil }
        return NumericMatch(start: i, end: r.end, kind: r.kind, value: r.value)
    }

    /// منذ، خلال، قبل، بعد، مدة (possibly with و/ل in front), folded, or nil.
    private func temporalPreposition(_ j: Int) -> WordID? {
        guard j < t.count else { return nil }
        if lex.temporalPrepositions.contains(t[j].id) { return t[j].id }
        if lex.temporalPrepositions.contains(t[j].conjID) { return t[j].conjID }
        if t[j].isWord(lex.muddah, .conjunctionOrPreposition) { return lex.muddah }   // لمدة
        return nil
    }

    /// The longest calendar reading that starts exactly at `j`.
    private func dateCore(at j: Int, preposition: WordID?, periodPart: WordID?) -> Reading? {
        guard j < t.count else { return nil }
        var best: Reading?
        func consider(_ r: Reading?) {
            if let r, r.end > j, r.end > (best?.end ?? j) { best = r }
        }
        consider(numericDate(at: j))
        consider(yearExpression(at: j))
        consider(monthDate(at: j))
        consider(weekdayDate(at: j))
        consider(relativeDate(at: j, preposition: preposition, periodPart: periodPart))
        consider(duration(at: j, preposition: preposition))
        if best == nil {
            if let f = t[j].lookup(lex.frequencies, .conjunction) { return Reading(end: j + 1, value: f) }
            if let d = t[j].lookup(lex.decades, .conjunctionOrPreposition) { return Reading(end: j + 1, value: "19" + String(d)) }
            if t[j].isIn(lex.pluralPeriods, .conjunctionOrPreposition), j + 1 < t.count {
                if t[j + 1].isIn(lex.recentWords) { return Reading(end: j + 2, value: "PAST_REF") }
                if let d = t[j + 1].lookup(lex.relativeDirections), d != 0 {
                    return Reading(end: j + 2, value: d < 0 ? "PAST_REF" : "FUTURE_REF")
                }
            }
        }
        return best
    }

    // MARK: Digits

    /// `15/9/2015` as one token or as five, ISO `2015-09-15`, year ranges `1936 - 1939`,
    /// years with an era mark (`2015م`, `١٤٣٦ هـ`) and bare years.
    func numericDate(at j: Int) -> Reading? {
        guard j < t.count, let n = t[j].numeral else { return nil }
        switch n.form {
        case .date(let y, let m, let d):
            var end = j + 1
            if n.suffix.isEmpty, eraMark(end) == false { end += 1 }
            return Reading(end: end, value: PartialDate(year: y, month: m, day: d).value(anchor: anchor))
        case .yearRange(let a, let b):
            return Reading(end: j + 1, value: TemporalFormat.pad(a, 4) + "/" + TemporalFormat.pad(b, 4))
        case .number(_, true, _):
            break
        default:
            return nil
        }
        guard let a = n.plainInteger else { return nil }
        // D / M / Y split into tokens.
        if n.suffix.isEmpty, j + 4 < t.count, isPunct(j + 1, "/") || isPunct(j + 1, "-"),
           t[j + 1].punct == t[j + 3].punct, let b = bareInt(j + 2), let yn = t[j + 4].numeral,
           yn.prefixLength == 0, yn.suffix.isEmpty || eraSuffix(yn.suffix) == false,
           let y = yn.plainInteger, (1000...2199).contains(y), let date = CalendarMath.dayFirstDate(a, b, y) {
            var end = j + 5
            if yn.suffix.isEmpty, eraMark(end) == false { end += 1 }
            return Reading(end: end, value: TemporalFormat.date(date))
        }
        // Year, possibly Hijri, possibly a range.
        guard let (era, eraEnd) = yearEra(numeral: n, at: j) else { return nil }
        if let range = yearRange(from: a, at: j) { return range }
        if let hijri = era {
            guard (100...2199).contains(a) else { return nil }
            return Reading(end: eraEnd, value: PartialDate(year: a, hijri: hijri).value(anchor: anchor))
        }
        guard isBareYear(a, at: j) else { return nil }
        return Reading(end: j + 1, value: TemporalFormat.pad(a, 4))
    }

    /// A digit token that is only digits (no clitic, suffix or separator), as an Int.
    private func bareInt(_ j: Int) -> Int? {
        guard j < t.count, let n = t[j].numeral, n.prefixLength == 0, n.suffix.isEmpty else { return nil }
        return n.plainInteger
    }

    /// The era of the year numeral at `j`: `true` Hijri, `false` Gregorian, `nil` unmarked,
    /// with the end of the tokens read. Fails when the numeral has some other suffix glued on.
    private func yearEra(numeral n: Numeral, at j: Int) -> (Bool?, Int)? {
        if !n.suffix.isEmpty {
            guard let e = eraSuffix(n.suffix) else { return nil }
            return (e, j + 1)
        }
        if let e = eraMark(j + 1) {
            // `1000 م مربع` is square metres, not the year 1000.
            if !e, isWord(j + 2, lex.murabba) || isWord(j + 2, lex.mukaab) { return (nil, j + 1) }
            return (e, j + 2)
        }
        return (nil, j + 1)
    }

    /// Whether the glued suffix is an era mark: `true` Hijri, `false` Gregorian.
    private func eraSuffix(_ s: String) -> Bool? { eraMark(id: lex.id(s)) }

    private func eraMark(id: WordID) -> Bool? {
        if lex.hijriEraMarks.contains(id) { return true }
        if lex.gregorianEraMarks.contains(id) { return false }
        return nil
    }

    /// Whether token `j` is an era mark: `true` Hijri, `false` Gregorian, `nil` when not one.
    func eraMark(_ j: Int) -> Bool? {
        guard j < t.count else { return nil }
        return eraMark(id: t[j].id)
    }

    /// `1936 - 1939`, `1958 / 1963`: two years, the second later, joined by a dash or slash.
    private func yearRange(from a: Int, at j: Int) -> Reading? {
        guard (1000...2199).contains(a), j + 2 < t.count, isPunct(j + 1, "-") || isPunct(j + 1, "/"),
              let b = bareInt(j + 2), b > a, b - a < 200 else { return nil }
        return Reading(end: j + 3, value: TemporalFormat.pad(a, 4) + "/" + TemporalFormat.pad(b, 4))
    }

    /// Whether a bare four-digit number reads as a year: 1800–2100, and not a count
    /// (`نحو 2000 لاجئ`, `2000 دولار`) or an identifier (`رقم 1948`).
    private func isBareYear(_ y: Int, at j: Int) -> Bool {
        guard (1800...2100).contains(y), !isPunct(j - 1, "/"), !isPunct(j + 1, "/") else { return false }
        if j > 0 {
            let p = t[j - 1]
            if p.isIn(lex.identifierCues, .conjunction) || p.isIn(lex.approximators, .conjunctionOrPreposition) { return false }
            if j > 1, p.id == lex.min, t[j - 2].isIn(lex.approximators, .conjunction) { return false }
        }
        if j + 1 < t.count {
            let nx = t[j + 1]
            if nx.lookup(lex.scales) != nil || nx.lookup(lex.currencies) != nil || nx.lookup(lex.currencySymbols) != nil
                || nx.isIn(lex.percentWords) || nx.lookup(lex.durationUnits) != nil
                || (nx.id == lex.fi && has(j + 2, in: lex.percentNouns)) {
                return false
            }
        }
        return true
    }

    // MARK: Years

    /// `عام 2015`, `العام ( 1970 )`, `لسنة 1958 / 1963`, `عام ( 1308 ) هجري`, `عام ألفين وخمسة عشر`.
    private func yearExpression(at j: Int) -> Reading? {
        guard has(j, in: lex.yearCues, .conjunctionOrPreposition) else { return nil }
        var k = j + 1
        let paren = isPunct(k, "(")
        if paren { k += 1 }
        guard k < t.count else { return nil }
        var end: Int
        var value: String
        if let n = t[k].numeral, n.prefixLength == 0 {
            if case .yearRange(let a, let b) = n.form {
                end = k + 1
                value = TemporalFormat.pad(a, 4) + "/" + TemporalFormat.pad(b, 4)
            } else if let y = n.plainInteger, (100...2199).contains(y), let (era, e) = yearEra(numeral: n, at: k) {
                if let r = yearRange(from: y, at: k) {
                    end = r.end; value = r.value
                } else {
                    end = e
                    value = PartialDate(year: y, hijri: era ?? false).value(anchor: anchor)
                }
            } else {
                return nil
            }
        } else if let x = NumberWords.parse(t, at: k, lex: lex), x.usesWords, let y = x.value?.intValue,
                  (1000...2199).contains(y) {
            end = x.end
            value = TemporalFormat.pad(y, 4)
        } else {
            return nil
        }
        if paren {
            guard isPunct(end, ")") else { return nil }
            end += 1
            if let era = eraMark(end) {
                if era, !value.contains("/") { value = (Int(value).map { PartialDate(year: $0, hijri: true).value(anchor: anchor) }) ?? value }
                end += 1
            }
        }
        return Reading(end: end, value: value)
    }

    /// The year after a month name: digits (with an era mark), `( 1970 )`, or `عام 2015`.
    /// Returns the end, the year and its era.
    private func yearAfterMonth(at k0: Int) -> (end: Int, year: Int, hijri: Bool?)? {
        var k = k0
        if isPunct(k, "/"), k + 1 < t.count, t[k + 1].numeral != nil || isPunct(k + 1, "(") { k += 1 }
        guard k < t.count else { return nil }
        if let n = t[k].numeral, n.prefixLength == 0, let y = n.plainInteger, (100...2199).contains(y),
           let (era, e) = yearEra(numeral: n, at: k) {
            if era == nil, y < 1000 { return nil }
            return (e, y, era)
        }
        if isPunct(k, "("), let y = bareInt(k + 1), (1000...2199).contains(y), isPunct(k + 2, ")") {
            if let era = eraMark(k + 3) { return (k + 4, y, era) }
            return (k + 3, y, nil)
        }
        if has(k, in: lex.yearCues), let r = yearExpression(at: k), let y = Int(r.value.prefix(4)) {
            return (r.end, y, r.value.hasSuffix("-AH") ? true : nil)
        }
        return nil
    }

    // MARK: Month names

    /// A month name at `j`, one or two words, with an optional `شهر` before it and an optional
    /// paired name after it (`أيلول/سبتمبر`, `تشرين الثاني (نوفمبر)`).
    private func monthName(at j: Int) -> (end: Int, month: Int, series: NumericVocabulary.MonthSeries, certain: Bool)? {
        var k = j
        var certain = false
        if isWord(k, lex.shahr, .conjunctionOrPreposition) { k += 1; certain = true }
        guard let first = singleMonth(at: k, allowClitics: true) else { return nil }
        certain = certain || !first.needsContext
        var end = first.end
        // Paired form: the other series' name for the same month.
        if end + 1 < t.count, isPunct(end, "/") || isPunct(end, "-") || isPunct(end, "("),
           let second = singleMonth(at: end + 1, allowClitics: false), second.month == first.month,
           second.series != first.series || t[end + 1].id != t[k].id {
            let closes = isPunct(end, "(")
            if !closes || isPunct(second.end, ")") {
                end = second.end + (closes ? 1 : 0)
                certain = true
            }
        }
        return (end, first.month, first.series, certain)
    }

    private func singleMonth(at k: Int, allowClitics: Bool) -> (end: Int, month: Int, series: NumericVocabulary.MonthSeries, needsContext: Bool)? {
        guard k < t.count else { return nil }
        let policy: CliticPolicy = allowClitics ? .conjunctionOrPreposition : []
        if let inner = t[k].lookup(lex.twoWordMonths, policy), k + 1 < t.count, let m = inner[t[k + 1].id] {
            return (k + 2, m.month, m.series, false)
        }
        if let m = t[k].lookup(lex.months, policy) { return (k + 1, m.month, m.series, m.needsContext) }
        return nil
    }

    /// A day of the month before a month name: `15`, `الخامس عشر`, `الحادي والعشرين`, with an
    /// optional `من` after it.
    private func dayOfMonth(at j: Int) -> (end: Int, day: Int)? {
        guard j < t.count else { return nil }
        var k = j
        var day: Int
        if let n = t[j].numeral, n.suffix.isEmpty, let d = n.plainInteger {
            day = d; k += 1
        } else if let o = t[j].lookup(lex.ordinals, .conjunction) {
            day = o; k += 1
            if day < 10, k < t.count, lex.cardinals[t[k].id] == 10 {
                day += 10; k += 1
            } else if day < 10, k < t.count, let tens = t[k].conjoined(lex.ordinals), tens == 20 || tens == 30 {
                day += tens; k += 1
            }
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }
        if isWord(k, lex.min) { k += 1 }
        return (k, day)
    }

    /// `15 أيلول/سبتمبر 2015`, `الخامس عشر من أيلول`, `تشرين الثاني/نوفمبر`, `شهر رمضان`,
    /// `5 رمضان 1436 هـ`, and the archival `شباط ( 28 / 2 / 1945 )`.
    func monthDate(at j: Int) -> Reading? {
        var k = j
        let day = dayOfMonth(at: k)
        var lastDay: Int?
        if let d = day {
            k = d.end
            // A day range: `13 - 15 أيلول`, `من 13 وحتى 15 تشرين الثاني`.
            if k + 1 < t.count, isPunct(k, "-") || t[k].isIn(lex.rangeConnectors, .conjunction),
               let d2 = dayOfMonth(at: k + 1), d2.day > d.day, t[k + 1].numeral != nil {
                lastDay = d2.day
                k = d2.end
            }
            // `20 / شعبان / 1428`
            if t[j].numeral != nil, isPunct(k, "/"), k + 1 < t.count, t[k + 1].numeral == nil { k += 1 }
        }
        guard let month = monthName(at: k) else { return nil }
        var end = month.end
        var date = PartialDate(month: month.month, day: day?.day, hijri: month.series == .hijri)
        // Archival citations repeat the month with the full date in parentheses.
        if day == nil, isPunct(end, "("), end + 1 < t.count, let inner = numericDate(at: end + 1),
           isPunct(inner.end, ")"), inner.value.count == 10 {
            return Reading(end: inner.end + 1, value: inner.value)
        }
        var hasYear = false
        var certain = month.certain
        if let y = yearAfterMonth(at: end) {
            end = y.end
            date.year = y.year
            if y.hijri == true { date.hijri = true }
            hasYear = true
        } else if end < t.count, t[end].isIn(lex.monthEpithets) {
            end += 1                                                 // شهر رمضان المبارك
            certain = true
        } else if end < t.count, let d = t[end].lookup(lex.relativeDirections), d != 0, !date.hijri {
            end += 1                                                 // نوفمبر الماضي
            certain = true
            if let a = anchor {
                date.year = d < 0 ? (month.month < a.month ? a.year : a.year - 1) : (month.month > a.month ? a.year : a.year + 1)
            }
        }
        guard certain || day != nil || hasYear else { return nil }
        let limit = date.hijri ? 30 : CalendarMath.daysInMonth(year: date.year ?? 2000, month: month.month)
        if (day?.day ?? 0) > limit || (lastDay ?? 0) > limit { return nil }
        if let last = lastDay {
            var to = date
            to.day = last
            return Reading(end: end, value: date.value(anchor: anchor) + "/" + to.value(anchor: anchor))
        }
        return Reading(end: end, value: date.value(anchor: anchor))
    }

    // MARK: Weekdays

    /// `الاثنين`, `يوم الجمعة الماضي`, `يوم الثلاثاء الموافق 5 / 8 / 2008`, and `يوم` before an
    /// explicit or deictic date (`يوم 30 مارس 2019`, `يوم أمس`).
    private func weekdayDate(at j: Int) -> Reading? {
        var k = j
        let yawm = isWord(k, lex.yawm, .conjunctionOrPreposition)
        if yawm { k += 1 }
        guard k < t.count else { return nil }
        if !yawm, k > 0, t[k - 1].isIn(lex.weekdayNameHeads) { return nil }   // سوق الجمعة
        guard let w = t[k].lookup(lex.weekdays, .conjunctionOrPreposition) else {
            guard yawm else { return nil }
            var inner: Reading?
            for r in [numericDate(at: k), monthDate(at: k), relativeDate(at: k, preposition: nil, periodPart: nil)] {
                if let r, r.end > (inner?.end ?? k) { inner = r }
            }
            return inner
        }
        k += 1
        var direction = 0
        if k < t.count, let d = t[k].lookup(lex.relativeDirections), d != 0 { direction = d; k += 1 }
        // An explicit date after the weekday fixes the value.
        var m = k
        if has(m, in: lex.dateIntroducers) || isPunct(m, "،") || isPunct(m, ",") { m += 1 }
        for r in [numericDate(at: m), monthDate(at: m)] {
            if let r, r.value.count >= 10 { return r }   // the weekday's own date, with its day
        }
        return Reading(end: k, value: resolveWeekday(w, direction: direction))
    }

    /// The date of weekday `w` near the article date: the nearest one (three days back to three
    /// ahead) when unqualified, the previous one for الماضي, the next for المقبل. Without an
    /// article date, TIMEX3 `XXXX-WXX-w`.
    func resolveWeekday(_ w: Int, direction: Int) -> String {
        guard let a = anchor else { return "XXXX-WXX-" + String(w) }
        let w0 = CalendarMath.isoWeekday(a)
        var delta: Int
        switch direction {
        case ..<0:
            delta = -((w0 - w + 7) % 7)
            if delta == 0 { delta = -7 }
        case 1...:
            delta = (w - w0 + 7) % 7
            if delta == 0 { delta = 7 }
        default:
            delta = (w - w0 + 7) % 7
            if delta > 3 { delta -= 7 }
        }
        return TemporalFormat.date(CalendarMath.addingDays(a, delta))
    }

    // MARK: Deictic expressions

    /// `أمس`, `اليوم`, `غداً`, `أول أمس`, `بعد غد`, `الشهر الماضي`, `العام المقبل`, `هذا العام`,
    /// `الأسبوع الجاري`, and a bare `العام` after a period part (`قبل نهاية العام`).
    private func relativeDate(at j: Int, preposition: WordID?, periodPart: WordID?) -> Reading? {
        guard j < t.count else { return nil }
        let tok = t[j]
        if var offset = tok.lookup(lex.relativeDays, .conjunctionOrPreposition) ?? relativeDayWithArticle(tok) {
            var end = j + 1
            if offset == 0 {
                // اليوم التالي / اليوم الأول are "the day", not "today".
                if isDefiniteWord(end), t[end].lookup(lex.weekdays) == nil { return nil }
            }
            if offset == -1, isWord(end, lex.awwalDefinite) { offset = -2; end += 1 }
            if offset == -1, periodPart == lex.awwal { offset = -2 }
            if offset == 1, preposition == lex.baad { offset = 2 }
            // اليوم الاثنين، أمس السبت: the weekday restates the day.
            if end < t.count, t[end].lookup(lex.weekdays) != nil { end += 1 }
            return Reading(end: end, value: TemporalFormat.relative(anchor, .day, offset))
        }
        var k = j
        var demonstrative = false
        if tok.isIn(lex.demonstratives, .conjunctionOrPreposition) { demonstrative = true; k += 1 }
        guard k < t.count, let period = t[k].lookup(lex.definitePeriods, .conjunctionOrPreposition) else { return nil }
        k += 1
        if demonstrative { return Reading(end: k, value: TemporalFormat.relative(anchor, period, 0)) }
        if k < t.count, let d = t[k].lookup(lex.relativeDirections) {
            return Reading(end: k + 1, value: TemporalFormat.relative(anchor, period, d))
        }
        if periodPart != nil || preposition != nil, !isDefiniteWord(k) {
            return Reading(end: k, value: TemporalFormat.relative(anchor, period, 0))
        }
        return nil
    }

    private func relativeDayWithArticle(_ tok: AnalyzedToken) -> Int? {
        tok.isWord(lex.amsDefinite, .conjunctionOrPreposition) ? -1 : nil
    }

    // MARK: Durations

    /// `ثلاثة أيام`, `8 سنوات`, `عامين`, `لعدة أيام`, `30 ثانية`, `نصف ساعة`. Days and longer
    /// are DATE, shorter are TIME (as Wojood and TIMEX3 have it); the value is an ISO 8601
    /// duration (`P3D`, `P2Y`, `PT30S`, `PXD` for a vague count). After قبل/منذ/بعد the
    /// expression names a point instead, resolved against the article date when known.
    private func duration(at j: Int, preposition: WordID?) -> Reading? {
        var count: DecimalNumber?
        var vague = false
        guard j < t.count else { return nil }
        if j > 0, t[j].hasConjunction, t[j - 1].lookup(lex.ordinals) != nil { return nil }  // الثامنة والعشرون عاماً
        var k = j
        var unit: (designator: String, multiplier: Int, dual: Bool, isTime: Bool)
        if let x = NumberWords.parse(t, at: j, lex: lex), x.end < t.count, x.numeral?.isPercent != true,
           let u = t[x.end].lookup(lex.durationUnits), !u.dual {
            count = x.value
            vague = x.value == nil
            unit = u
            k = x.end + 1
        } else if let u = t[j].lookup(lex.durationUnits, .conjunctionOrPreposition), u.dual {
            count = DecimalNumber(2)
            unit = u
            k = j + 1
        } else if preposition != nil, let u = t[j].lookup(lex.durationUnits), u.multiplier == 1 {
            // (عقد and قرن are left out: بعد عقد is far more often "after signing".)
            // قبل شهر = one month ago; منذ سنوات = some years ago.
            vague = lex.pluralDurationUnits.contains(t[j].id)
            count = vague ? nil : DecimalNumber(1)
            unit = u
            k = j + 1
        } else {
            return nil
        }
        let kind: NumericEntityKind = unit.isTime ? .time : .date
        let scaled = count.flatMap { $0.multiplied(by: DecimalNumber(Int64(unit.multiplier))) }
        let amount = vague ? "X" : (scaled?.plainString ?? "X")
        let iso = (unit.isTime ? "PT" : "P") + amount + unit.designator
        guard let p = preposition, p == lex.qabl || p == lex.mundhu || p == lex.baad, !unit.isTime else {
            return Reading(end: k, kind: kind, value: iso)
        }
        let period: NumericVocabulary.Period
        switch unit.designator {
        case "D": period = .day
        case "W": period = .week
        case "M": period = .month
        default: period = .year
        }
        guard !vague, let n = scaled?.intValue, n < 100_000 else {
            return Reading(end: k, kind: kind, value: TemporalFormat.unknown(period))
        }
        return Reading(end: k, kind: kind, value: TemporalFormat.relative(anchor, period, p == lex.baad ? n : -n))
    }
}
