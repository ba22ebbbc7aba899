import ArgumentParser
import Foundation
import KhabarCorpus

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "The most mentioned people, organisations, places and other names of a corpus, over a date range.",
        discussion: """
            Mentions are counted by canonical name (the fullest form in each article), so كيري and \\
            جون كيري count together.

            Example:
              khabar entities --db khabar.sqlite --from 2015-08-01 --to 2015-08-07 --kind PER
            """
    )

    @OptionGroup var corpus: CorpusFile

    @Option(help: "From this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Up to this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only this kind: PER, ORG, LOC or MISC (repeatable).")
    var kind: [String] = []

    @Option(help: "How many entities.")
    var limit = 30

    func run() async throws {
        let kinds = kind.isEmpty ? ["PER", "ORG", "LOC", "MISC"] : kind.map { $0.uppercased() }
        for entry in try await corpus.open().mostMentioned(from: from, to: to, kinds: kinds, limit: limit) {
            StandardStreams.write("\(entry.articles)\t\(entry.mentions)\t\(entry.kind)\t\(entry.name)\n")
        }
        StandardStreams.flush()
    }
}

struct EntityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "One entity across a corpus: its mentions, the names it appears with, its statements and latest articles.",
        discussion: """
            Example:
              khabar entity لافروف --db khabar.sqlite
            """
    )

    @Argument(help: "The entity's canonical name (as `khabar entities` lists it).")
    var name: String

    @OptionGroup var corpus: CorpusFile

    @Option(help: "How many related names, statements and articles.")
    var limit = 10

    func run() async throws {
        let corpus = try await self.corpus.open()
        let profile = try await corpus.profile(of: name, limit: limit)
        StandardStreams.write("■ \(name): \(profile.mentions) mentions in \(profile.articles) articles\n")
        StandardStreams.write("named with:\n")
        for other in profile.related { StandardStreams.write("  \(other.articles)\t\(other.kind)\t\(other.name)\n") }
        StandardStreams.write("statements:\n")
        for quote in try await corpus.quotes(bySpeaker: name, from: nil, to: nil, limit: limit) {
            StandardStreams.write("  \(quote.date?.prefix(10) ?? "-") \(quote.cue ?? "-") — \(quote.text.replacingOccurrences(of: "\n", with: " ").prefix(160))\n")
        }
        StandardStreams.write("latest articles:\n")
        for article in profile.latest { StandardStreams.write("  \(article.date?.prefix(10) ?? "-") \(article.id) — \(article.title ?? "")\n") }
        StandardStreams.flush()
    }
}
