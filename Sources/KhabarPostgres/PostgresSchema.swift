import PostgresNIO

/// The corpus tables on PostgreSQL, set up by numbered migrations that each run once, in one
/// transaction, recorded in `khabar_migration`; several processes starting at once take turns
/// (an advisory lock), so that none sees a half-made schema.
enum PostgresSchema {
    /// The advisory lock that serializes migrations and near-duplicate clustering.
    static let lock: Int64 = 0x6b68_6162_6172 // "khabar"

    static let migrations: [(name: String, statements: [String])] = [
        ("v1: articles, entities, quotes, full-text index, near-duplicates", [
            """
            CREATE TABLE article (
                id bigserial PRIMARY KEY, hash text NOT NULL UNIQUE, doc_id text NOT NULL, source text, url text,
                date text, title text, text text NOT NULL, analyzer_version text NOT NULL, search tsvector NOT NULL)
            """,
            "CREATE INDEX article_search ON article USING GIN (search)",
            "CREATE INDEX article_date ON article (date)",
            "CREATE INDEX article_source ON article (source)",
            """
            CREATE TABLE entity (
                article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE, start integer NOT NULL, "end" integer NOT NULL,
                kind text NOT NULL, text text NOT NULL, canonical text, value text)
            """,
            "CREATE INDEX entity_canonical ON entity (canonical)",
            "CREATE INDEX entity_article ON entity (article_id)",
            """
            CREATE TABLE quote (
                article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE, start integer NOT NULL, "end" integer NOT NULL,
                kind text NOT NULL, text text NOT NULL, cue text, speaker text, canonical text, role text)
            """,
            "CREATE INDEX quote_canonical ON quote (canonical)",
            """
            CREATE TABLE duplicate (
                article_id bigint PRIMARY KEY REFERENCES article ON DELETE CASCADE, cluster bigint NOT NULL, signature bytea)
            """,
            "CREATE INDEX duplicate_cluster ON duplicate (cluster)",
            "CREATE TABLE band (bucket bigint NOT NULL, article_id bigint NOT NULL REFERENCES article ON DELETE CASCADE)",
            "CREATE INDEX band_bucket ON band (bucket)",
        ]),
        ("v2: the ingestion work queue", [
            """
            CREATE TABLE ingest_batch (
                id bigserial PRIMARY KEY, label text NOT NULL UNIQUE, documents bytea, articles integer NOT NULL,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0, worker text, stored integer, duplicates integer, error text,
                enqueued_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz)
            """,
            "CREATE INDEX ingest_batch_pending ON ingest_batch (id) WHERE state = 'pending'",
        ]),
        ("v3: topics", [
            "ALTER TABLE article ADD COLUMN topic text, ADD COLUMN topic_score double precision",
            "CREATE INDEX article_topic ON article (topic)",
        ]),
    ]

    /// Creates the schema when needed and applies the migrations not yet applied.
    static func migrate(_ client: PostgresClient, schema: String?, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lock))", logger: logger)
            if let schema {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
            }
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS khabar_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM khabar_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO khabar_migration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }
}
