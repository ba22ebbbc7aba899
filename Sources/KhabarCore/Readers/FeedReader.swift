/// Reads RSS 2.0 and Atom feeds: one document per `<item>` or `<entry>`.
///
/// The body is the item's full content (`content:encoded`, Atom `content`) when it has one, else
/// its `description` or `summary`; HTML inside it, escaped or in CDATA, is reduced to its text.
/// The feed's own title becomes each document's source.
public struct FeedReader: DocumentReader {
    /// Creates a feed reader.
    public init() {}

    public func documents(in text: String, source: String) throws -> [Document] {
        var scanner = MarkupScanner(text)
        var feedTitle: String?
        var items: [[String: String]] = []
        var item: [String: String]?
        var field: String?
        var value = ""
        var depth = 0       // elements open inside the current field (Atom's <author><name>)

        while let event = scanner.next() {
            switch event {
            case let .start(name, attributes, selfClosing):
                if name == "item" || name == "entry" {
                    item = [:]
                } else if name == "link", let href = attributes["href"], item != nil, item?["link"] == nil,
                          attributes["rel"].map({ $0 == "alternate" }) ?? true {
                    item?["link"] = href
                } else if field == nil, !selfClosing, item != nil || name == "title" {
                    field = name
                    value = ""
                    depth = 0
                } else if field != nil, !selfClosing {
                    depth += 1
                }
            case let .text(raw):
                if field != nil { value += HTMLEntities.decode(raw) }
            case let .cdata(raw):
                if field != nil { value += raw }
            case let .end(name):
                if name == "item" || name == "entry", let finished = item {
                    items.append(finished)
                    item = nil
                    field = nil
                } else if name == field, depth == 0 {
                    if item == nil {
                        feedTitle = feedTitle ?? value.nonEmpty
                    } else if item?[name] == nil {
                        item?[name] = value
                    }
                    field = nil
                } else if field != nil {
                    depth = max(0, depth - 1)
                }
            }
        }
        if let unfinished = item { items.append(unfinished) }

        return items.enumerated().map { index, fields in
            func first(_ names: String...) -> String? { names.lazy.compactMap { fields[$0]?.nonEmpty }.first }
            let body = first("content:encoded", "content", "description", "summary").map(Self.plainText) ?? ""
            let article = ArticleFields(
                id: first("guid", "id"), title: first("title").map(Self.plainText), body: body,
                url: first("link"), source: feedTitle,
                date: first("pubdate", "published", "dc:date", "updated"), author: first("author", "dc:creator")
            )
            return article.document(fallbackID: positionalID(source, index, of: items.count))
        }
    }

    /// The text of a field that may hold HTML.
    private static func plainText(_ value: String) -> String {
        guard value.contains("<") else { return value }
        return HTMLPage(parsing: value).paragraphs.joined(separator: "\n")
    }
}
