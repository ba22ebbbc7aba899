import ArgumentParser
import Foundation
import KhabarCore
import KhabarCorpus

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyze articles and store them, with their entities and quotations, in a searchable corpus.",
        discussion: """
            Reads files, folders (recursively), ZIP archives, JSON Lines, feeds and TREC files, or \
            standard input (-). Articles are analyzed on every core and stored a batch per \
            transaction; an article whose text is already stored is skipped, so re-running an \
            ingestion — also after it was killed — stores only what is missing. A file that \
            cannot be read is reported and skipped. The corpus (a SQLite file, or a PostgreSQL \
            server by postgres:// URL) is created on first use. To spread an ingestion over \
            several machines, see `khabar queue`.

            Example:
              khabar ingest ../shared/data/saudinewsnet --db khabar.sqlite
            """
    )

    @Argument(help: "Files, folders or - for standard input.")
    var paths: [String]

    @Option(help: "The corpus: a SQLite file, or a postgres://user:password@host:port/database URL.")
    var db = "khabar.sqlite"

    @Option(help: "Articles per transaction.")
    var batch = 256

    @Option(help: "Input format, instead of detecting it.")
    var inputFormat: InputFormat?

    func run() async throws {
        let corpus = try await CorpusFile.open(db, creating: true)
        let pipeline = try Pipeline.complete()
        let started = ContinuousClock.now
        var documents: [Document] = []
        let failures = try InputSources(paths: Self.expanding(paths), format: inputFormat).forEachDocument { documents.append($0) }
        var progress = Progress(total: documents.count, started: started)
        // A batch is stored while the next one is analyzed.
        var storing: Task<(read: Int, report: StoreReport, known: Int), Error>?
        for start in stride(from: 0, to: documents.count, by: max(1, batch)) {
            let slice = Array(documents[start ..< min(documents.count, start + max(1, batch))])
            let known = try await corpus.alreadyStored(slice)
            let analyzed = try Self.analyze(slice.indices.filter { !known.contains($0) }.map { slice[$0] }, with: pipeline)
            if let previous = try await storing?.value { progress.add(previous) }
            storing = Task { (slice.count, try await corpus.store(analyzed), known.count) }
        }
        if let last = try await storing?.value { progress.add(last) }
        progress.finish(failed: failures)
        if failures > 0 { throw ExitCode.failure }
    }

    /// The documents analyzed on every core, in their order.
    static func analyze(_ documents: [Document], with pipeline: Pipeline) throws -> [Document] {
        let results = AnalysisResults(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results.set(index, Result { try pipeline.analyze(documents[index]) })
        }
        return try results.values.map { try $0!.get() }
    }

    /// Folders replaced by the files inside them, recursively, in name order.
    static func expanding(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
            return walker.compactMap { $0 as? String }.sorted().compactMap { relative in
                let full = (path as NSString).appendingPathComponent(relative)
                var nested: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: full, isDirectory: &nested)
                return !exists || nested.boolValue || relative.hasPrefix(".") || relative.hasSuffix(".md") ? nil : full
            }
        }
    }
}

/// The results of a parallel analysis, one slot per document, filled from several threads.
private final class AnalysisResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<Document, Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Document, Error>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}

/// The progress line on a terminal (articles/s, ETA) and the summary at the end.
private struct Progress {
    let total: Int
    let started: ContinuousClock.Instant
    var read = 0, stored = 0, duplicates = 0
    private let onTerminal = isatty(STDERR_FILENO) != 0

    init(total: Int, started: ContinuousClock.Instant) {
        self.total = total
        self.started = started
    }

    private var rate: Double { Double(read) / max((ContinuousClock.now - started).seconds, 1e-9) }

    /// A stored batch: articles read, the store's report, articles known before analysis.
    mutating func add(_ batch: (read: Int, report: StoreReport, known: Int)) {
        read += batch.read
        stored += batch.report.stored
        duplicates += batch.report.duplicates + batch.known
        guard onTerminal else { return }
        let remaining = rate > 0 ? Double(total - self.read) / rate : 0
        FileHandle.standardError.write(Data(String(format: "\r%d/%d articles  %.0f articles/s  ETA %.0f s   ", read, total, rate, remaining).utf8))
    }

    func finish(failed: Int) {
        if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        StandardStreams.warn(String(format: "ingested: %d read, %d stored, %d duplicates, %d sources failed; %.1f s, %.0f articles/s",
                                    read, stored, duplicates, failed, (ContinuousClock.now - started).seconds, rate))
    }
}
