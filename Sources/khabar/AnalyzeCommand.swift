import ArgumentParser
import Foundation
import KhabarCore
import KhabarEntities
import KhabarMorphology
import KhabarQuotes

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze articles: paragraphs, sentences, tokens, clitic segments, stems, entities and quotations, with exact offsets.",
        discussion: """
            Reads plain text, JSON, JSON Lines, TREC, HTML and RSS/Atom files (detected from the \
            name and content, or set with --input-format), ZIP archives of them, or standard input (-).

            Example:
              khabar analyze Examples/article.txt --format text
              cat page.html | khabar analyze - --input-format html --format jsonl
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, conll, text
    }

    @Argument(help: "Files to analyze, or - for standard input.")
    var files: [String]

    @Option(help: "Output: json (readable; an array when there are several documents), jsonl, conll (CoNLL-U) or text.")
    var format: OutputFormat = .json

    @Option(help: "Input format, instead of detecting it: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat?

    @Option(help: "Comma-separated layers to compute (default: all): paragraphs, tokens, sentences, words, stems, roots, entities, quotes, topic.")
    var layers: String?

    func run() throws {
        let pipeline = try selectedPipeline()
        var output = DocumentStream(format: format)
        defer { output.finish() } // what was analyzed is written even when a later step fails
        let failures = try InputSources(paths: files, format: inputFormat).forEachDocument { document in
            output.write(try pipeline.analyze(document))
        }
        if failures > 0 { throw ExitCode.failure }
    }

    private func selectedPipeline() throws -> Pipeline {
        guard let layers else { return try Pipeline.complete() }
        let names = Set(layers.split(separator: ",").map { Layer(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
        do {
            // The morphology models are loaded only when a layer needs them.
            if names.isSubset(of: Pipeline.textCore.layers) { return try Pipeline.textCore.producing(names) }
            if names.isSubset(of: try Pipeline.withMorphology().layers) { return try Pipeline.withMorphology().producing(names) }
            if names.isSubset(of: try Pipeline.withEntities().layers) { return try Pipeline.withEntities().producing(names) }
            return try Pipeline.complete().producing(names)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// Writes analyzed documents to standard output as they come, in one output format.
///
/// With `json`, one document is a bare object and several are an array, so the first document
/// is held back until the second shows which it is. JSON is streamed out in pieces, so a
/// document with millions of tokens is never encoded whole in memory.
struct DocumentStream {
    let format: AnalyzeCommand.OutputFormat
    private var count = 0
    private var heldBack: Document?

    init(format: AnalyzeCommand.OutputFormat) { self.format = format }

    mutating func write(_ document: Document) {
        defer { count += 1 }
        switch format {
        case .json:
            if count == 0 { heldBack = document; return }
            if let first = heldBack {
                StandardStreams.write("[\n")
                DocumentJSON.encode(first, layout: .readable) { StandardStreams.write($0) }
                heldBack = nil
            }
            StandardStreams.write(",\n")
            DocumentJSON.encode(document, layout: .readable) { StandardStreams.write($0) }
        case .jsonl:
            DocumentJSON.encode(document) { StandardStreams.write($0) }
            StandardStreams.write("\n")
        case .conll:
            StandardStreams.write(DocumentCoNLL.encode(document))
        case .text:
            if count > 0 { StandardStreams.write("\n") }
            StandardStreams.write(DocumentText.render(document))
        }
    }

    mutating func finish() {
        if let first = heldBack {
            DocumentJSON.encode(first, layout: .readable) { StandardStreams.write($0) }
            StandardStreams.write("\n")
        }
        if format == .json, count > 1 { StandardStreams.write("\n]\n") }
        StandardStreams.flush()
    }
}
