/// Reads a plain-text article: the whole text is the document, and its first line is the
/// headline when a blank line follows it (as in the seed article).
public struct PlainTextReader: DocumentReader {
    /// Creates a plain-text reader.
    public init() {}

    public func documents(in text: String, source: String) throws -> [Document] {
        [Document(text: text, title: Self.headline(of: text), metadata: Metadata(id: fileStem(source)))]
    }

    /// The first non-blank line, without its surrounding spaces, when a blank line follows it.
    static func headline(of text: String) -> Span? {
        var offset = 0
        var lineStart: Int?, lineEnd = 0
        var sawBreakAfterLine = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let isBreak = scalar == "\n" || scalar == "\u{2029}" || scalar == "\u{2028}"
            let isBlank = scalar.properties.isWhitespace || ScalarClass.of(scalar.value) == .ignorable
            guard let start = lineStart else {
                if !isBlank { lineStart = offset; lineEnd = offset + 1 }
                continue
            }
            if !sawBreakAfterLine {
                if isBreak { sawBreakAfterLine = true } else if !isBlank { lineEnd = offset + 1 }
                continue
            }
            if isBreak { return Span(start: start, end: lineEnd) }
            if !isBlank { return nil }
        }
        return nil
    }
}
