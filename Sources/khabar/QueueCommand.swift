import ArgumentParser
import Foundation
import KhabarCore
import KhabarCorpus
import KhabarPostgres

struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Spread an ingestion over several machines: a work queue in a PostgreSQL corpus.",
        discussion: """
            `khabar queue add` reads articles and puts them in the database in batches; \
            `khabar queue work` — run it on as many machines as you like, all with the same URL — \
            takes batches no other worker holds (FOR UPDATE SKIP LOCKED), analyzes them on every \
            core and stores them in the transaction that marks them done. A worker that is killed \
            loses nothing: its batch goes back to the queue. Workers need only the database URL.

            Example:
              khabar queue add ../shared/data/saudinewsnet --db postgres://khabar:secret@db.local/news
              khabar queue work --db postgres://khabar:secret@db.local/news      # on every machine
              khabar queue status --db postgres://khabar:secret@db.local/news
            """,
        subcommands: [Add.self, Work.self, Status.self]
    )

    /// The `--db` of the queue commands: a PostgreSQL URL (a SQLite file has no queue).
    struct Database: ParsableArguments {
        @Option(help: "The corpus: a postgres://user:password@host:port/database URL.")
        var db: String

        func queue() async throws -> IngestQueue {
            guard PostgresAddress.isURL(db) else { throw ValidationError("the work queue lives in PostgreSQL: --db postgres://…") }
            return IngestQueue(corpus: try await PostgresCorpus(PostgresAddress(db)))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue articles for ingestion, in batches; files already queued are not queued twice.")

        @Argument(help: "Files, folders or - for standard input.")
        var paths: [String]

        @OptionGroup var database: Database

        @Option(help: "Articles per batch.")
        var batch = 200

        @Option(help: "Input format, instead of detecting it.")
        var inputFormat: InputFormat?

        func run() async throws {
            let queue = try await database.queue()
            var added = 0, articles = 0, failures = 0
            for path in IngestCommand.expanding(paths) {
                var documents: [Document] = []
                failures += try InputSources(paths: [path], format: inputFormat).forEachDocument { documents.append($0) }
                articles += documents.count
                added += try await queue.enqueue(documents, label: path, batchSize: batch)
            }
            StandardStreams.warn("queued: \(articles) articles read, \(added) new batches, \(failures) sources failed")
            if failures > 0 { throw ExitCode.failure }
        }
    }

    struct Work: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take batches from the queue, analyze and store them, until none is left.")

        @OptionGroup var database: Database

        @Option(help: "This worker's name in the queue (default: host name and process id).")
        var name = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)"

        func run() async throws {
            let queue = try await database.queue()
            let pipeline = try Pipeline.complete()
            let started = ContinuousClock.now
            let report = try await queue.work(as: name) { try IngestCommand.analyze($0, with: pipeline) }
            let seconds = (ContinuousClock.now - started).seconds
            StandardStreams.warn(String(format: "%@: %d batches, %d stored, %d duplicates, %d batches failed; %.1f s, %.0f articles/s",
                                        name, report.batches, report.stored, report.duplicates, report.failedBatches, seconds,
                                        Double(report.stored + report.duplicates) / max(seconds, 1e-9)))
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "How the queue stands: batches pending, done and failed.")

        @OptionGroup var database: Database

        func run() async throws {
            let status = try await database.queue().status()
            StandardStreams.write("pending \(status.pending)\ndone \(status.done) (\(status.stored) articles stored)\nfailed \(status.failed)\n")
            for failure in status.failures { StandardStreams.write("  \(failure)\n") }
            StandardStreams.flush()
        }
    }
}
