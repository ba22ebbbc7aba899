import Foundation
import PostgresNIO

/// Where a PostgreSQL corpus lives, read from a URL:
/// `postgres://user:password@host:5432/database?schema=news&sslmode=require`.
///
/// `schema` keeps a corpus in a schema of its own (several corpora in one database; created on
/// first use); `sslmode` is `disable` (the default), `prefer` or `require`.
public struct PostgresAddress: Sendable {
    /// The server, its port, the user, the password and the database.
    public var host: String, port: Int, username: String, password: String?, database: String?
    /// The schema the corpus lives in, or nil for the user's default (`public`).
    public var schema: String?
    /// Whether to speak TLS: `disable`, `prefer` or `require`.
    public var sslMode: String

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
        self.host = host
        port = components.port ?? 5432
        username = components.user ?? "postgres"
        password = components.password
        self.database = database.isEmpty ? nil : database
        sslMode = parameters["sslmode"] ?? "disable"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw PostgresStoreError.badAddress("sslmode must be disable, prefer or require, not \(sslMode)")
        }
        if let schema = parameters["schema"] {
            // The name is written into SQL (CREATE SCHEMA, search_path): only plain identifiers.
            guard schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                throw PostgresStoreError.badAddress("a schema is lower-case letters, digits and _: \(schema)")
            }
            self.schema = schema
        }
    }

    /// The configuration of a connection pool to this address.
    public var configuration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch sslMode {
        case "prefer": .prefer(.makeClientConfiguration())
        case "require": .require(.makeClientConfiguration())
        default: .disable
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                         database: database, tls: tls)
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        return configuration
    }

    /// The configuration of a single connection to this address.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS = switch sslMode {
        case "prefer": .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case "require": .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default: .disable
        }
        return PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database, tls: tls)
    }

    /// `host:port/database`, without the password.
    var server: String { "\(host):\(port)/\(database ?? username)" }
}

/// What can go wrong with a PostgreSQL corpus, beyond the server's own errors.
public enum PostgresStoreError: Error, CustomStringConvertible {
    /// The `postgres://` URL cannot be used.
    case badAddress(String)
    /// The server cannot be reached, or refuses the user, the password or the database.
    case unreachable(String)
    /// A queued batch cannot be read back.
    case damagedBatch(id: Int64, reason: String)

    public var description: String {
        switch self {
        case let .badAddress(reason), let .unreachable(reason): reason
        case let .damagedBatch(id, reason): "queued batch \(id) cannot be read: \(reason)"
        }
    }
}
