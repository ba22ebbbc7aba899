import Foundation

/// A calendar date in the proleptic Gregorian calendar.
struct CivilDate: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int
}

/// Date arithmetic for resolving relative expressions, done with integer day counts.
///
/// Resolving `أمس` or `الجمعة الماضي` happens for many tokens in a large corpus, so it avoids
/// Foundation's `Calendar` (and its locale and time-zone machinery); only Hijri conversion,
/// which needs the Umm al-Qura tables, goes through Foundation.
enum CalendarMath {
    /// Days since 1970-01-01 for a civil date (Hinnant's days-from-civil algorithm).
    static func dayNumber(_ d: CivilDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date of a day number, the inverse of `dayNumber`.
    static func civilDate(_ z0: Int) -> CivilDate {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CivilDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO 8601 weekday, Monday = 1 … Sunday = 7.
    static func isoWeekday(_ d: CivilDate) -> Int {
        let n = dayNumber(d)                  // 1970-01-01 was a Thursday (4)
        return ((n % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The ISO 8601 week-numbering year and week of a date, for `الأسبوع الماضي` → `2015-W36`.
    static func isoWeek(_ d: CivilDate) -> (year: Int, week: Int) {
        let n = dayNumber(d)
        let thursday = civilDate(n - isoWeekday(d) + 4)   // the week belongs to its Thursday's year
        let jan1 = dayNumber(CivilDate(year: thursday.year, month: 1, day: 1))
        return (thursday.year, (dayNumber(thursday) - jan1) / 7 + 1)
    }

    /// Number of days in a month of the Gregorian calendar.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date if the fields make a real Gregorian date.
    static func validDate(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Reads `a/b/year` day first, as Arabic writers do, unless only the month-first
    /// reading is valid (`4/22/1948`).
    static func dayFirstDate(_ a: Int, _ b: Int, _ year: Int) -> CivilDate? {
        validDate(year: year, month: b, day: a) ?? validDate(year: year, month: a, day: b)
    }

    /// Adds whole months, clamping the day (31 January + 1 month = 28/29 February).
    static func addingMonths(_ d: CivilDate, _ k: Int) -> CivilDate {
        let total = d.year * 12 + (d.month - 1) + k
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(d.day, daysInMonth(year: y, month: m)))
    }

    /// Adds whole days.
    static func addingDays(_ d: CivilDate, _ k: Int) -> CivilDate { civilDate(dayNumber(d) + k) }

    private static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    private static let ummAlQura: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// Converts a full Hijri date to Gregorian with the Umm al-Qura calendar, the official
    /// calendar of Saudi Arabia and the one Arabic news dates follow. `nil` when the date does
    /// not exist (30 in a 29-day month) or Foundation cannot convert it.
    static func gregorian(fromHijri year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1...2000).contains(year) else { return nil }
        let comps = DateComponents(year: year, month: month, day: day, hour: 12)
        guard let date = ummAlQura.date(from: comps) else { return nil }
        let back = ummAlQura.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The Hijri year, month and day of a Gregorian date, for `5 رمضان` in a dated article.
    static func hijri(fromGregorian d: CivilDate) -> (year: Int, month: Int, day: Int)? {
        let comps = DateComponents(year: d.year, month: d.month, day: d.day, hour: 12)
        guard let date = gregorian.date(from: comps) else { return nil }
        let h = ummAlQura.dateComponents([.year, .month, .day], from: date)
        guard let y = h.year, let m = h.month, let dd = h.day else { return nil }
        return (y, m, dd)
    }
}
