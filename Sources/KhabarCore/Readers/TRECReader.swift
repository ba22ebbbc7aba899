/// Reads TREC-style SGML files such as the ANT corpus: one or more `<DOC>…</DOC>` blocks with
/// `<DOCNO>`, `<URL>`, `<SRC>`, `<TITLE>`, `<TIME>`/`<DATE>`, `<ABSTRACT>` and `<TEXT>` fields.
public struct TRECReader: DocumentReader {
    /// Creates a TREC reader.
    public init() {}

    public func documents(in text: String, source: String) throws -> [Document] {
        let blocks = Self.elements(named: "DOC", in: Substring(text))
        return blocks.enumerated().map { index, block in
            func field(_ names: String...) -> String? {
                names.lazy.compactMap { Self.elements(named: $0, in: block).first.map(String.init) }.first
            }
            let abstract = field("ABSTRACT")?.nonEmpty
            let body = field("TEXT", "BODY") ?? ""
            let fields = ArticleFields(
                id: field("DOCNO"), title: field("TITLE", "HEADLINE", "HEAD"),
                body: abstract.map { $0 + "\n\n" + body } ?? body,
                url: field("URL"), source: field("SRC", "SOURCE"), date: field("TIME", "DATE"),
                author: field("AUTHOR", "BYLINE")
            )
            return fields.document(fallbackID: positionalID(source, index, of: blocks.count))
        }
    }

    /// The contents of every `<NAME>…</NAME>` element in `text`, in order, found in one pass;
    /// an element left open runs to the end of the text.
    static func elements(named name: String, in text: Substring) -> [Substring] {
        let open = "<\(name)>", close = "</\(name)>"
        var result: [Substring] = []
        let utf8 = text.utf8
        var position = utf8.startIndex
        while let start = utf8.firstRange(ofASCII: open, from: position, caseInsensitive: true) {
            guard let end = utf8.firstRange(ofASCII: close, from: start.upperBound, caseInsensitive: true) else {
                result.append(text[start.upperBound...])
                break
            }
            result.append(text[start.upperBound..<end.lowerBound])
            position = end.upperBound
        }
        return result
    }
}
