import KhabarCore

/// Where analyzed articles are kept and searched: the one interface of the corpus layer, so that
/// the embedded SQLite store (``SQLiteCorpus``) and a PostgreSQL server (`PostgresCorpus`, in
/// KhabarPostgres) are interchangeable behind it.
///
/// ```swift
/// let corpus: any CorpusStore = try SQLiteCorpus(path: "khabar.sqlite")
/// try await corpus.store(analyzedDocuments)
/// let hits = try await corpus.search(SearchQuery("حلب"), limit: 10)
/// ```
public protocol CorpusStore: Sendable {
    /// Stores a batch of analyzed articles in one transaction; an article whose content is
    /// already stored is skipped. Returns how many were new.
    func store(_ documents: [Document]) async throws -> StoreReport
    /// How many articles the store holds.
    func articleCount() async throws -> Int
    /// The number of rows of each table (`article`, `entity`, `quote`, `duplicate`, `band`, and
    /// what else the store keeps): what must not change when an ingestion is re-run.
    func rowCounts() async throws -> [String: Int]
    /// Which of these documents' contents are already stored, by index: what a re-run of an
    /// ingestion need not analyze again.
    func alreadyStored(_ documents: [Document]) async throws -> Set<Int>
    /// The best articles for a query, best first; with `collapsingDuplicates`, one per
    /// near-duplicate cluster (its best ranked). `limit` up to 100,000.
    func search(_ query: SearchQuery, limit: Int, collapsingDuplicates: Bool) async throws -> [SearchHit]
    /// Statements by a speaker (matched on canonical names and their variants) in a date range.
    func quotes(bySpeaker speaker: String, from: String?, to: String?, limit: Int) async throws -> [StoredQuote]
    /// The clusters of near-duplicate articles, largest first, each oldest first.
    func duplicateClusters(limit: Int) async throws -> [[ArticleSummary]]
    /// The most mentioned entities of these kinds (names and demonyms' countries) in a date
    /// range, most articles first.
    func mostMentioned(from: String?, to: String?, kinds: [String], limit: Int) async throws -> [EntityCount]
    /// What the corpus says of one entity, by canonical name.
    func profile(of name: String, limit: Int) async throws -> EntityProfile
}

extension CorpusStore {
    /// The best articles for a query, best first, one per near-duplicate cluster.
    public func search(_ query: SearchQuery, limit: Int) async throws -> [SearchHit] {
        try await search(query, limit: limit, collapsingDuplicates: true)
    }

    /// The most mentioned names (persons, organisations, places, other) in a date range.
    public func mostMentioned(from: String?, to: String?, limit: Int) async throws -> [EntityCount] {
        try await mostMentioned(from: from, to: to, kinds: ["PER", "ORG", "LOC", "MISC"], limit: limit)
    }
}

/// An article as listings show it.
public struct ArticleSummary: Sendable, Equatable {
    /// The article's id in its source (`2015-07-21#3`), its publisher, date and headline.
    public var id: String, source: String?, date: String?, title: String?

    /// Creates a summary.
    public init(id: String, source: String?, date: String?, title: String?) {
        self.id = id
        self.source = source
        self.date = date
        self.title = title
    }
}

/// How often an entity is mentioned.
public struct EntityCount: Sendable, Equatable {
    /// The canonical name and its kind (`PER`, `ORG`, …).
    public var name: String, kind: String
    /// Mentions, and articles that mention it.
    public var mentions: Int, articles: Int

    /// Creates a count.
    public init(name: String, kind: String, mentions: Int, articles: Int) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.articles = articles
    }
}

/// What the corpus says of one entity.
public struct EntityProfile: Sendable {
    /// Its mentions and the articles that mention it.
    public var mentions: Int, articles: Int
    /// The entities named most often in the same articles (``EntityCount/articles`` counts
    /// the shared articles).
    public var related: [EntityCount]
    /// The latest articles that mention it.
    public var latest: [ArticleSummary]

    /// Creates a profile.
    public init(mentions: Int, articles: Int, related: [EntityCount], latest: [ArticleSummary]) {
        self.mentions = mentions
        self.articles = articles
        self.related = related
        self.latest = latest
    }
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
    /// What the article is about (`sport`, `economy`, …), when it was classified.
    public var topic: String?
    /// A passage of the article around the matched words, the words marked with `[` and `]`.
    public var snippet: String
    /// The relevance (higher is better): BM25 in SQLite, cover density in PostgreSQL.
    public var score: Double

    /// Creates a hit.
    public init(id: String, title: String?, source: String?, date: String?, url: String?, topic: String? = nil, snippet: String, score: Double) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.url = url
        self.topic = topic
        self.snippet = snippet
        self.score = score
    }
}

/// A statement as the store keeps it.
public struct StoredQuote: Sendable {
    /// The article's id, date and source.
    public var articleID: String, date: String?, source: String?
    /// The statement, its kind and its cue.
    public var text: String, kind: String, cue: String?
    /// The speaker as named, canonical, and the speaker's role.
    public var speaker: String?, canonical: String?, role: String?

    /// Creates a stored statement.
    public init(articleID: String, date: String?, source: String?, text: String, kind: String, cue: String?,
                speaker: String?, canonical: String?, role: String?) {
        self.articleID = articleID
        self.date = date
        self.source = source
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.canonical = canonical
        self.role = role
    }
}

/// The content hash that makes ingestion idempotent: two 64-bit FNV-1a hashes of the text's
/// UTF-8 bytes with different offsets, and its length.
package enum ContentHash {
    package static func of(_ text: String) -> String {
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
