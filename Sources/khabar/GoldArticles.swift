import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore

/// Hand-annotated SaudiNewsNet articles: gold files name them by id and offsets, and the text
/// comes from the corpus, so that no article text is committed.
struct GoldArticles: ParsableArguments {
    @Argument(help: "Gold files.")
    var files: [String]

    @Option(help: "The SaudiNewsNet folder of ZIP archives.")
    var corpus: String

    /// The gold files' contents, in order.
    func texts() throws -> [String] {
        try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// Analyzes each gold article's document with `pipeline` and hands it over with its gold,
    /// after checking that the gold's spans fit it (a gold file made for another text is refused).
    func analyze<Gold>(_ gold: [Gold], id: (Gold) -> String, spans: (Gold) -> [(start: Int, end: Int)], with pipeline: Pipeline,
                       _ body: (Gold, Document) throws -> Void) throws {
        try Self.analyze(gold, in: corpus, id: id, spans: spans, with: pipeline, body)
    }

    /// ``analyze(_:id:spans:with:_:)`` for articles of the SaudiNewsNet folder `corpus`.
    static func analyze<Gold>(_ gold: [Gold], in corpus: String, id: (Gold) -> String, spans: (Gold) -> [(start: Int, end: Int)],
                              with pipeline: Pipeline, _ body: (Gold, Document) throws -> Void) throws {
        let documents = try documents(withIDs: Set(gold.map(id)), in: corpus)
        for article in gold {
            guard let document = documents[id(article)] else { throw ValidationError("no article \(id(article)) in \(corpus)") }
            let analyzed = try pipeline.analyze(document)
            for span in spans(article) where span.start < 0 || span.start > span.end || span.end > analyzed.scalarCount {
                throw ValidationError("\(id(article)): gold span \(span.start)..<\(span.end) does not fit the article (\(analyzed.scalarCount) characters)")
            }
            try body(article, analyzed)
        }
    }

    /// The documents of the archives the ids name (`2015-07-21#3` is in 2015-07-21.zip).
    private static func documents(withIDs ids: Set<String>, in folder: String) throws -> [String: Document] {
        var documents: [String: Document] = [:]
        for archive in Set(ids.compactMap { $0.split(separator: "#").first.map(String.init) }).sorted() {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(archive + ".zip")
            for document in try ZipArchive.documents(in: url) where ids.contains(document.metadata.id) {
                documents[document.metadata.id] = document
            }
        }
        return documents
    }
}
