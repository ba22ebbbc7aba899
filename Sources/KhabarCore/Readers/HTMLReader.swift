/// Reads an HTML page as one article: the headline from its `<h1>`, `og:title` or `<title>`,
/// the article text without menus, scripts or styles, entities decoded, and the metadata of
/// its `<meta>` tags (`og:url`, `og:site_name`, `article:published_time`, `author`).
///
/// The document's ``Document/text`` is the extracted article, one paragraph a line; offsets
/// refer to that text, not to the markup.
public struct HTMLReader: DocumentReader {
    /// Creates an HTML reader.
    public init() {}

    public func documents(in text: String, source: String) throws -> [Document] {
        let page = HTMLPage(parsing: text)
        let fields = ArticleFields(
            title: page.title, body: page.paragraphs.joined(separator: "\n"),
            url: page.url, source: page.siteName, date: page.date, author: page.author
        )
        return [fields.document(fallbackID: fileStem(source))]
    }
}
