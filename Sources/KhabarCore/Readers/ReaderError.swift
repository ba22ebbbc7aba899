/// Why a source could not be read. Each message names the source and the reason.
public struct ReaderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The bytes are not UTF-8 (nor UTF-16 with a byte-order mark).
        case invalidUTF8(byteOffset: Int)
        /// The bytes hold a NUL, so they are binary data rather than text.
        case binary(byteOffset: Int)
        /// The source holds nothing but whitespace.
        case empty
        /// The source (or a document built from it) is larger than Khabar reads in one
        /// document; `bytes` is how much was seen before giving up.
        case tooLarge(bytes: Int, limit: Int)
        /// JSON that does not parse, or does not hold articles.
        case malformedJSON(String)
        /// A file or folder that cannot be opened.
        case unreadable(String)
    }

    /// The file name, `-` for standard input, or another label for the source.
    public let source: String
    /// What went wrong.
    public let reason: Reason

    /// Creates an error for `source`.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    public var description: String {
        let detail = switch reason {
        case let .invalidUTF8(offset): "not valid UTF-8 (first bad byte at offset \(offset))"
        case let .binary(offset): "binary data, not text (NUL byte at offset \(offset))"
        case .empty: "empty input"
        case let .tooLarge(bytes, limit): "too large: at least \(bytes) bytes, the limit is \(limit)"
        case let .malformedJSON(why): "malformed JSON: \(why)"
        case let .unreadable(why): "cannot read: \(why)"
        }
        return "\(source): \(detail)"
    }
}
