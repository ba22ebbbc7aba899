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
        try await Self.probe(address, logger: logger)
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

    /// Opens one connection and closes it, so that a wrong address, password or database fails
    /// at once with the server's reason rather than the pool retrying for ever.
    private static func probe(_ address: PostgresAddress, logger: Logger) async throws {
        do {
            let connection = try await PostgresConnection.connect(on: PostgresClient.defaultEventLoopGroup.next(),
                                                                  configuration: address.connectionConfiguration(), id: 0, logger: logger).get()
            try await connection.close()
        } catch {
            throw PostgresStoreError.unreachable("cannot open the corpus at postgres://\(address.server): \(Self.reason(of: error))")
        }
    }

    /// What the server or the network said, where PostgresNIO's own description hides it.
    static func reason(of error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }

    /// Closes the connections; the corpus cannot be used afterwards.
    public func close() { running.cancel() }

    // MARK: Storing

    public func store(_ documents: [Document]) async throws -> StoreReport {
        try await client.withTransaction(logger: logger) { connection in
            try await store(documents, on: connection)
        }
    }

    /// Stores documents inside the caller's transaction on `connection`, a statement per
    /// table for the whole batch. Articles, entities and quotations go in first, in parallel
    /// with other writers; only the near-duplicate clustering holds the database-wide lock (to
    /// commit), so that two re-posts stored at once by different workers still meet.
    func store(_ documents: [Document], on connection: PostgresConnection) async throws -> StoreReport {
        guard !documents.isEmpty else { return StoreReport() }
        let ids = try await insertArticles(documents, on: connection)
        // The first document of each newly stored text, in batch order.
        var seen = Set<Int64>()
        let stored = documents.indices.compactMap { index in
            ids[index].flatMap { seen.insert($0).inserted ? (index: index, id: $0) : nil }
        }
        guard !stored.isEmpty else { return StoreReport(stored: 0, duplicates: documents.count) }
        try await insertEntities(of: stored.map { (documents[$0.index], $0.id) }, on: connection)
        try await insertQuotes(of: stored.map { (documents[$0.index], $0.id) }, on: connection)
        // The signatures are hashed before the lock, which other writers wait on.
        let signed = stored.map { (id: $0.id, signature: Self.duplicates.signature(of: documents[$0.index])) }
        try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.lock))", logger: logger)
        try await cluster(signed, on: connection)
        return StoreReport(stored: stored.count, duplicates: documents.count - stored.count)
    }

    /// Inserts the articles whose text is not stored yet; the id of each document's article
    /// when it was inserted now, nil when its text was already stored.
    private func insertArticles(_ documents: [Document], on connection: PostgresConnection) async throws -> [Int64?] {
        var cache = StemCache()
        let hashes = documents.map { ContentHash.of($0.text) }
        let vectors = documents.map { textSearch.vector(title: $0.titleText, text: $0.text, cache: &cache) }
        // Arrays cannot hold NULL here: "" (and -1 for a score) stand for none.
        func column(_ value: (Document) -> String?) -> [String] { documents.map { value($0) ?? "" } }
        let rows = try await connection.query("""
            INSERT INTO article (hash, doc_id, source, url, date, title, text, analyzer_version, search, topic, topic_score)
            SELECT hash, doc_id, NULLIF(source, ''), NULLIF(url, ''), NULLIF(date, ''), NULLIF(title, ''), text, \(Khabar.version),
                   search::tsvector, NULLIF(topic, ''), NULLIF(topic_score, -1)
            FROM unnest(\(hashes)::text[], \(documents.map(\.metadata.id))::text[], \(column { $0.metadata.source })::text[],
                        \(column { $0.metadata.url })::text[], \(column { $0.metadata.date })::text[], \(column { $0.titleText })::text[],
                        \(documents.map(\.text))::text[], \(vectors)::text[], \(column { $0.topic?.label })::text[],
                        \(documents.map { $0.topic?.score ?? -1 })::float8[])
                 AS new(hash, doc_id, source, url, date, title, text, search, topic, topic_score)
            ON CONFLICT (hash) DO NOTHING RETURNING id, hash
            """, logger: logger).decode((Int64, String).self)
        var inserted: [String: Int64] = [:]
        for try await (id, hash) in rows { inserted[hash] = id }
        return hashes.map { inserted[$0] }
    }

    /// The entities of newly stored articles in one statement: columns as arrays, unnested;
    /// "" stands for none.
    private func insertEntities(of articles: [(document: Document, id: Int64)], on connection: PostgresConnection) async throws {
        let rows = articles.flatMap { article in article.document.entities.map { (article.document, article.id, $0) } }
        guard !rows.isEmpty else { return }
        try await connection.query("""
            INSERT INTO entity (article_id, start, "end", kind, text, canonical, value)
            SELECT article_id, start, finish, kind, text, NULLIF(canonical, ''), NULLIF(value, '')
            FROM unnest(\(rows.map(\.1))::bigint[], \(rows.map { Int64($0.2.span.start) })::bigint[], \(rows.map { Int64($0.2.span.end) })::bigint[],
                        \(rows.map(\.2.kind.rawValue))::text[], \(rows.map { String($0.0[$0.2.span]) })::text[],
                        \(rows.map { $0.2.canonical ?? "" })::text[], \(rows.map { $0.2.value ?? "" })::text[])
                 AS entity(article_id, start, finish, kind, text, canonical, value)
            """, logger: logger)
    }

    private func insertQuotes(of articles: [(document: Document, id: Int64)], on connection: PostgresConnection) async throws {
        let rows = articles.flatMap { article in article.document.quotes.map { (article.document, article.id, $0) } }
        guard !rows.isEmpty else { return }
        func text(_ row: (Document, Int64, Quote), _ span: (Quote) -> Span?) -> String { span(row.2).map { String(row.0[$0]) } ?? "" }
        try await connection.query("""
            INSERT INTO quote (article_id, start, "end", kind, text, cue, speaker, canonical, role)
            SELECT article_id, start, finish, kind, text, NULLIF(cue, ''), NULLIF(speaker, ''), NULLIF(canonical, ''), NULLIF(role, '')
            FROM unnest(\(rows.map(\.1))::bigint[], \(rows.map { Int64($0.2.span.start) })::bigint[], \(rows.map { Int64($0.2.span.end) })::bigint[],
                        \(rows.map(\.2.kind.rawValue))::text[], \(rows.map { text($0) { $0.span } })::text[], \(rows.map { text($0) { $0.cue } })::text[],
                        \(rows.map { text($0) { $0.speaker?.span } })::text[], \(rows.map { $0.2.speaker?.canonical ?? "" })::text[],
                        \(rows.map { text($0) { $0.speaker?.role } })::text[])
                 AS quote(article_id, start, finish, kind, text, cue, speaker, canonical, role)
            """, logger: logger)
    }

    /// Puts each newly stored article (in batch order) in the cluster of its nearest stored or
    /// earlier duplicate, as ``KhabarCorpus/SQLiteCorpus`` does, or in one of its own; records
    /// the band buckets. Candidates are the most recent articles sharing a bucket.
    private func cluster(_ articles: [(id: Int64, signature: [UInt32]?)], on connection: PostgresConnection) async throws {
        let buckets = articles.map { $0.signature.map(NearDuplicates.buckets) ?? [] }
        var known = try await candidates(sharing: Array(Set(buckets.joined())), on: connection)
        var clusters: [Int64] = []
        for (article, articleBuckets) in zip(articles, buckets) {
            var cluster = article.id
            if let signature = article.signature {
                let ids = Set(articleBuckets.flatMap { known.articles[$0] ?? [] }).sorted(by: >).prefix(NearDuplicates.mostCandidates)
                let candidates = ids.compactMap { id in known.signatures[id].map { (cluster: known.clusters[id]!, signature: $0) } }
                if let chosen = NearDuplicates.nearestCluster(of: signature, among: candidates),
                   try await self.signature(ofArticle: chosen, known: &known, on: connection)
                       .map({ NearDuplicates.similarity(signature, $0) >= NearDuplicates.threshold }) ?? true {
                    cluster = chosen
                }
                known.signatures[article.id] = signature
                for bucket in articleBuckets { known.articles[bucket, default: []].append(article.id) }
            }
            known.clusters[article.id] = cluster
            clusters.append(cluster)
        }
        let signatures = articles.map { $0.signature.map { ByteBuffer(data: NearDuplicates.encode($0)) } ?? ByteBuffer() }
        try await connection.query("""
            INSERT INTO duplicate (article_id, cluster, signature)
            SELECT article_id, cluster, NULLIF(signature, ''::bytea)
            FROM unnest(\(articles.map(\.id))::bigint[], \(clusters)::bigint[], \(signatures)::bytea[]) AS new(article_id, cluster, signature)
            """, logger: logger)
        let bands = zip(articles, buckets).flatMap { article, buckets in buckets.map { ($0, article.id) } }
        guard !bands.isEmpty else { return }
        try await connection.query("""
            INSERT INTO band (bucket, article_id) SELECT * FROM unnest(\(bands.map(\.0))::bigint[], \(bands.map(\.1))::bigint[])
            """, logger: logger)
    }

    /// Stored articles sharing band buckets, their clusters and signatures.
    private struct Candidates {
        var articles: [Int64: [Int64]] = [:]
        var clusters: [Int64: Int64] = [:]
        var signatures: [Int64: [UInt32]] = [:]
    }

    /// The most recent stored articles of each bucket.
    private func candidates(sharing buckets: [Int64], on connection: PostgresConnection) async throws -> Candidates {
        var known = Candidates()
        guard !buckets.isEmpty else { return known }
        let rows = try await connection.query("""
            SELECT recent.bucket, duplicate.article_id, duplicate.cluster, duplicate.signature
            FROM (SELECT bucket, article_id, row_number() OVER (PARTITION BY bucket ORDER BY article_id DESC) AS age
                  FROM band WHERE bucket = ANY(\(buckets))) AS recent
            JOIN duplicate ON duplicate.article_id = recent.article_id
            WHERE recent.age <= \(NearDuplicates.mostCandidates)
            """, logger: logger).decode((Int64, Int64, Int64, Data?).self)
        for try await (bucket, id, cluster, data) in rows {
            known.articles[bucket, default: []].append(id)
            known.clusters[id] = cluster
            if known.signatures[id] == nil, let signature = NearDuplicates.decode(data) { known.signatures[id] = signature }
        }
        return known
    }

    /// The signature of an article (a cluster's first), from those known or the store.
    private func signature(ofArticle id: Int64, known: inout Candidates, on connection: PostgresConnection) async throws -> [UInt32]? {
        if let signature = known.signatures[id] { return signature }
        let data = try await connection.query("SELECT signature FROM duplicate WHERE article_id = \(id)", logger: logger)
            .decode(Data?.self).first { _ in true }
        let signature = NearDuplicates.decode(data ?? nil)
        known.signatures[id] = signature
        return signature
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
            SELECT article.id, article.doc_id, article.title, article.source, article.date, article.url, article.topic, duplicate.cluster,
                   ts_rank_cd(article.search, \(tsquery)::tsquery)::float8 AS score
            FROM article LEFT JOIN duplicate ON duplicate.article_id = article.id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY score DESC, article.id LIMIT \(fetched)
            """), logger: logger).decode((Int64, String, String?, String?, String?, String?, String?, Int64?, Double).self)
        var clusters = Set<Int64>()
        var hits: [(id: Int64, hit: SearchHit)] = []
        for try await (id, docID, title, source, date, url, topic, cluster, score) in rows where hits.count < limit {
            if collapsingDuplicates, let cluster, !clusters.insert(cluster).inserted { continue }
            hits.append((id, SearchHit(id: docID, title: title, source: source, date: date, url: url, topic: topic, snippet: "", score: score)))
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
