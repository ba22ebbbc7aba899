/// A forgiving, single-pass lexer for HTML and XML feeds: tag soup in, events out.
///
/// It never fails and never backtracks: a `<` that opens no tag is text, a comment or CDATA
/// section that never closes runs to the end, and every search for a delimiter resumes where
/// the last one stopped, so hostile input (unclosed tags, ten thousand `<`) stays linear.
struct MarkupScanner {
    /// One piece of markup.
    enum Event {
        /// Character data, with entities still encoded.
        case text(Substring)
        /// Character data of a CDATA section, taken literally.
        case cdata(Substring)
        /// An opening tag; names are lower-cased, attribute names too.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        /// A closing tag, name lower-cased.
        case end(name: String)
    }

    private let text: Substring
    private let utf8: Substring.UTF8View
    private var position: String.Index
    /// Where each delimiter byte was last found, so repeated searches never rescan.
    private var nextFound: [UInt8: String.Index] = [:]

    init(_ text: String) {
        self.text = Substring(text)
        self.utf8 = self.text.utf8
        self.position = self.text.startIndex
    }

    /// The next event, or nil at the end of the text. Comments, doctypes and processing
    /// instructions are skipped.
    mutating func next() -> Event? {
        while position < text.endIndex {
            guard utf8[position] == UInt8(ascii: "<") else {
                let end = find(UInt8(ascii: "<"), from: position) ?? text.endIndex
                defer { position = end }
                return .text(text[position..<end])
            }
            let after = utf8.index(after: position)
            if hasPrefix("<!--") {
                position = range(of: "-->", from: utf8.index(position, offsetBy: 4))?.upperBound ?? text.endIndex
            } else if hasPrefix("<![CDATA[") {
                let start = utf8.index(position, offsetBy: 9)
                let end = range(of: "]]>", from: start)
                position = end?.upperBound ?? text.endIndex
                return .cdata(text[start..<(end?.lowerBound ?? text.endIndex)])
            } else if after < text.endIndex, utf8[after] == UInt8(ascii: "!") || utf8[after] == UInt8(ascii: "?") {
                position = find(UInt8(ascii: ">"), from: after).map { utf8.index(after: $0) } ?? text.endIndex
            } else if let tag = tag(at: position) {
                return tag
            } else {
                defer { position = after }
                return .text(text[position..<after])
            }
        }
        return nil
    }

    /// Moves past the raw text of a script or style element and its closing tag `</name>`.
    mutating func skipRawText(closing name: String) {
        guard let close = range(of: "</" + name, from: position, caseInsensitive: true) else {
            position = text.endIndex
            return
        }
        position = find(UInt8(ascii: ">"), from: close.upperBound).map { utf8.index(after: $0) } ?? text.endIndex
    }

    // MARK: Tags

    private mutating func tag(at open: String.Index) -> Event? {
        var cursor = utf8.index(after: open)
        let closing = cursor < text.endIndex && utf8[cursor] == UInt8(ascii: "/")
        if closing { cursor = utf8.index(after: cursor) }
        guard cursor < text.endIndex, Self.isNameStart(utf8[cursor]), let end = tagEnd(from: cursor) else { return nil }
        position = utf8.index(after: end)
        let body = text[cursor..<end]
        let name = String(body.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }).lowercased()
        if closing { return .end(name: name) }
        let selfClosing = body.last == "/"
        return .start(name: name, attributes: Self.attributes(in: body.dropFirst(name.count)), selfClosing: selfClosing)
    }

    /// The `>` that ends the tag whose name starts at `start`, skipping quoted attribute values;
    /// an unterminated quote falls back to the first `>`.
    private mutating func tagEnd(from start: String.Index) -> String.Index? {
        var cursor = start
        while let close = find(UInt8(ascii: ">"), from: cursor) {
            let quote = [find(UInt8(ascii: "\""), from: cursor), find(UInt8(ascii: "'"), from: cursor)]
                .compactMap { $0 }.filter { $0 < close }.min()
            guard let quote, utf8[utf8.index(before: quote)] == UInt8(ascii: "=") || utf8[utf8.index(before: quote)] == UInt8(ascii: " ") else {
                return close
            }
            guard let endQuote = find(utf8[quote], from: utf8.index(after: quote)) else { return close }
            cursor = utf8.index(after: endQuote)
        }
        return nil
    }

    private static func attributes(in text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            guard !name.isEmpty else { return result }
            rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
            var value = Substring("")
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    value = rest.dropFirst().prefix { $0 != quote }
                    rest = rest.dropFirst(value.count + 2)
                } else {
                    value = rest.prefix { !$0.isWhitespace }
                    rest = rest.dropFirst(value.count)
                }
            }
            result[name.lowercased()] = HTMLEntities.decode(value)
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    // MARK: Searching

    private func hasPrefix(_ prefix: String) -> Bool {
        utf8[position...].starts(with: prefix.utf8)
    }

    /// The next index of `byte` at or after `start`, remembering the answer for later searches.
    private mutating func find(_ byte: UInt8, from start: String.Index) -> String.Index? {
        if let known = nextFound[byte] {
            if known == text.endIndex { return nil }
            if known >= start { return known }
        }
        let found = utf8[start...].firstIndex(of: byte)
        nextFound[byte] = found ?? text.endIndex
        return found
    }

    private func range(of needle: String, from start: String.Index, caseInsensitive: Bool = false) -> Range<String.Index>? {
        utf8.firstRange(ofASCII: needle, from: start, caseInsensitive: caseInsensitive)
    }
}
