/// The article inside an HTML page: its paragraphs, headline and metadata, without navigation,
/// scripts, styles, forms or footers.
///
/// Text inside `<article>` or `<main>` wins when the page has any; otherwise the whole body is
/// used, minus the parts that are never article text. Unclosed elements are closed by the end
/// tag of an element around them, as browsers do.
struct HTMLPage {
    private(set) var paragraphs: [String] = []
    private(set) var title: String?
    private(set) var url: String?
    private(set) var siteName: String?
    private(set) var date: String?
    private(set) var author: String?
    private var metaTitle: String?

    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp"]
    private static let hiddenElements: Set<String> = [
        "head", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "iframe",
        "button", "select", "menu", "dialog", "object", "canvas", "figure",
    ]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "figcaption", "body", "header",
    ]

    private struct Block {
        var text: String
        var inArticle: Bool
    }

    init(parsing html: String) {
        var scanner = MarkupScanner(html)
        var open: [String] = []
        var openCount: [String: Int] = [:]
        var blocks: [Block] = []
        var current = ""
        var headings: [(text: String, inArticle: Bool)] = []
        var documentTitle: String?
        var capture: String?   // text of the <title> or <h1> being read
        var capturing: String?

        func count(_ name: String) -> Int { openCount[name, default: 0] }
        /// Inside an element that never holds article text; an article's own header does.
        func isHidden() -> Bool {
            Self.hiddenElements.contains { $0 != "header" && count($0) > 0 } || (count("header") > 0 && !isInArticle())
        }
        func isInArticle() -> Bool { count("article") > 0 || count("main") > 0 }
        func flush() {
            let text = current.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { blocks.append(Block(text: text, inArticle: isInArticle())) }
            current = ""
        }

        while let event = scanner.next() {
            switch event {
            case let .text(raw):
                let text = HTMLEntities.decode(raw)
                if capturing != nil { capture? += text }
                if !isHidden() { current += text }
            case let .cdata(raw):
                if !isHidden() { current += raw }
            case let .start(name, attributes, selfClosing):
                readMetadata(name, attributes)
                if Self.rawTextElements.contains(name) {
                    if !selfClosing { scanner.skipRawText(closing: name) }
                    continue
                }
                if Self.blockElements.contains(name) { flush() }
                if name == "title" || name == "h1" { capturing = name; capture = "" }
                if !selfClosing && !Self.voidElements.contains(name) {
                    open.append(name)
                    openCount[name, default: 0] += 1
                }
            case let .end(name):
                if Self.blockElements.contains(name) { flush() }
                if name == capturing, let text = capture?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !text.isEmpty {
                    if name == "title" { documentTitle = documentTitle ?? text } else { headings.append((text, isInArticle())) }
                    capturing = nil
                }
                guard count(name) > 0 else { continue }
                while let top = open.popLast() {
                    openCount[top, default: 1] -= 1
                    if top == name { break }
                }
            }
        }
        flush()

        let article = blocks.filter(\.inArticle)
        paragraphs = (article.isEmpty ? blocks : article).map(\.text)
        let heading = headings.first(where: \.inArticle)?.text ?? headings.first?.text
        title = heading ?? metaTitle ?? documentTitle
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
    }

    /// Takes what a `<meta>`, `<link rel=canonical>` or `<time>` tag says about the article.
    private mutating func readMetadata(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "meta":
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
            guard let key, let content = attributes["content"]?.nonEmpty else { return }
            switch key {
            case "og:title", "twitter:title": metaTitle = metaTitle ?? content
            case "og:url": url = url ?? content
            case "og:site_name", "application-name": siteName = siteName ?? content
            case "article:published_time", "datepublished", "date", "pubdate", "dc.date": date = date ?? content
            case "author", "article:author", "dc.creator": author = author ?? content
            default: break
            }
        case "link" where attributes["rel"]?.lowercased() == "canonical":
            url = url ?? attributes["href"]
        case "time":
            date = date ?? attributes["datetime"]
        default:
            break
        }
    }
}
