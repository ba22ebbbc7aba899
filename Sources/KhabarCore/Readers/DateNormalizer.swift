import Foundation

/// Rewrites the publication dates that sources give into ISO 8601, keeping what it cannot read.
///
/// Handles `2015-07-27 18:39:22`, ISO 8601 itself, and RFC 822 dates of RSS
/// (`Mon, 27 Jul 2015 18:39:22 +0300`).
enum DateNormalizer {
    static func iso8601(_ raw: String) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = fromNumeric(text) { return iso }
        if let iso = fromRFC822(text) { return iso }
        return text
    }

    /// `YYYY-MM-DD`, optionally followed by ` ` or `T` and a time: the time separator becomes `T`.
    private static func fromNumeric(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        }
        guard digits(0..<4), scalars.count >= 10, scalars[4] == "-", digits(5..<7), scalars[7] == "-", digits(8..<10) else {
            return nil
        }
        guard scalars.count > 10 else { return text }
        guard scalars[10] == " " || scalars[10] == "T", digits(11..<13) else { return nil }
        return String(text.prefix(10)) + "T" + String(text.dropFirst(11)).replacingOccurrences(of: " ", with: "")
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `[Day, ]DD Mon YYYY HH:MM[:SS] [zone]`.
    private static func fromRFC822(_ text: String) -> String? {
        var parts = text.split(separator: " ").map(String.init)
        if let first = parts.first, first.hasSuffix(",") { parts.removeFirst() }
        guard parts.count >= 3, let day = Int(parts[0]), let year = Int(parts[2]),
              let month = months.firstIndex(of: String(parts[1].lowercased().prefix(3)))
        else { return nil }
        var iso = pad(year, 4) + "-" + pad(month + 1, 2) + "-" + pad(day, 2)
        guard parts.count >= 4 else { return iso }
        let time = parts[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return iso }
        iso += "T" + time.map { pad($0, 2) }.joined(separator: ":") + (time.count == 2 ? ":00" : "")
        if parts.count >= 5 { iso += zone(parts[4]) }
        return iso
    }

    private static func zone(_ text: String) -> String {
        if text == "GMT" || text == "UT" || text == "UTC" || text == "Z" { return "Z" }
        let scalars = Array(text)
        guard scalars.count == 5, scalars[0] == "+" || scalars[0] == "-" else { return "" }
        return String(scalars[0...2]) + ":" + String(scalars[3...4])
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
