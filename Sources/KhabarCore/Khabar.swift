import Foundation

/// The front door of the library: read articles and analyze them.
///
/// ```swift
/// let doc = try Khabar.analyze("فصائل سورية ترفض مقترح إخراج مقاتليها من شرق حلب\n\nرفضت فصائل …")
/// doc.titleText          // the headline
/// doc.sentences.count
/// for token in doc.tokens { print(doc[token]) }
///
/// let articles = try Khabar.analyze(contentsOf: URL(filePath: "feed.xml"))
/// ```
public enum Khabar {
    /// The version of the engine, recorded with stored analyses.
    public static let version = "0.1.0"

    /// Analyzes plain text: its first line is the headline when a blank line follows it.
    public static func analyze(_ text: String, id: String = "text", pipeline: Pipeline = .textCore) throws -> Document {
        try TextDecoding.checkSize(text, source: id)
        let document = Document(text: text, title: PlainTextReader.headline(of: text), metadata: Metadata(id: id))
        return try pipeline.analyze(document)
    }

    /// Adds `pipeline`'s layers to a document that a reader produced.
    public static func analyze(_ document: Document, pipeline: Pipeline = .textCore) throws -> Document {
        try pipeline.analyze(document)
    }

    /// Reads and analyzes every article in a file.
    public static func analyze(contentsOf url: URL, format: InputFormat? = nil, pipeline: Pipeline = .textCore) throws -> [Document] {
        try read(url: url, format: format).map { try pipeline.analyze($0) }
    }

    /// Reads the articles in a file, in the given format or the one detected from its name and content.
    public static func read(url: URL, format: InputFormat? = nil) throws -> [Document] {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ReaderError(source: url.path, reason: .unreadable(error.localizedDescription))
        }
        defer { try? handle.close() }
        return try read(data: TextDecoding.readAll(handle, source: url.path), source: url.path, format: format)
    }

    /// Reads the articles on standard input (named `-`).
    public static func read(standardInputAs format: InputFormat? = nil) throws -> [Document] {
        try read(data: TextDecoding.readAll(FileHandle.standardInput, source: "-"), source: "-", format: format)
    }

    /// Reads the articles in raw bytes; `source` names them in ids and error messages.
    public static func read(data: Data, source: String, format: InputFormat? = nil) throws -> [Document] {
        let text = try TextDecoding.decode(data, source: source)
        guard TextDecoding.hasContent(text) else { throw ReaderError(source: source, reason: .empty) }
        let format = format ?? InputFormat.detect(fileName: source, leadingText: text.prefix(4096))
        let documents = try format.reader.documents(in: text, source: source)
        for document in documents { try TextDecoding.checkSize(document.text, source: source) }
        return documents
    }
}
