import ArgumentParser
import KhabarCore

@main
struct KhabarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Arabic news intelligence: read articles, find their structure, measure the engine.",
        version: Khabar.version,
        subcommands: [AnalyzeCommand.self, SegmentCommand.self, NERCommand.self, QuotesCommand.self, IngestCommand.self, QueueCommand.self, SearchCommand.self, DuplicatesCommand.self, EntitiesCommand.self, EntityCommand.self, TrainCommand.self, EvalCommand.self, BenchCommand.self]
    )
}
