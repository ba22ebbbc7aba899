import Foundation
import KhabarArchive
import KhabarCore

/// The benchmark's articles: from a corpus file, or from the SaudiNewsNet archives, and written
/// out again in every input format so that each reader is timed on the same articles.
enum Corpus {
    /// The separator between articles in a corpus file: a line holding only a form feed.
    static let separator = Array("\n\u{0C}\n".utf8)

    struct Article {
        let title: String
        let body: String
        let date: String?
        let url: String?
    }

    /// One archive's JSON file and the articles in it.
    struct Source {
        let json: Data
        let articles: [Article]
    }

    static func articles(inFile path: String) throws -> [String] {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let separator = Self.separator // read once: a static is checked for initialization on every access
        return text.withUTF8 { bytes in
            var articles: [String] = []
            var start = 0
            var index = 0
            while index + separator.count <= bytes.count {
                if bytes[index] == separator[0], bytes[index + 1] == separator[1], bytes[index + 2] == separator[2] {
                    articles.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += separator.count
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { articles.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return articles
        }
    }

    /// The ZIP archives of a folder (the SaudiNewsNet distribution), in name order.
    static func archives(in path: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "zip" }.sorted { $0.path < $1.path }
    }

    static func sources(inFolder path: String) throws -> [Source] {
        let archives = try archives(in: path)
        guard !archives.isEmpty else { throw ValidationErrorMessage("no .zip archives in \(path)") }
        var sources: [Source] = []
        for archive in archives {
            try ZipArchive.forEachFile(in: archive) { name, data in
                let documents = try Khabar.read(data: data, source: name, format: .json)
                sources.append(Source(json: data, articles: documents.map(article)))
            }
        }
        return sources
    }

    private static func article(_ document: Document) -> Article {
        let bodyStart = document.title.map { $0.end } ?? 0
        let body = String(document[Span(start: bodyStart, end: document.scalarCount)])
        return Article(title: document.titleText ?? "", body: body.trimmingCharacters(in: .whitespacesAndNewlines),
                       date: document.metadata.date, url: document.metadata.url)
    }

    /// The source's articles written in `format`: one input per article for single-article
    /// formats, one per archive for the others.
    static func encode(_ source: Source, as format: InputFormat) -> [Data] {
        let articles = source.articles
        switch format {
        case .json:
            return [source.json]
        case .jsonl:
            let lines = articles.compactMap { article in
                try? JSONSerialization.data(withJSONObject: ["title": article.title, "content": article.body, "url": article.url ?? ""])
            }
            return [Data(lines.joined(separator: Data("\n".utf8)))]
        case .text:
            return articles.map { Data(($0.title + "\n\n" + $0.body).utf8) }
        case .trec:
            return [Data(articles.enumerated().map { index, article in
                "<DOC>\n<DOCNO>\(index)</DOCNO>\n<TITLE>\(article.title)</TITLE>\n<TIME>\(article.date ?? "")</TIME>\n<TEXT>\n\(article.body)\n</TEXT>\n</DOC>\n"
            }.joined().utf8)]
        case .html:
            return articles.map { article in
                let paragraphs = article.body.split(separator: "\n").map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
                return Data("""
                    <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>\(escaped(article.title))</title>
                    <script>var tracking = {"page": 1};</script><style>p { margin: 0 }</style></head>
                    <body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
                    <article><h1>\(escaped(article.title))</h1>
                    \(paragraphs)
                    </article><footer>جميع الحقوق محفوظة</footer></body></html>
                    """.utf8)
            }
        case .feed:
            let items = articles.map { article in
                "<item><title>\(escaped(article.title))</title><link>\(escaped(article.url ?? ""))</link>"
                    + "<description><![CDATA[<p>\(article.body.replacingOccurrences(of: "\n", with: "</p><p>"))</p>]]></description></item>"
            }
            return [Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>bench</title>"
                + items.joined(separator: "\n") + "</channel></rss>").utf8)]
        }
    }

    private static func escaped<S: StringProtocol>(_ text: S) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// An error whose message is shown as it is.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
