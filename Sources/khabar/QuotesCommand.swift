import ArgumentParser
import Foundation
import KhabarCore
import KhabarCorpus
import KhabarQuotes

struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List who said what: every statement of the articles, with its speaker, role and cue.",
        discussion: """
            Reads the same inputs as `khabar analyze`. Text output: one statement a line, \
            `speaker — role — cue — text` (`?` where the article names no one, `-` where there \
            is no role or cue), after a line naming the document. JSON Lines: one object per \
            statement with the document's id and the quote as in `khabar analyze`'s JSON.

            With --db, lists the statements stored in a corpus instead (see `khabar ingest`), by \
            --speaker (matched against canonical names and as written) and --from/--to dates.

            Example:
              khabar quotes Examples/article.txt
              khabar quotes ../shared/data/saudinewsnet/2015-07-21.zip --format jsonl
              khabar quotes --db khabar.sqlite --speaker لافروف --from 2015-07-01
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Files to read, or - for standard input.")
    var files: [String] = []

    @Option(help: "A corpus (SQLite file or postgres:// URL) to list stored statements from, instead of reading files.")
    var db: String?

    @Option(help: "With --db: the speaker, as named or canonical.")
    var speaker: String?

    @Option(help: "With --db: from this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "With --db: up to this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "With --db: at most this many statements.")
    var limit = 1_000

    @Option(help: "Output: text (one statement a line) or jsonl.")
    var format: OutputFormat = .text

    @Option(help: "Input format, instead of detecting it.")
    var inputFormat: InputFormat?

    func validate() throws {
        if db == nil, files.isEmpty { throw ValidationError("name files to read, or a corpus with --db") }
    }

    func run() async throws {
        if let db { return try await listStored(in: db) }
        let pipeline = try Pipeline.withQuotes()
        let failures = try InputSources(paths: files, format: inputFormat).forEachDocument { document in
            let document = try pipeline.analyze(document)
            switch format {
            case .text:
                StandardStreams.write("■ \(document.metadata.id)\n")
                for quote in document.quotes { StandardStreams.write(Self.line(quote, in: document) + "\n") }
            case .jsonl:
                for quote in document.quotes {
                    var object: [String: Any] = ["id": document.metadata.id, "start": quote.span.start, "end": quote.span.end,
                                                 "text": String(document[quote.span]), "kind": quote.kind.rawValue,
                                                 "cue": quote.cue.map { String(document[$0]) } as Any]
                    object["speaker"] = quote.speaker.map { speaker -> [String: Any] in
                        ["text": String(document[speaker.span]), "canonical": speaker.canonical, "type": speaker.kind?.rawValue as Any,
                         "role": speaker.role.map { String(document[$0]) } as Any, "start": speaker.span.start, "end": speaker.span.end]
                    } ?? NSNull()
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    StandardStreams.write(data)
                    StandardStreams.write("\n")
                }
            }
        }
        StandardStreams.flush()
        if failures > 0 { throw ExitCode.failure }
    }

    /// Prints the statements a corpus holds by the speaker, one a line.
    private func listStored(in db: String) async throws {
        let quotes = try await CorpusFile.open(db, creating: false).quotes(bySpeaker: speaker ?? "", from: from, to: to, limit: limit)
        for quote in quotes {
            switch format {
            case .text:
                let text = quote.text.replacingOccurrences(of: "\n", with: " ")
                StandardStreams.write("\(quote.date?.prefix(10) ?? "-") \(quote.source ?? "-") — \(quote.canonical ?? "?") — \(quote.role ?? "-") — \(quote.cue ?? "-") — \(text)\n")
            case .jsonl:
                let object: [String: Any] = ["id": quote.articleID, "date": quote.date as Any, "source": quote.source as Any, "text": quote.text,
                                             "kind": quote.kind, "cue": quote.cue as Any, "speaker": quote.speaker as Any,
                                             "canonical": quote.canonical as Any, "role": quote.role as Any]
                StandardStreams.write(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                StandardStreams.write("\n")
            }
        }
        StandardStreams.flush()
    }

    /// `speaker — role — cue — text`, with newlines inside the quotation shown as spaces.
    static func line(_ quote: Quote, in document: Document) -> String {
        let speaker = quote.speaker?.canonical ?? "?"
        let role = quote.speaker?.role.map { String(document[$0]) } ?? "-"
        let cue = quote.cue.map { String(document[$0]) } ?? "-"
        let text = document[quote.span].replacingOccurrences(of: "\n", with: " ")
        return "\(speaker) — \(role) — \(cue) — \(text)"
    }
}
