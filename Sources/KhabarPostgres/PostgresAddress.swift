import Foundation
import PostgresNIO

/// Where a PostgreSQL corpus lives, read from a URL:
/// `postgres://user:password@host:5432/database?schema=news&sslmode=require`.
///
/// `schema` keeps a corpus in a schema of its own (several corpora in one database; created on
/// first use); `sslmode` is `disable` (the default), `prefer` or `require`.
public struct PostgresAddress: Sendable {
    /// The client configuration: host, port, credentials, database, TLS, schema.
    public var configuration: PostgresClient.Configuration
    /// The schema the corpus lives in, or nil for the user's default (`public`).
    public var schema: String?

    /// Whether a `--db` value names a PostgreSQL server rather than a file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL; an error says what is wrong with it.
    public init(_ url: String) throws {
        guard Self.isURL(url), let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw PostgresStoreError.badAddress("not a postgres://user:password@host:port/database URL: \(url)")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let parameters = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let tls: PostgresClient.Configuration.TLS
        switch parameters["sslmode"] ?? "disable" {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        case let other: throw PostgresStoreError.badAddress("sslmode must be disable, prefer or require, not \(other)")
        }
        configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
        if let schema = parameters["schema"] {
            // The name is written into SQL (CREATE SCHEMA, search_path): only plain identifiers.
            guard schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                throw PostgresStoreError.badAddress("a schema is lower-case letters, digits and _: \(schema)")
            }
            self.schema = schema
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
    }
}

/// What can go wrong with a PostgreSQL corpus, beyond the server's own errors.
public enum PostgresStoreError: Error, CustomStringConvertible {
    /// The `postgres://` URL cannot be used.
    case badAddress(String)
    /// A queued batch cannot be read back.
    case damagedBatch(id: Int64, reason: String)

    public var description: String {
        switch self {
        case let .badAddress(reason): reason
        case let .damagedBatch(id, reason): "queued batch \(id) cannot be read: \(reason)"
        }
    }
}
