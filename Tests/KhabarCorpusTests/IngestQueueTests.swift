import Foundation
import KhabarCore
import KhabarCorpus
import KhabarPostgres
import Testing

/// Workers sharing the work queue in PostgreSQL.
@Suite(.enabled(if: StoreBackend.postgresURL != nil, "KHABAR_POSTGRES_URL is not set: no PostgreSQL server to queue work in"))
struct IngestQueueTests {
    /// Twenty-four short articles of our own, each different.
    static func articles() throws -> [Document] {
        let places = ["حلب", "دمشق", "جدة", "الرياض", "القاهرة", "عمّان"]
        return try (0..<24).map { index in
            let place = places[index % places.count]
            return try CorpusStoreTests.article("خبر رقم \(index) من \(place)",
                                                "قال مسؤول في \(place) إن الاجتماع رقم \(index) سيعقد غداً لبحث ملف المياه.", id: "q\(index)")
        }
    }

    static func analyze(_ documents: [Document]) async throws -> [Document] {
        // Long enough that the other worker takes the next batch meanwhile.
        try await Task.sleep(for: .milliseconds(30))
        return try documents.map { try CorpusStoreTests.pipeline.analyze($0) }
    }

    @Test func twoWorkersShareOneQueue() async throws {
        try await StoreBackend.withPostgresCorpus { corpus, url in
            let queue = IngestQueue(corpus: corpus)
            let documents = try Self.articles()
            #expect(try await queue.enqueue(documents, label: "test", batchSize: 2) == 12)
            #expect(try await queue.enqueue(documents, label: "test", batchSize: 2) == 0) // queued once
            let second = IngestQueue(corpus: try await PostgresCorpus(PostgresAddress(url)))
            async let first = queue.work(as: "first", analyze: Self.analyze)
            async let other = second.work(as: "second", analyze: Self.analyze)
            let reports = try await [first, other]
            second.corpus.close()
            #expect(reports.map(\.batches).reduce(0, +) == 12)
            #expect(reports.allSatisfy { $0.batches > 0 }, "each worker took batches: \(reports.map(\.batches))")
            #expect(reports.map(\.stored).reduce(0, +) == 24)
            let status = try await queue.status()
            #expect(status.pending == 0 && status.done == 12 && status.failed == 0 && status.stored == 24)
            #expect(try await corpus.articleCount() == 24)
            #expect(try await corpus.search(SearchQuery("المياه"), limit: 100, collapsingDuplicates: false).count == 24)
        }
    }

    @Test func aFailedBatchGoesBackToTheQueue() async throws {
        try await StoreBackend.withPostgresCorpus { corpus in
            let queue = IngestQueue(corpus: corpus)
            let documents = try Self.articles()
            try await queue.enqueue(documents, label: "test", batchSize: 6)
            // A worker whose analysis dies on its second batch, after storing its first.
            let calls = Counter()
            let broken = try await queue.work(as: "broken") { documents in
                if calls.next() == 2 { throw CancellationError() }
                return try await Self.analyze(documents)
            }
            #expect(broken.batches == 4 && broken.failedBatches == 0, "the failed batch is taken again")
            let status = try await queue.status()
            #expect(status.pending == 0 && status.done == 4 && status.stored == 24)
            #expect(try await corpus.articleCount() == 24)
            #expect(try await corpus.rowCounts()["duplicate"] == 24)
        }
    }

    @Test func aBatchThatAlwaysFailsIsSetAside() async throws {
        try await StoreBackend.withPostgresCorpus { corpus in
            let queue = IngestQueue(corpus: corpus)
            try await queue.enqueue(try Self.articles(), label: "test", batchSize: 24)
            let report = try await queue.work(as: "broken") { _ in throw CancellationError() }
            #expect(report.batches == 0 && report.failedBatches == 1)
            let status = try await queue.status()
            #expect(status.failed == 1 && status.pending == 0)
            #expect(status.failures.first?.contains("broken") == true)
            #expect(try await corpus.articleCount() == 0)
        }
    }
}

/// A count shared with a worker's analysis closure.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
