import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore

/// Reads the documents named on the command line: files, ZIP archives of files, or `-` for
/// standard input. A source that cannot be read is reported and skipped.
struct InputSources {
    let paths: [String]
    let format: InputFormat?

    /// Calls `body` with each document; returns the number of sources that failed.
    func forEachDocument(_ body: (Document) throws -> Void) throws -> Int {
        var failures = 0
        for path in paths {
            do {
                for document in try documents(at: path) { try body(document) }
            } catch let error as ReaderError {
                StandardStreams.warn(error.description)
                failures += 1
            }
        }
        return failures
    }

    private func documents(at path: String) throws -> [Document] {
        if path == "-" {
            return try Khabar.read(standardInputAs: format)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReaderError(source: path, reason: .unreadable("no such file"))
        }
        guard !isDirectory.boolValue else { throw ReaderError(source: path, reason: .unreadable("is a folder; name its files")) }
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.lowercased() == "zip" { return try ZipArchive.documents(in: url) }

        return try Khabar.read(url: url, format: format)
    }
}

extension InputFormat: ExpressibleByArgument {}
