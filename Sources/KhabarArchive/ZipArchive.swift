import Foundation
import KhabarCore
import ZIPFoundation

/// Reads articles out of ZIP archives, such as the SaudiNewsNet distribution (one JSON array per archive).
public enum ZipArchive {
    /// Calls `body` with the name and bytes of every file in the archive at `url`, in archive order.
    public static func forEachFile(in url: URL, _ body: (_ name: String, _ data: Data) throws -> Void) throws {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReaderError(source: url.path, reason: .unreadable("not a readable ZIP archive (\(error))"))
        }
        for entry in archive where entry.type == .file {
            let source = "\(url.path)/\(entry.path)"
            // A ZIP bomb is refused before it is inflated, and cut off if its header lies.
            guard entry.uncompressedSize <= maximumEntryBytes else {
                throw ReaderError(source: source, reason: .tooLarge(bytes: Int(entry.uncompressedSize), limit: maximumEntryBytes))
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    data.append(chunk)
                    if data.count > maximumEntryBytes { throw ReaderError(source: source, reason: .tooLarge(bytes: data.count, limit: maximumEntryBytes)) }
                }
            } catch let error as ReaderError {
                throw error
            } catch {
                throw ReaderError(source: source, reason: .unreadable("\(error)"))
            }
            try body(entry.path, data)
        }
    }

    /// The most one archived file may inflate to: what Khabar reads from any one source.
    public static let maximumEntryBytes = 1 << 30

    /// Every article in every file of the archive at `url`, each file read in the format that its
    /// name and content show.
    public static func documents(in url: URL) throws -> [Document] {
        var documents: [Document] = []
        try forEachFile(in: url) { name, data in
            documents += try Khabar.read(data: data, source: name)
        }
        return documents
    }
}
