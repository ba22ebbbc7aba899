/// Decodes HTML and XML character references: named (`&amp;`, `&laquo;`) and numeric
/// (`&#1581;`, `&#x62D;`). Unknown or broken references are kept as written.
enum HTMLEntities {
    static func decode<S: StringProtocol>(_ text: S) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let reference = rest[rest.index(after: ampersand)...].prefix(32)
            if let semicolon = reference.firstIndex(of: ";"), let decoded = character(for: reference[..<semicolon]) {
                result.unicodeScalars.append(contentsOf: decoded.unicodeScalars)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return result + rest
    }

    private static func character(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(scalar)
        }
        return named[String(name)]
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "lsaquo": "‹", "rsaquo": "›", "hellip": "…", "ndash": "–", "mdash": "—",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·", "bull": "•", "times": "×",
        "divide": "÷", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "iexcl": "¡", "iquest": "¿",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "ccedil": "ç", "ocirc": "ô",
        "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß", "prime": "′", "Prime": "″", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "plusmn": "±", "minus": "−", "larr": "←", "rarr": "→",
    ]
}
