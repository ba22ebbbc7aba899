import ArgumentParser
import Foundation
import KhabarCorpus

struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List the clusters of near-duplicate articles in a corpus: wire stories re-posted with small edits.",
        discussion: """
            Articles are grouped at ingestion by MinHash signatures of their body's word \\
            3-shingles (headline left out), banded for locality-sensitive hashing; search shows \\
            one article per cluster.

            Example:
              khabar duplicates --db khabar.sqlite --limit 20
            """
    )

    @OptionGroup var corpus: CorpusFile

    @Option(help: "How many clusters, largest first.")
    var limit = 50

    func run() async throws {
        for (number, cluster) in try await corpus.open().duplicateClusters(limit: limit).enumerated() {
            StandardStreams.write("■ cluster \(number + 1): \(cluster.count) articles\n")
            for article in cluster {
                StandardStreams.write("  \(article.date?.prefix(10) ?? "-") \(article.source ?? "-") \(article.id) — \(article.title ?? "")\n")
            }
        }
        StandardStreams.flush()
    }
}
