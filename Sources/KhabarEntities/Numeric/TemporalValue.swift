/// A date that the text gives only partly (a year, a month, a month and day, …) and how it
/// is written as an ISO 8601 / TIMEX3 value.
///
/// Value formats:
/// - Gregorian: `2015`, `2015-09`, `2015-09-15`; an unknown year is `XXXX` (`XXXX-11`,
///   `XXXX-11-15`), as TIMEX3 writes it. Month names without a year are not completed from the
///   article date: the text does not say which year, and `XXXX-11` is what it says.
/// - Hijri: a full Hijri date is converted to its Gregorian day with the Umm al-Qura calendar
///   (`5 رمضان 1436 هـ` → `2015-06-22`); a partial one keeps Hijri fields with an `-AH`
///   suffix (`1436-AH`, `1436-09-AH`, `XXXX-09-AH`), since a Hijri year straddles two
///   Gregorian years and any Gregorian value would be wrong for half of it.
struct PartialDate: Sendable {
    var year: Int?
    var month: Int?
    var day: Int?
    var hijri: Bool = false

    /// The ISO 8601 / TIMEX3 string for the fields present, resolving a Hijri day-and-month
    /// against the article date's Hijri year when the text omits the year.
    func value(anchor: CivilDate?) -> String {
        if hijri {
            if let y = year, let m = month, let d = day, let g = CalendarMath.gregorian(fromHijri: y, month: m, day: d) {
                return TemporalFormat.date(g)
            }
            if year == nil, let m = month, let d = day, let a = anchor, let h = CalendarMath.hijri(fromGregorian: a) {
                // The nearest occurrence of that Hijri day to the article date.
                var best: CivilDate?
                let an = CalendarMath.dayNumber(a)
                for y in (h.year - 1)...(h.year + 1) {
                    if let g = CalendarMath.gregorian(fromHijri: y, month: m, day: d),
                       best.map({ abs(CalendarMath.dayNumber($0) - an) }) ?? Int.max > abs(CalendarMath.dayNumber(g) - an) {
                        best = g
                    }
                }
                if let b = best { return TemporalFormat.date(b) }
            }
            return fields + "-AH"
        }
        return fields
    }

    private var fields: String {
        var s = year.map { TemporalFormat.pad($0, 4) } ?? "XXXX"
        if let m = month {
            s += "-" + TemporalFormat.pad(m, 2)
            if let d = day { s += "-" + TemporalFormat.pad(d, 2) }
        }
        return s
    }
}

/// Formatting helpers for ISO 8601 / TIMEX3 values.
enum TemporalFormat {
    /// Zero-pads a non-negative number to `width` digits.
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `YYYY-MM-DD`.
    static func date(_ d: CivilDate) -> String { pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2) }

    /// The value of the period that contains `d` at the given granularity
    /// (`2015-09-07`, `2015-W37`, `2015-09`, `2015`).
    static func period(_ d: CivilDate, _ p: NumericVocabulary.Period) -> String {
        switch p {
        case .day: return date(d)
        case .week:
            let w = CalendarMath.isoWeek(d)
            return pad(w.year, 4) + "-W" + pad(w.week, 2)
        case .month: return pad(d.year, 4) + "-" + pad(d.month, 2)
        case .year: return pad(d.year, 4)
        }
    }

    /// The TIMEX3 placeholder for a period the text fixes only relative to an unknown date.
    static func unknown(_ p: NumericVocabulary.Period) -> String {
        switch p {
        case .day: return "XXXX-XX-XX"
        case .week: return "XXXX-WXX"
        case .month: return "XXXX-XX"
        case .year: return "XXXX"
        }
    }

    /// The period `offset` units away from `anchor` at granularity `p`, or its placeholder.
    static func relative(_ anchor: CivilDate?, _ p: NumericVocabulary.Period, _ offset: Int) -> String {
        guard let a = anchor else { return unknown(p) }
        switch p {
        case .day: return period(CalendarMath.addingDays(a, offset), .day)
        case .week: return period(CalendarMath.addingDays(a, 7 * offset), .week)
        case .month: return period(CalendarMath.addingMonths(a, offset), .month)
        case .year: return pad(a.year + offset, 4)
        }
    }
}
