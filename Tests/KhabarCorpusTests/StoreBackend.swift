import Foundation
import KhabarCorpus
import KhabarPostgres
import PostgresNIO
import Testing

/// The stores the corpus tests run against: SQLite in a temporary file, and PostgreSQL in a
/// schema of its own when `KHABAR_POSTGRES_URL` names a server (`.ci/run` starts one and sets it).
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The server the PostgreSQL tests use, e.g. `postgres://khabar:khabar@127.0.0.1:5432/khabar_test`.
    static let postgresURL: String? = ProcessInfo.processInfo.environment["KHABAR_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// SQLite, and PostgreSQL when a server is named.
    static var available: [StoreBackend] {
        if postgresURL == nil {
            FileHandle.standardError.write(Data("note: KHABAR_POSTGRES_URL is not set; the store tests run on SQLite only\n".utf8))
            return [.sqlite]
        }
        return allCases
    }

    /// A new, empty store for one test, removed afterwards.
    func withCorpus(_ body: (any CorpusStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-corpus-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await body(try SQLiteCorpus(path: folder.appendingPathComponent("corpus.sqlite").path))
        case .postgres:
            try await Self.withPostgresCorpus { try await body($0) }
        }
    }

    /// A PostgreSQL corpus in a new schema, dropped afterwards.
    static func withPostgresCorpus(_ body: (PostgresCorpus, _ url: String) async throws -> Void) async throws {
        let url = try #require(postgresURL, "KHABAR_POSTGRES_URL is not set")
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let address = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
        let corpus = try await PostgresCorpus(PostgresAddress(address))
        let outcome = await Result { try await body(corpus, address) }
        corpus.close()
        try await execute("DROP SCHEMA \(schema) CASCADE", on: url)
        try outcome.get()
    }

    /// Runs one statement on the server of `url` through a client of its own.
    static func execute(_ sql: String, on url: String) async throws {
        var logger = Logger(label: "khabar.tests")
        logger.logLevel = .error
        let client = PostgresClient(configuration: try PostgresAddress(url).configuration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            group.cancelAll()
        }
    }

    static func withPostgresCorpus(_ body: (PostgresCorpus) async throws -> Void) async throws {
        try await withPostgresCorpus { corpus, _ in try await body(corpus) }
    }
}

extension Result where Failure == any Error {
    /// The outcome of an asynchronous throwing body.
    init(_ body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
