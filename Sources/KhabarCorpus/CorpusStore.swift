import KhabarCore

/// Where analyzed articles are kept and searched: the one interface of the corpus layer, so that
/// the embedded SQLite store and a server database are interchangeable behind it.
public protocol CorpusStore: Sendable {
    /// Stores a batch of analyzed articles in one transaction; an article whose content is
    /// already stored is skipped. Returns how many were new.
    func store(_ documents: [Document]) throws -> StoreReport
    /// How many articles the store holds.
    func articleCount() throws -> Int
    /// Which of these documents' contents are already stored, by index: what a re-run of an
    /// ingestion need not analyze again.
    func alreadyStored(_ documents: [Document]) throws -> Set<Int>
    /// The best articles for a query, best first.
    func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit]
    /// Statements by a speaker (matched on canonical names and their variants) in a date range.
    func quotes(bySpeaker speaker: String, from: String?, to: String?, limit: Int) throws -> [StoredQuote]
}

/// What storing a batch did.
public struct StoreReport: Sendable, Equatable {
    /// Articles added.
    public var stored = 0
    /// Articles skipped because the same content is already stored.
    public var duplicates = 0

    /// Creates a report.
    public init(stored: Int = 0, duplicates: Int = 0) {
        self.stored = stored
        self.duplicates = duplicates
    }
}

/// One search result.
public struct SearchHit: Sendable {
    /// The article's id in its source (`2015-07-21#3`).
    public var id: String
    /// The headline.
    public var title: String?
    /// The publisher.
    public var source: String?
    /// The publication date.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// A passage of the article around the matched words, the words marked with `[` and `]`.
    public var snippet: String
    /// The relevance (BM25; higher is better).
    public var score: Double
}

/// A statement as the store keeps it.
public struct StoredQuote: Sendable {
    /// The article's id, date and source.
    public var articleID: String, date: String?, source: String?
    /// The statement, its kind and its cue.
    public var text: String, kind: String, cue: String?
    /// The speaker as named, canonical, and the speaker's role.
    public var speaker: String?, canonical: String?, role: String?
}

/// The content hash that makes ingestion idempotent: two 64-bit FNV-1a hashes of the text's
/// UTF-8 bytes with different offsets, and its length.
enum ContentHash {
    static func of(_ text: String) -> String {
        var first: UInt64 = FNV.offset, second: UInt64 = 0x8422_2325_cbf2_9ce4
        var count = 0
        for byte in text.utf8 {
            first = FNV.mix(first, UInt64(byte))
            second = FNV.mix(second, UInt64(byte)) ^ (second >> 29)
            count += 1
        }
        return String(first, radix: 16) + String(second, radix: 16) + "-" + String(count, radix: 16)
    }
}

/// One step of 64-bit FNV-1a: the hash the corpus layer keys contents, shingles and bands by.
enum FNV {
    /// Where a hash starts.
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with `value` folded in.
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x0000_0100_0000_01b3
    }
}
