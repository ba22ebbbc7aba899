import ArgumentParser
import Foundation
import KhabarCorpus

/// The `--db` option of the commands that read a corpus made by `khabar ingest`.
struct CorpusFile: ParsableArguments {
    @Option(help: "The SQLite corpus file.")
    var db = "khabar.sqlite"

    /// The corpus; an error naming the file when there is none (reading never creates one).
    func open() throws -> SQLiteCorpus {
        try Self.open(db)
    }

    static func open(_ path: String) throws -> SQLiteCorpus {
        guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("no corpus at \(path); create one with khabar ingest") }
        return try SQLiteCorpus(path: path)
    }
}
