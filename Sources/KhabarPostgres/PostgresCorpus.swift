import Foundation
import KhabarCore
import KhabarCorpus
import PostgresNIO

/// The corpus on a PostgreSQL server, for several writers and readers: the tables of
/// ``KhabarCorpus/SQLiteCorpus`` with a `tsvector` of Khabar's search terms under a GIN index, and
/// the work queue of ``IngestQueue``.
///
/// ```swift
/// let corpus = try await PostgresCorpus(PostgresAddress("postgres://khabar@localhost/news"))
/// try await corpus.store(analyzedDocuments)
/// let hits = try await corpus.search(SearchQuery("حلب"), limit: 10)
/// ```
///
/// Writers store in parallel; adding an article to its near-duplicate cluster takes a
/// database-wide lock for the rest of its transaction, so that two re-posts stored at once by
/// different workers still see each other. Search ranks by `ts_rank_cd` (cover density), not
/// BM25, which PostgreSQL does not have.
public final class PostgresCorpus: CorpusStore {
    let client: PostgresClient
    /// Errors only: the client's connection chatter is not for a command's standard error.
    let logger: Logger = {
        var logger = Logger(label: "khabar.postgres")
        logger.logLevel = .error
        return logger
    }()
    private let running: Task<Void, Never>
    private let textSearch: TextSearch
    private static let duplicates = NearDuplicates()

