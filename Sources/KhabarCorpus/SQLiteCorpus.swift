import Foundation
import GRDB
import KhabarCore

/// The embedded corpus store: one SQLite file (WAL mode) through GRDB, its schema set up by
/// GRDB's migrator, its full-text index an FTS5 table tokenized by ``ArabicSearchTokenizer``.
///
/// ```swift
/// let corpus = try SQLiteCorpus(path: "khabar.sqlite")
/// try corpus.store(analyzedDocuments)
/// let hits = try corpus.search(SearchQuery("حلب"), limit: 10)
/// ```
public final class SQLiteCorpus: CorpusStore {
    private let pool: DatabasePool
    /// The version of the analysis stored with each article, so that a newer analyzer can find
    /// what to analyze again.
    public static let analyzerVersion = Khabar.version

    /// Opens the store at `path`, creating it and its schema when needed.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            db.add(tokenizer: ArabicSearchTokenizer.self)
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, quotes, full-text index") { db in
            try db.create(table: "article") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("hash", .text).notNull().unique()
                table.column("docId", .text).notNull()
                table.column("source", .text)
                table.column("url", .text)
                table.column("date", .text)
                table.column("title", .text)
                table.column("text", .text).notNull()
                table.column("analyzerVersion", .text).notNull()
            }
            try db.create(index: "article_date", on: "article", columns: ["date"])
            try db.create(index: "article_source", on: "article", columns: ["source"])
            try db.create(table: "entity") { table in
                table.column("articleId", .integer).notNull().references("article", onDelete: .cascade)
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("kind", .text).notNull()
                table.column("text", .text).notNull()
                table.column("canonical", .text)
                table.column("value", .text)
            }
            try db.create(index: "entity_canonical", on: "entity", columns: ["canonical"])
            try db.create(index: "entity_article", on: "entity", columns: ["articleId"])
            try db.create(table: "quote") { table in
                table.column("articleId", .integer).notNull().references("article", onDelete: .cascade)
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("kind", .text).notNull()
                table.column("text", .text).notNull()
                table.column("cue", .text)
                table.column("speaker", .text)
                table.column("canonical", .text)
                table.column("role", .text)
            }
            try db.create(index: "quote_canonical", on: "quote", columns: ["canonical"])
            try db.create(virtualTable: "article_search", using: FTS5()) { table in
                table.synchronize(withTable: "article")
                table.tokenizer = ArabicSearchTokenizer.tokenizerDescriptor()
                table.column("title")
                table.column("text")
            }
        }
        migrator.registerMigration("v2: near-duplicate clusters") { db in
            // Signatures live in a table of their own: read for every new article, they must not
            // sit behind an article's long text.
            try db.create(table: "duplicate") { table in
                table.primaryKey("articleId", .integer).references("article", onDelete: .cascade)
                table.column("cluster", .integer).notNull()
                table.column("signature", .blob)
            }
            try db.execute(sql: "INSERT INTO duplicate (articleId, cluster) SELECT id, id FROM article")
            try db.create(index: "duplicate_cluster", on: "duplicate", columns: ["cluster"])
            try db.create(table: "band") { table in
                table.column("bucket", .integer).notNull()
                table.column("articleId", .integer).notNull().references("article", onDelete: .cascade)
            }
            try db.create(index: "band_bucket", on: "band", columns: ["bucket"])
        }
        migrator.registerMigration("v3: topics") { db in
            try db.alter(table: "article") { table in
                table.add(column: "topic", .text)
                table.add(column: "topicScore", .double)
            }
            try db.create(index: "article_topic", on: "article", columns: ["topic"])
        }
        return migrator
    }

    private static let duplicates = NearDuplicates()

    /// Puts a newly stored article in the cluster of its nearest stored duplicate (see
    /// ``NearDuplicates/nearestCluster(of:among:)``) or in a cluster of its own; records its
    /// band buckets.
    private static func cluster(_ id: Int64, signature: [UInt32]?, in db: Database) throws {
        guard let signature else {
            try db.execute(sql: "INSERT INTO duplicate (articleId, cluster) VALUES (?, ?)", arguments: [id, id])
            return
        }
        let buckets = NearDuplicates.buckets(of: signature)
        let placeholders = Array(repeating: "?", count: buckets.count).joined(separator: ",")
        let candidates = try Row.fetchAll(db, sql: """
            SELECT duplicate.cluster, duplicate.signature FROM duplicate
            WHERE duplicate.articleId IN (SELECT articleId FROM band WHERE bucket IN (\(placeholders)) ORDER BY articleId DESC LIMIT ?)
            """, arguments: StatementArguments(buckets + [NearDuplicates.mostCandidates]))
            .compactMap { row in NearDuplicates.decode(row["signature"]).map { (cluster: row["cluster"] as Int64, signature: $0) } }
        var cluster = NearDuplicates.nearestCluster(of: signature, among: candidates)
        if let chosen = cluster,
           let first = NearDuplicates.decode(try Data.fetchOne(db, sql: "SELECT signature FROM duplicate WHERE articleId = ?", arguments: [chosen])),
           NearDuplicates.similarity(signature, first) < NearDuplicates.threshold {
            cluster = nil
        }
        try db.execute(sql: "INSERT INTO duplicate (articleId, cluster, signature) VALUES (?, ?, ?)",
                       arguments: [id, cluster ?? id, NearDuplicates.encode(signature)])
        for bucket in buckets { try db.execute(sql: "INSERT INTO band (bucket, articleId) VALUES (?, ?)", arguments: [bucket, id]) }
    }

    // MARK: Storing

    public func store(_ documents: [Document]) throws -> StoreReport {
        let signatures = documents.map { Self.duplicates.signature(of: $0) }
        return try pool.write { db in
            var report = StoreReport()
            for (document, signature) in zip(documents, signatures) {
                let hash = ContentHash.of(document.text)
                try db.execute(sql: """
                    INSERT OR IGNORE INTO article (hash, docId, source, url, date, title, text, analyzerVersion, topic, topicScore)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [hash, document.metadata.id, document.metadata.source, document.metadata.url,
                                     document.metadata.date, document.titleText, document.text, Self.analyzerVersion,
                                     document.topic?.label, document.topic?.score])
                guard db.changesCount > 0 else { report.duplicates += 1; continue }
                let id = db.lastInsertedRowID
                try Self.cluster(id, signature: signature, in: db)
                for entity in document.entities {
                    try db.execute(sql: "INSERT INTO entity (articleId, start, \"end\", kind, text, canonical, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [id, entity.span.start, entity.span.end, entity.kind.rawValue, String(document[entity.span]),
                                               entity.canonical, entity.value])
                }
                for quote in document.quotes {
                    try db.execute(sql: """
                        INSERT INTO quote (articleId, start, "end", kind, text, cue, speaker, canonical, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, quote.span.start, quote.span.end, quote.kind.rawValue, String(document[quote.span]),
                                         quote.cue.map { String(document[$0]) }, quote.speaker.map { String(document[$0.span]) },
                                         quote.speaker?.canonical, quote.speaker?.role.map { String(document[$0]) }])
                }
                report.stored += 1
            }
            return report
        }
    }

    public func alreadyStored(_ documents: [Document]) throws -> Set<Int> {
        try pool.read { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE hash = ?")
            var stored = Set<Int>()
            for (index, document) in documents.enumerated() where try Bool.fetchOne(statement, arguments: [ContentHash.of(document.text)]) != nil {
                stored.insert(index)
            }
            return stored
        }
    }

    public func rowCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for table in ["article", "entity", "quote", "duplicate", "band", "article_search"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    public func mostMentioned(from: String?, to: String?, kinds: [String], limit: Int) throws -> [EntityCount] {
        var conditions = ["entity.canonical IS NOT NULL", "entity.kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ",")))"]
        var arguments: [(any DatabaseValueConvertible)?] = kinds
        if let from { conditions.append("article.date >= ?"); arguments.append(from) }
        if let to { conditions.append("article.date <= ?"); arguments.append(to + "\u{10FFFF}") }
        arguments.append(limit)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT entity.canonical, entity.kind, COUNT(*) AS mentions, COUNT(DISTINCT entity.articleId) AS articles
                FROM entity JOIN article ON article.id = entity.articleId
                WHERE \(conditions.joined(separator: " AND "))
                GROUP BY entity.canonical, entity.kind ORDER BY articles DESC, mentions DESC LIMIT ?
                """, arguments: StatementArguments(arguments)).map(Self.entityCount)
        }
    }

    public func profile(of name: String, limit: Int) throws -> EntityProfile {
        try pool.read { db in
            let counts = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS mentions, COUNT(DISTINCT articleId) AS articles FROM entity WHERE canonical = ?",
                                          arguments: [name])
            let related = try Row.fetchAll(db, sql: """
                SELECT other.canonical, other.kind, COUNT(*) AS mentions, COUNT(DISTINCT other.articleId) AS articles
                FROM entity AS other WHERE other.articleId IN (SELECT articleId FROM entity WHERE canonical = ?)
                AND other.canonical IS NOT NULL AND other.canonical != ? AND other.kind IN ('PER', 'ORG', 'LOC', 'MISC')
                GROUP BY other.canonical, other.kind ORDER BY articles DESC, mentions DESC LIMIT ?
                """, arguments: [name, name, limit]).map(Self.entityCount)
            let latest = try Row.fetchAll(db, sql: """
                SELECT docId, source, date, title FROM article WHERE id IN (SELECT articleId FROM entity WHERE canonical = ?)
                ORDER BY date DESC LIMIT ?
                """, arguments: [name, limit]).map(Self.articleSummary)
            return EntityProfile(mentions: counts?["mentions"] ?? 0, articles: counts?["articles"] ?? 0, related: related, latest: latest)
        }
    }

    private static func entityCount(_ row: Row) -> EntityCount {
        EntityCount(name: row["canonical"], kind: row["kind"], mentions: row["mentions"], articles: row["articles"])
    }

    private static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(id: row["docId"], source: row["source"], date: row["date"], title: row["title"])
    }

    /// The most mentioned names of the corpus with the articles that mention each (by
    /// canonical name): the queries and relevance judgements of the search benchmark.
    public func mostMentionedNames(limit: Int) throws -> [(name: String, articles: Set<String>)] {
        try pool.read { db in
            let names = try String.fetchAll(db, sql: """
                SELECT canonical FROM entity WHERE kind IN ('PER', 'ORG', 'LOC') AND canonical IS NOT NULL
                GROUP BY canonical ORDER BY COUNT(DISTINCT articleId) DESC LIMIT ?
                """, arguments: [limit])
            return try names.map { name in
                let ids = try String.fetchAll(db, sql: """
                    SELECT DISTINCT article.docId FROM entity JOIN article ON article.id = entity.articleId WHERE entity.canonical = ?
                    """, arguments: [name])
                return (name, Set(ids))
            }
        }
    }

    public func articleCount() throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    // MARK: Searching

    /// The best articles for a query, best first, one per near-duplicate cluster.
    public func search(_ query: SearchQuery, limit: Int) throws -> [SearchHit] {
        try search(query, limit: limit, index: .khabar, collapsingDuplicates: true)
    }

    public func search(_ query: SearchQuery, limit: Int, collapsingDuplicates: Bool) throws -> [SearchHit] {
        try search(query, limit: limit, index: .khabar, collapsingDuplicates: collapsingDuplicates)
    }

    /// The full-text indexes a corpus can be searched through.
    public enum SearchIndex: String, Sendable, CaseIterable {
        /// Khabar's analysis: light stems (`article_search`).
        case khabar = "article_search"
        /// SQLite's own `unicode61` tokenizer, diacritics removed (`article_plain`): the baseline
        /// that benchmarks compare with; built by ``buildBaselineIndex()``.
        case unicode61 = "article_plain"
    }

    /// Builds (or rebuilds) the `unicode61` index over the stored articles, for comparisons.
    public func buildBaselineIndex() throws {
        try pool.write { db in
            if try !db.tableExists("article_plain") {
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE article_plain USING fts5(title, text, content='article', content_rowid='id',
                                                                  tokenize='unicode61 remove_diacritics 2')
                    """)
            }
            try db.execute(sql: "INSERT INTO article_plain(article_plain) VALUES('rebuild')")
        }
    }

    /// The best articles for a query through one of the indexes; `limit` up to 100,000. Rows are
    /// asked for in FTS5's `rank` order (BM25), which FTS5 produces itself, so that snippets are
    /// made for the rows returned only, not for every match.
    /// With `collapsingDuplicates`, one article per near-duplicate cluster, its best ranked.
    public func search(_ query: SearchQuery, limit: Int, index: SearchIndex, collapsingDuplicates: Bool = false) throws -> [SearchHit] {
        guard let pattern = query.pattern, limit > 0 else { return [] }
        let table = index.rawValue
        var conditions = ["\(table) MATCH ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [pattern]
        if let source = query.source { conditions.append("article.source = ?"); arguments.append(source) }
        if let topic = query.topic { conditions.append("article.topic = ?"); arguments.append(topic) }
        if let from = query.from { conditions.append("article.date >= ?"); arguments.append(from) }
        if let to = query.to { conditions.append("article.date <= ?"); arguments.append(to + "\u{10FFFF}") }
        if let entity = query.entity {
            conditions.append("article.id IN (SELECT articleId FROM entity WHERE canonical = ?)")
            arguments.append(entity)
        }
        // Re-posts rank together: fetch enough that collapsing them still fills the page.
        arguments.append(min(collapsingDuplicates ? limit * 4 + 20 : limit, 100_000))
        let sql = """
            SELECT article.docId, article.title, article.source, article.date, article.url, article.topic, duplicate.cluster,
                   snippet(\(table), 1, '[', ']', '…', 16) AS snippet, \(table).rank AS score
            FROM \(table) JOIN article ON article.id = \(table).rowid LEFT JOIN duplicate ON duplicate.articleId = article.id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(table).rank LIMIT ?
            """
        return try pool.read { db in
            var clusters = Set<Int64>()
            var hits: [SearchHit] = []
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) where hits.count < limit {
                if collapsingDuplicates, let cluster: Int64 = row["cluster"], !clusters.insert(cluster).inserted { continue }
                hits.append(SearchHit(id: row["docId"], title: row["title"], source: row["source"], date: row["date"], url: row["url"],
                                      topic: row["topic"], snippet: row["snippet"] ?? "", score: -(row["score"] as Double? ?? 0)))
            }
            return hits
        }
    }

    public func duplicateClusters(limit: Int) throws -> [[ArticleSummary]] {
        try pool.read { db in
            let clusters = try Int64.fetchAll(db, sql: """
                SELECT cluster FROM duplicate GROUP BY cluster HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, cluster LIMIT ?
                """, arguments: [limit])
            return try clusters.map { cluster in
                try Row.fetchAll(db, sql: """
                    SELECT docId, source, date, title FROM article JOIN duplicate ON duplicate.articleId = article.id
                    WHERE duplicate.cluster = ? ORDER BY date, id
                    """, arguments: [cluster]).map(Self.articleSummary)
            }
        }
    }

    public func quotes(bySpeaker speaker: String, from: String?, to: String?, limit: Int) throws -> [StoredQuote] {
        var conditions = ["(quote.canonical LIKE ? ESCAPE '\\' OR quote.speaker LIKE ? ESCAPE '\\')"]
        let escaped = "%" + speaker.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        var arguments: [(any DatabaseValueConvertible)?] = [escaped, escaped]
        if let from { conditions.append("article.date >= ?"); arguments.append(from) }
        if let to { conditions.append("article.date <= ?"); arguments.append(to + "\u{10FFFF}") }
        arguments.append(limit)
        let sql = """
            SELECT article.docId, article.date, article.source, quote.text, quote.kind, quote.cue, quote.speaker, quote.canonical, quote.role
            FROM quote JOIN article ON article.id = quote.articleId
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY article.date, quote.articleId, quote.start LIMIT ?
            """
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                StoredQuote(articleID: row["docId"], date: row["date"], source: row["source"], text: row["text"], kind: row["kind"],
                            cue: row["cue"], speaker: row["speaker"], canonical: row["canonical"], role: row["role"])
            }
        }
    }
}
