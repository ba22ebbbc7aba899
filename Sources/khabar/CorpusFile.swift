import ArgumentParser
import Foundation
import KhabarCorpus
import KhabarPostgres

/// The `--db` option of the corpus commands: a SQLite file or a PostgreSQL server.
struct CorpusFile: ParsableArguments {
    @Option(help: "The corpus: a SQLite file, or a postgres://user:password@host:port/database URL.")
    var db = "khabar.sqlite"

    /// The corpus; an error naming the file when there is none (reading never creates one).
    func open() async throws -> any CorpusStore {
        try await Self.open(db, creating: false)
    }

    /// The corpus at a file path or `postgres://` URL; a SQLite file is created only when
    /// `creating`, a PostgreSQL schema whenever it is missing.
    static func open(_ location: String, creating: Bool) async throws -> any CorpusStore {
        if PostgresAddress.isURL(location) { return try await PostgresCorpus(PostgresAddress(location)) }
        guard creating || FileManager.default.fileExists(atPath: location) else {
            throw ValidationError("no corpus at \(location); create one with khabar ingest")
        }
        return try SQLiteCorpus(path: location)
    }
}