    /// Connects to the server (the connections open as they are needed) and brings the schema up
    /// to date.
    public init(_ address: PostgresAddress) async throws {
        let client = PostgresClient(configuration: address.configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
        textSearch = TextSearch(analyzer: try SearchAnalyzer.shipped())
        do {
            try await PostgresSchema.migrate(client, schema: address.schema, logger: logger)
        } catch {
            running.cancel()
            throw error
        }
    }

    deinit { running.cancel() }

    /// Closes the connections; the corpus cannot be used afterwards.
    public func close() { running.cancel() }

    // MARK: Storing

    public func store(_ documents: [Document]) async throws -> StoreReport {
        try await client.withTransaction(logger: logger) { connection in
            try await store(documents, on: connection)
        }
    }

    /// Stores documents inside the caller's transaction on `connection`.
    func store(_ documents: [Document], on connection: PostgresConnection) async throws -> StoreReport {
        var report = StoreReport()
        var cache = StemCache()
        var lockTaken = false
        for document in documents {
            let vector = textSearch.vector(title: document.titleText, text: document.text, cache: &cache)
            let metadata = document.metadata
            let inserted = try await connection.query("""
                INSERT INTO article (hash, doc_id, source, url, date, title, text, analyzer_version, search, topic, topic_score)
                VALUES (\(ContentHash.of(document.text)), \(metadata.id), \(metadata.source), \(metadata.url), \(metadata.date),
                        \(document.titleText), \(document.text), \(Khabar.version), \(vector)::tsvector,
                        \(document.topic?.label), \(document.topic?.score))
                ON CONFLICT (hash) DO NOTHING RETURNING id
                """, logger: logger).decode(Int64.self).first { _ in true }
            guard let id = inserted else { report.duplicates += 1; continue }
            if !lockTaken {
                try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.lock))", logger: logger)
                lockTaken = true
            }
            try await cluster(id, signature: Self.duplicates.signature(of: document), on: connection)
            try await storeEntities(of: document, as: id, on: connection)
            try await storeQuotes(of: document, as: id, on: connection)
            report.stored += 1
        }
        return report
    }

    /// The article's entities in one statement: columns as arrays, unnested; "" stands for none.
    private func storeEntities(of document: Document, as id: Int64, on connection: PostgresConnection) async throws {
        let entities = document.entities
        guard !entities.isEmpty else { return }
        try await connection.query("""
            INSERT INTO entity (article_id, start, "end", kind, text, canonical, value)
            SELECT \(id), start, finish, kind, text, NULLIF(canonical, ''), NULLIF(value, '')
            FROM unnest(\(entities.map { Int64($0.span.start) })::bigint[], \(entities.map { Int64($0.span.end) })::bigint[],
                        \(entities.map(\.kind.rawValue))::text[], \(entities.map { String(document[$0.span]) })::text[],
                        \(entities.map { $0.canonical ?? "" })::text[], \(entities.map { $0.value ?? "" })::text[])
                 AS entity(start, finish, kind, text, canonical, value)
            """, logger: logger)
    }

    private func storeQuotes(of document: Document, as id: Int64, on connection: PostgresConnection) async throws {
        let quotes = document.quotes
        guard !quotes.isEmpty else { return }
        func text(_ span: Span?) -> String { span.map { String(document[$0]) } ?? "" }
        try await connection.query("""
            INSERT INTO quote (article_id, start, "end", kind, text, cue, speaker, canonical, role)
            SELECT \(id), start, finish, kind, text, NULLIF(cue, ''), NULLIF(speaker, ''), NULLIF(canonical, ''), NULLIF(role, '')
            FROM unnest(\(quotes.map { Int64($0.span.start) })::bigint[], \(quotes.map { Int64($0.span.end) })::bigint[],
                        \(quotes.map(\.kind.rawValue))::text[], \(quotes.map { text($0.span) })::text[], \(quotes.map { text($0.cue) })::text[],
                        \(quotes.map { text($0.speaker?.span) })::text[], \(quotes.map { $0.speaker?.canonical ?? "" })::text[],
                        \(quotes.map { text($0.speaker?.role) })::text[])
                 AS quote(start, finish, kind, text, cue, speaker, canonical, role)
            """, logger: logger)
    }

    /// Puts a newly stored article in the cluster of its nearest stored duplicate or in one of
    /// its own, as ``KhabarCorpus/SQLiteCorpus`` does; records its band buckets.
    private func cluster(_ id: Int64, signature: [UInt32]?, on connection: PostgresConnection) async throws {
        guard let signature else {
            try await connection.query("INSERT INTO duplicate (article_id, cluster) VALUES (\(id), \(id))", logger: logger)
            return
        }
        let buckets = NearDuplicates.buckets(of: signature)
        var candidates: [(cluster: Int64, signature: [UInt32])] = []
        for try await (cluster, data) in try await connection.query("""
            SELECT cluster, signature FROM duplicate WHERE article_id IN (
                SELECT article_id FROM band WHERE bucket = ANY(\(buckets)) ORDER BY article_id DESC LIMIT \(NearDuplicates.mostCandidates))
            """, logger: logger).decode((Int64, Data?).self) {
            if let other = NearDuplicates.decode(data) { candidates.append((cluster, other)) }
        }
        var cluster = NearDuplicates.nearestCluster(of: signature, among: candidates)
        if let chosen = cluster {
            let first = try await connection.query("SELECT signature FROM duplicate WHERE article_id = \(chosen)", logger: logger)
                .decode(Data?.self).first { _ in true }
            if let first = NearDuplicates.decode(first ?? nil), NearDuplicates.similarity(signature, first) < NearDuplicates.threshold {
                cluster = nil
            }
        }
        try await connection.query("""
            INSERT INTO duplicate (article_id, cluster, signature) VALUES (\(id), \(cluster ?? id), \(NearDuplicates.encode(signature)))
            """, logger: logger)
        try await connection.query("INSERT INTO band (bucket, article_id) SELECT unnest(\(buckets)::bigint[]), \(id)", logger: logger)
    }

    public func alreadyStored(_ documents: [Document]) async throws -> Set<Int> {
        let hashes = documents.map { ContentHash.of($0.text) }
        var known = Set<String>()
        for try await hash in try await client.query("SELECT hash FROM article WHERE hash = ANY(\(hashes))", logger: logger).decode(String.self) {
            known.insert(hash)
        }
        return Set(hashes.indices.filter { known.contains(hashes[$0]) })
    }

    public func articleCount() async throws -> Int {
        try await rowCounts(of: ["article"])["article"] ?? 0
    }

    public func rowCounts() async throws -> [String: Int] {
        try await rowCounts(of: ["article", "entity", "quote", "duplicate", "band", "ingest_batch"])
    }

    private func rowCounts(of tables: [String]) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try await client.query(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table)"), logger: logger)
                .decode(Int.self).first { _ in true } ?? 0
        }
        return counts
    }

    // MARK: Searching

    /// Snippets are made for the returned articles only.
    public func search(_ query: SearchQuery, limit: Int, collapsingDuplicates: Bool) async throws -> [SearchHit] {
        guard limit > 0, let (expression, snippet) = textSearch.query(query) else { return [] }
        var sql = SQLBuilder()
        let tsquery = sql.bind(expression)
        var conditions = ["article.search @@ \(tsquery)::tsquery"]
        conditions += Self.dateConditions(from: query.from, to: query.to, into: &sql)
        if let source = query.source { conditions.append("article.source = \(sql.bind(source))") }
        if let topic = query.topic { conditions.append("article.topic = \(sql.bind(topic))") }
        if let entity = query.entity { conditions.append("article.id IN (SELECT article_id FROM entity WHERE canonical = \(sql.bind(entity)))") }
        let fetched = min(collapsingDuplicates ? limit * 4 + 20 : limit, 100_000)
        let rows = try await client.query(sql.query("""
            SELECT article.id, article.doc_id, article.title, article.source, article.date, article.url, duplicate.cluster,
                   ts_rank_cd(article.search, \(tsquery)::tsquery)::float8 AS score
            FROM article LEFT JOIN duplicate ON duplicate.article_id = article.id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY score DESC, article.id LIMIT \(fetched)
            """), logger: logger).decode((Int64, String, String?, String?, String?, String?, Int64?, Double).self)
        var clusters = Set<Int64>()
        var hits: [(id: Int64, hit: SearchHit)] = []
        for try await (id, docID, title, source, date, url, cluster, score) in rows where hits.count < limit {
            if collapsingDuplicates, let cluster, !clusters.insert(cluster).inserted { continue }
            hits.append((id, SearchHit(id: docID, title: title, source: source, date: date, url: url, snippet: "", score: score)))
        }
        var texts: [Int64: String] = [:]
        for try await (id, text) in try await client.query("SELECT id, text FROM article WHERE id = ANY(\(hits.map(\.id)))", logger: logger)
            .decode((Int64, String).self) {
            texts[id] = text
        }
        return hits.map { id, hit in
            var hit = hit
            hit.snippet = texts[id].map { snippet.passage(of: $0, analyzer: textSearch.analyzer) } ?? ""
            return hit
        }
    }

    /// Dates on or after `from` and on or before `to` at the precision given (`2015-08` takes
    /// the whole month).
    private static func dateConditions(from: String?, to: String?, table: String = "article", into sql: inout SQLBuilder) -> [String] {
        var conditions: [String] = []
        if let from { conditions.append("\(table).date >= \(sql.bind(from))") }
        if let to {
            let bound = sql.bind(to)
            conditions.append("left(\(table).date, length(\(bound))) <= \(bound)")
        }
        return conditions
    }

    // MARK: Who said what

    public func quotes(bySpeaker speaker: String, from: String?, to: String?, limit: Int) async throws -> [StoredQuote] {
        var sql = SQLBuilder()
        let pattern = sql.bind("%" + speaker.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%")
        let conditions = ["(quote.canonical ILIKE \(pattern) OR quote.speaker ILIKE \(pattern))"]
            + Self.dateConditions(from: from, to: to, into: &sql)
        let rows = try await client.query(sql.query("""
            SELECT article.doc_id, article.date, article.source, quote.text, quote.kind, quote.cue, quote.speaker, quote.canonical, quote.role
            FROM quote JOIN article ON article.id = quote.article_id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY article.date, quote.article_id, quote.start LIMIT \(max(0, limit))
            """), logger: logger).decode((String, String?, String?, String, String, String?, String?, String?, String?).self)
        var quotes: [StoredQuote] = []
        for try await (id, date, source, text, kind, cue, speaker, canonical, role) in rows {
            quotes.append(StoredQuote(articleID: id, date: date, source: source, text: text, kind: kind, cue: cue,
                                      speaker: speaker, canonical: canonical, role: role))
        }
        return quotes
    }

    public func duplicateClusters(limit: Int) async throws -> [[ArticleSummary]] {
        var clusters: [Int64] = []
        for try await cluster in try await client.query("""
            SELECT cluster FROM duplicate GROUP BY cluster HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, cluster LIMIT \(max(0, limit))
            """, logger: logger).decode(Int64.self) {
            clusters.append(cluster)
        }
        var listed: [[ArticleSummary]] = []
        for cluster in clusters {
            listed.append(try await articles("""
                SELECT doc_id, source, date, title FROM article JOIN duplicate ON duplicate.article_id = article.id
                WHERE duplicate.cluster = \(cluster) ORDER BY date, id
                """))
        }
        return listed
    }

    public func mostMentioned(from: String?, to: String?, kinds: [String], limit: Int) async throws -> [EntityCount] {
        var sql = SQLBuilder()
        let conditions = ["entity.canonical IS NOT NULL", "entity.kind = ANY(\(sql.bind(kinds)))"]
            + Self.dateConditions(from: from, to: to, into: &sql)
        return try await entityCounts(sql.query("""
            SELECT entity.canonical, entity.kind, COUNT(*) AS mentions, COUNT(DISTINCT entity.article_id) AS articles
            FROM entity JOIN article ON article.id = entity.article_id
            WHERE \(conditions.joined(separator: " AND "))
            GROUP BY entity.canonical, entity.kind ORDER BY articles DESC, mentions DESC LIMIT \(max(0, limit))
            """))
    }

    public func profile(of name: String, limit: Int) async throws -> EntityProfile {
        let counts = try await client.query("""
            SELECT COUNT(*), COUNT(DISTINCT article_id) FROM entity WHERE canonical = \(name)
            """, logger: logger).decode((Int, Int).self).first { _ in true } ?? (0, 0)
        let related = try await entityCounts("""
            SELECT other.canonical, other.kind, COUNT(*) AS mentions, COUNT(DISTINCT other.article_id) AS articles
            FROM entity AS other WHERE other.article_id IN (SELECT article_id FROM entity WHERE canonical = \(name))
            AND other.canonical IS NOT NULL AND other.canonical != \(name) AND other.kind IN ('PER', 'ORG', 'LOC', 'MISC')
            GROUP BY other.canonical, other.kind ORDER BY articles DESC, mentions DESC LIMIT \(max(0, limit))
            """)
        let latest = try await articles("""
            SELECT doc_id, source, date, title FROM article WHERE id IN (SELECT article_id FROM entity WHERE canonical = \(name))
            ORDER BY date DESC LIMIT \(max(0, limit))
            """)
        return EntityProfile(mentions: counts.0, articles: counts.1, related: related, latest: latest)
    }

    private func entityCounts(_ query: PostgresQuery) async throws -> [EntityCount] {
        var counts: [EntityCount] = []
        for try await (name, kind, mentions, articles) in try await client.query(query, logger: logger).decode((String, String, Int, Int).self) {
            counts.append(EntityCount(name: name, kind: kind, mentions: mentions, articles: articles))
        }
        return counts
    }

    private func articles(_ query: PostgresQuery) async throws -> [ArticleSummary] {
        var summaries: [ArticleSummary] = []
        for try await (id, source, date, title) in try await client.query(query, logger: logger).decode((String, String?, String?, String?).self) {
            summaries.append(ArticleSummary(id: id, source: source, date: date, title: title))
        }
        return summaries
    }
}

/// A statement whose conditions depend on what a query asks for: values are bound as numbered
/// parameters, never written into the SQL.
struct SQLBuilder {
    private var bindings = PostgresBindings()

    /// The placeholder (`$3`) of a value now bound.
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// The statement with its bound values.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
