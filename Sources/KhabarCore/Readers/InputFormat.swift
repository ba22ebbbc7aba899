/// The formats Khabar reads articles from.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text: the first line is the headline when a blank line follows it.
    case text
    /// One JSON object, or an array of them (`title`, `content`/`text`/`body`, `date`, `url`, `source`, `id`).
    case json
    /// JSON Lines: one article object a line.
    case jsonl
    /// TREC-style SGML, as in the ANT corpus: `<DOC><DOCNO>…<TITLE>…<TEXT>…</DOC>`.
    case trec
    /// An HTML page: its article text, without menus, scripts or styles.
    case html
    /// An RSS 2.0 or Atom feed: one document per item or entry.
    case feed

    /// The format of a source, from its leading text when that is conclusive and else from its
    /// file name's extension; plain text when neither tells.
    public static func detect(fileName: String?, leadingText: Substring) -> InputFormat {
        let head = leadingText.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(512).lowercased()
        if head.hasPrefix("<doc>") || head.hasPrefix("<doc ") { return .trec }
        if head.hasPrefix("<rss") || head.hasPrefix("<feed") || head.hasPrefix("<rdf:rdf")
            || (head.hasPrefix("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"))) {
            return .feed
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html") {
            return .html
        }
        let fileExtension = fileName.flatMap { name in name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } }
        switch fileExtension {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "html", "htm", "xhtml": return .html
        case "rss", "atom", "xml": return .feed
        case "trec", "sgml": return .trec
        default: break
        }
        if head.hasPrefix("[") { return .json }
        if head.hasPrefix("{") {
            let lines = leadingText.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true)
            let looksLikeLines = lines.count > 1 && lines[0].trimmingSuffix(while: \.isWhitespace).hasSuffix("}")
                && lines[1].drop(while: \.isWhitespace).hasPrefix("{")
            return looksLikeLines ? .jsonl : .json
        }
        if head.hasPrefix("<") && (head.contains("<body") || head.contains("<p>") || head.contains("<div")) { return .html }
        return .text
    }

    /// The reader for this format.
    public var reader: any DocumentReader {
        switch self {
        case .text: PlainTextReader()
        case .json: JSONDocumentReader(lines: false)
        case .jsonl: JSONDocumentReader(lines: true)
        case .trec: TRECReader()
        case .html: HTMLReader()
        case .feed: FeedReader()
        }
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
