import Foundation

/// Reads articles from JSON (one object or an array of objects) or JSON Lines.
///
/// The body comes from `content`, `text`, `body` or `article`; the headline from `title` or
/// `headline` (a string, or the offsets Khabar's own JSON gives it); metadata from `id`,
/// `url`/`link`, `source`/`site`, `date`/`date_extracted`/`published`, and `author`.
public struct JSONDocumentReader: DocumentReader {
    /// Whether the source is JSON Lines rather than one JSON value.
    public let lines: Bool

    /// Creates a reader for JSON, or for JSON Lines when `lines` is true.
    public init(lines: Bool) { self.lines = lines }

    public func documents(in text: String, source: String) throws -> [Document] {
        let objects = lines ? try objectsOfLines(text, source: source) : try objectsOfValue(text, source: source)
        return objects.enumerated().map { index, object in
            Self.fields(of: object).document(fallbackID: positionalID(source, index, of: objects.count))
        }
    }

    private func objectsOfValue(_ text: String, source: String) throws -> [[String: Any]] {
        let value = try parse(Substring(text), source: source, what: "the input")
        if let object = value as? [String: Any] { return [object] }
        if let array = value as? [Any] {
            return try array.enumerated().map { index, element in
                guard let object = element as? [String: Any] else {
                    throw ReaderError(source: source, reason: .malformedJSON("element \(index + 1) of the array is not an object"))
                }
                return object
            }
        }
        throw ReaderError(source: source, reason: .malformedJSON("expected an object or an array of objects"))
    }

    private func objectsOfLines(_ text: String, source: String) throws -> [[String: Any]] {
        var objects: [[String: Any]] = []
        for (number, line) in text.lines().enumerated()
        where line.contains(where: { !$0.isWhitespace }) {
            guard let object = try parse(line, source: source, what: "line \(number + 1)") as? [String: Any] else {
                throw ReaderError(source: source, reason: .malformedJSON("line \(number + 1) is not an object"))
            }
            objects.append(object)
        }
        return objects
    }

    private func parse(_ text: Substring, source: String, what: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it does not parse"
            throw ReaderError(source: source, reason: .malformedJSON("\(what): \(reason)"))
        }
    }

    static func fields(of object: [String: Any]) -> ArticleFields {
        func first(_ keys: [String]) -> String? {
            for key in keys {
                switch object[key] {
                case let string as String: return string
                case let number as NSNumber: return number.stringValue
                default: continue
                }
            }
            return nil
        }
        var title = first(["title", "headline"])
        var body = first(["content", "text", "body", "article"]) ?? ""
        // Khabar's own output (`khabar analyze --format json`) gives the title as offsets into
        // `text`, which holds the headline too: split them back so that the headline stays one.
        if title == nil, let span = object["title"] as? [String: Any], let start = span["start"] as? Int, let end = span["end"] as? Int,
           case let scalars = body.unicodeScalars, start == 0, end > 0, end <= scalars.count {
            let cut = scalars.index(scalars.startIndex, offsetBy: end)
            title = String(scalars[..<cut])
            body = String(scalars[cut...])
        }
        return ArticleFields(
            id: first(["id", "_id", "guid", "docno"]),
            title: title,
            body: body,
            url: first(["url", "link"]),
            source: first(["source", "site", "publisher"]),
            date: first(["date", "date_extracted", "published", "pubDate", "datetime"]),
            author: first(["author", "byline"])
        )
    }
}
