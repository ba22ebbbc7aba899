import Foundation
import KhabarCore
import KhabarCorpus
import PostgresNIO

/// The work queue in the database that ingestion workers on several machines share: the
/// articles to ingest wait in batches (`ingest_batch`); each worker takes the next batch no one
/// holds (`FOR UPDATE SKIP LOCKED`), analyzes it and stores it in the same transaction that marks
/// it done. A worker that dies — killed, disconnected, its machine gone — holds nothing: its
/// transaction is rolled back and the batch waits for the next worker, so adding workers adds
/// throughput and losing one loses nothing.
///
/// ```swift
/// let queue = IngestQueue(corpus: try await PostgresCorpus(PostgresAddress(url)))
/// try await queue.enqueue(documents, label: "2015-07-21.zip")        // on any machine
/// let report = try await queue.work(as: "worker-1") { try pipeline.analyze($0) }   // on every machine
/// ```
public struct IngestQueue: Sendable {
    /// The corpus the batches are stored in.
    public let corpus: PostgresCorpus
    /// How often a batch whose analysis or storing fails is tried before it is marked failed.
    public static let attempts = 3

    /// A queue in the corpus's database.
    public init(corpus: PostgresCorpus) { self.corpus = corpus }

    /// An article as it waits in the queue: the text, headline span and metadata a reader made.
    private struct Queued: Codable {
        var text: String, title: Span?, metadata: Metadata
    }

    /// Adds documents in batches labelled `label#first-index`; a batch already queued under its
    /// label is left alone, so that queueing the same files twice queues them once. Returns the
    /// number of batches added.
    @discardableResult
    public func enqueue(_ documents: [Document], label: String, batchSize: Int = 200) async throws -> Int {
        let size = max(1, batchSize)
        var added = 0
        for start in stride(from: 0, to: documents.count, by: size) {
            let batch = documents[start..<min(documents.count, start + size)]
            let payload = try JSONEncoder().encode(batch.map { Queued(text: $0.text, title: $0.title, metadata: $0.metadata) })
            let inserted = try await corpus.client.query("""
                INSERT INTO ingest_batch (label, documents, articles) VALUES (\("\(label)#\(start)"), \(payload), \(batch.count))
                ON CONFLICT (label) DO NOTHING RETURNING id
                """, logger: corpus.logger).decode(Int64.self).first { _ in true }
            if inserted != nil { added += 1 }
        }
        return added
    }

    /// What a worker did.
    public struct WorkReport: Sendable, Equatable {
        /// Batches this worker finished, and those it gave up on.
        public var batches = 0, failedBatches = 0
        /// Articles stored, and skipped as already stored.
        public var stored = 0, duplicates = 0
    }

    /// Takes batches until none is pending, analyzing each with `analyze` and storing it; returns
    /// what this worker did. A batch whose analysis or storing throws goes back to the queue
    /// (failed for good after ``attempts`` tries, its error recorded).
    public func work(as worker: String, analyze: @Sendable ([Document]) async throws -> [Document]) async throws -> WorkReport {
        var report = WorkReport()
        while true {
            let outcome: Outcome
            do {
                outcome = try await corpus.client.withTransaction(logger: corpus.logger) { connection in
                    try await process(nextBatchOn: connection, as: worker, analyze: analyze)
                }
            } catch let error as PostgresTransactionError {
                guard let failure = error.closureError as? BatchFailure else { throw error }
                try await recordFailure(failure)
                report.failedBatches += failure.final ? 1 : 0
                continue
            }
            guard case let .done(stored) = outcome else { return report }
            report.batches += 1
            report.stored += stored.stored
            report.duplicates += stored.duplicates
        }
    }

    private enum Outcome { case done(StoreReport), empty }

    /// Why a batch's transaction was rolled back.
    private struct BatchFailure: Error {
        var id: Int64, final: Bool, reason: String
    }

    private func process(nextBatchOn connection: PostgresConnection, as worker: String,
                         analyze: @Sendable ([Document]) async throws -> [Document]) async throws -> Outcome {
        let next = try await connection.query("""
            SELECT id, documents, attempts FROM ingest_batch WHERE state = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
            """, logger: corpus.logger).decode((Int64, Data?, Int).self).first { _ in true }
        guard let (id, payload, attempts) = next else { return .empty }
        do {
            guard let payload else { throw PostgresStoreError.damagedBatch(id: id, reason: "no documents") }
            let documents = try JSONDecoder().decode([Queued].self, from: payload).map { Document(text: $0.text, title: $0.title, metadata: $0.metadata) }
            let report = try await corpus.store(try await analyze(documents), on: connection)
            try await connection.query("""
                UPDATE ingest_batch SET state = 'done', documents = NULL, worker = \(worker), attempts = attempts + 1,
                    stored = \(report.stored), duplicates = \(report.duplicates), error = NULL, finished_at = now()
                WHERE id = \(id)
                """, logger: corpus.logger)
            return .done(report)
        } catch {
            throw BatchFailure(id: id, final: attempts + 1 >= Self.attempts, reason: "\(worker): \(error)")
        }
    }

    private func recordFailure(_ failure: BatchFailure) async throws {
        try await corpus.client.query("""
            UPDATE ingest_batch SET attempts = attempts + 1, error = \(failure.reason),
                state = CASE WHEN attempts + 1 >= \(Self.attempts) THEN 'failed' ELSE 'pending' END
            WHERE id = \(failure.id)
            """, logger: corpus.logger)
    }

    /// How the queue stands.
    public struct Status: Sendable, Equatable {
        /// Batches by state.
        public var pending = 0, done = 0, failed = 0
        /// Articles stored by the finished batches.
        public var stored = 0
        /// The failed batches' labels and errors.
        public var failures: [String] = []
    }

    /// How the queue stands: batches pending, done and failed.
    public func status() async throws -> Status {
        var status = Status()
        for try await (state, batches, stored) in try await corpus.client.query("""
            SELECT state, COUNT(*), COALESCE(SUM(stored), 0)::bigint FROM ingest_batch GROUP BY state
            """, logger: corpus.logger).decode((String, Int, Int).self) {
            switch state {
            case "pending": status.pending = batches
            case "done": status.done = batches; status.stored = stored
            default: status.failed = batches
            }
        }
        for try await (label, error) in try await corpus.client.query("""
            SELECT label, COALESCE(error, '') FROM ingest_batch WHERE state = 'failed' ORDER BY id LIMIT 100
            """, logger: corpus.logger).decode((String, String).self) {
            status.failures.append("\(label): \(error)")
        }
        return status
    }
}
