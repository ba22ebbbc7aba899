import Foundation
import KhabarArchive
import KhabarCore
import KhabarCorpus
import KhabarPostgres
import Testing

private let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let archive = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/data/saudinewsnet/2015-07-22.zip")

/// `khabar ingest` (and a `khabar queue work` worker) killed with SIGKILL halfway, then run
/// again, leaves the same rows as one run that was never interrupted.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: archive.path),
                "../shared/data/saudinewsnet is absent: the kill -9 ingestion test is skipped"))
struct ResumableIngestTests {
    static let executable: URL? = {
        [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khabar"),
         Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khabar"),
         projectRoot.appendingPathComponent(".build/debug/khabar")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    func ingest(_ input: URL, into db: URL) throws -> Process {
        try khabar(["ingest", input.path, "--db", db.path, "--batch", "16"])
    }

    /// A `khabar` process, started.
    func khabar(_ arguments: [String]) throws -> Process {
        guard let executable = Self.executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "khabar"]) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.enabled(if: StoreBackend.postgresURL != nil, "KHABAR_POSTGRES_URL is not set: no PostgreSQL server to queue work in"))
    func aKilledQueueWorkerLosesNothing() async throws {
        let (folder, input) = try articles()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await StoreBackend.withPostgresCorpus { whole, wholeURL in
            try await StoreBackend.withPostgresCorpus { interrupted, interruptedURL in
                for url in [wholeURL, interruptedURL] { try khabar(["queue", "add", input.path, "--db", url, "--batch", "16"]).waitUntilExit() }
                try khabar(["queue", "work", "--db", wholeURL]).waitUntilExit()

                let first = try khabar(["queue", "work", "--db", interruptedURL])
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline, first.isRunning, try await interrupted.articleCount() < 32 {
                    try await Task.sleep(for: .milliseconds(50))
                }
                let killedHalfway = first.isRunning
                kill(first.processIdentifier, SIGKILL)
                first.waitUntilExit()
                let afterKill = try await interrupted.articleCount()
                try khabar(["queue", "work", "--db", interruptedURL]).waitUntilExit()

                #expect(killedHalfway, "the first worker ended before it could be killed")
                #expect(afterKill < 300)
                let expected = try await whole.rowCounts()
                #expect(expected["article"] ?? 0 > 250)
                #expect(try await interrupted.rowCounts() == expected)
                #expect(try await IngestQueue(corpus: interrupted).status() == IngestQueue(corpus: whole).status())
            }
        }
    }

    /// 300 articles as JSON Lines in a new folder: a small set that still takes a few seconds
    /// to analyze.
    func articles() throws -> (folder: URL, input: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let documents = try ZipArchive.documents(in: archive).prefix(300)
        let lines = try documents.map { document -> String in
            let object: [String: Any] = ["id": document.metadata.id, "title": document.titleText ?? "",
                                         "content": String(document[Span(start: document.title?.end ?? 0, end: document.scalarCount)]),
                                         "date": document.metadata.date ?? "", "source": document.metadata.source ?? ""]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let input = folder.appendingPathComponent("articles.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        return (folder, input)
    }

    @Test func aKilledIngestionFinishesOnTheNextRun() throws {
        let (folder, input) = try articles()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = folder.appendingPathComponent("whole.sqlite")
        let once = try ingest(input, into: whole)
        once.waitUntilExit()

        let interrupted = folder.appendingPathComponent("interrupted.sqlite")
        let first = try ingest(input, into: interrupted)
        // Kill it once some batches are committed and before the end.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, first.isRunning {
            if FileManager.default.fileExists(atPath: interrupted.path), (try? SQLiteCorpus(path: interrupted.path).articleCount()) ?? 0 >= 32 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let killedHalfway = first.isRunning
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let afterKill = try SQLiteCorpus(path: interrupted.path).articleCount()
        let second = try ingest(input, into: interrupted)
        second.waitUntilExit()

        #expect(killedHalfway, "the first run ended before it could be killed")
        #expect(afterKill < 300)
        let expected = try counts(whole)
        #expect(expected.articles > 250)
        #expect(try counts(interrupted) == expected)
    }

    func counts(_ db: URL) throws -> Counts {
        let corpus = try SQLiteCorpus(path: db.path)
        return Counts(articles: try corpus.articleCount(), rows: try corpus.rowCounts())
    }

    struct Counts: Equatable {
        let articles: Int
        let rows: [String: Int]
    }
}
