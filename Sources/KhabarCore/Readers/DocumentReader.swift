import Foundation

/// Turns the text of one source (a file, standard input) into documents.
public protocol DocumentReader: Sendable {
    /// The documents in `text`, read from the source named `source` (used for ids and errors).
    func documents(in text: String, source: String) throws -> [Document]
}

/// Builds a document from the fields that structured sources hold: the headline becomes the
/// first line of the text, a blank line apart from the body, and the ``Document/title`` span.
struct ArticleFields {
    var id: String?
    var title: String?
    var body: String
    var url: String?
    var source: String?
    var date: String?
    var author: String?

    func document(fallbackID: String) -> Document {
        let headline = title.map(Self.collapsingWhitespace) ?? ""
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = headline.isEmpty ? body : body.isEmpty ? headline : headline + "\n\n" + body
        let titleSpan = headline.isEmpty ? nil : Self.visibleSpan(of: headline)
        let metadata = Metadata(
            id: id.flatMap(\.nonEmpty) ?? fallbackID,
            url: url.flatMap(\.nonEmpty), source: source.flatMap(\.nonEmpty),
            date: date.flatMap(\.nonEmpty).map(DateNormalizer.iso8601),
            author: author.flatMap(\.nonEmpty)
        )
        return Document(text: text, title: titleSpan, metadata: metadata)
    }

    /// The span of `text` without the invisible controls at its edges (a headline that starts
    /// with a zero-width space); nil when nothing visible is left.
    private static func visibleSpan(of text: String) -> Span? {
        let scalars = Array(text.unicodeScalars)
        let isBlank = { (scalar: Unicode.Scalar) in
            let kind = ScalarClass.of(scalar.value)
            return kind == .space || kind == .ignorable
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return nil }
        return Span(start: first, end: last + 1)
    }

    /// A headline on one line: inner runs of whitespace become one space.
    private static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    /// The string without surrounding whitespace, or nil when nothing else is left.
    var nonEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Names a document of a multi-document source by its position: `feed.xml#3`.
func positionalID(_ source: String, _ index: Int, of count: Int) -> String {
    let stem = fileStem(source)
    return count == 1 ? stem : "\(stem)#\(index + 1)"
}

/// The file name without folders and extension, the id of a single-document file.
func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
}
