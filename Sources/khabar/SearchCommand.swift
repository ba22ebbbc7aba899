import ArgumentParser
import Foundation
import KhabarCorpus

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a corpus with Arabic-aware analysis: حلب finds بحلب and لحلب, المدرسة finds مدرسه.",
        discussion: """
            Words are matched by their light stems, ranked by BM25 (SQLite) or cover density (PostgreSQL). "Quoted words" form a phrase, \
            a trailing * searches a prefix, OR joins alternatives, -word or NOT word excludes. \
            Any other punctuation is only text: a query cannot break out into SQL or FTS syntax.

            Example:
              khabar search --db khabar.sqlite "مجلس الأمن" --limit 5
              khabar search --db khabar.sqlite "حلب OR دمشق -روسيا" --from 2015-08-01 --format jsonl
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "The query.")
    var query: String

    @OptionGroup var corpus: CorpusFile

    @Option(help: "How many results.")
    var limit = 10

    @Option(help: "Only articles from this source.")
    var source: String?

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only articles that mention this entity, by canonical name (as `khabar entities` lists it).")
    var entity: String?

    @Option(help: "Only articles on this topic: local, international, politics, economy, society, sport, culture, technology, diverse.")
    var topic: String?

    @Option(help: "Output: text or jsonl.")
    var format: OutputFormat = .text

    func run() async throws {
        let hits = try await corpus.open().search(SearchQuery(query, source: source, from: from, to: to, entity: entity, topic: topic), limit: limit)
        for hit in hits {
            switch format {
            case .text:
                StandardStreams.write("\(hit.title ?? "(no title)")\n  \([hit.source, hit.date, hit.topic, hit.url].compactMap { $0 }.joined(separator: " · "))\n  \(hit.snippet.replacingOccurrences(of: "\n", with: " "))\n\n")
            case .jsonl:
                let object: [String: Any] = ["id": hit.id, "title": hit.title as Any, "source": hit.source as Any, "date": hit.date as Any,
                                             "url": hit.url as Any, "topic": hit.topic as Any, "snippet": hit.snippet, "score": hit.score]
                StandardStreams.write(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
                StandardStreams.write("\n")
            }
        }
        StandardStreams.flush()
    }
}
