import Foundation

/// Where a PostgreSQL index lives, read from `postgres://user:password@host:port/database?schema=name`.
public struct PostgresLocation: Sendable, Equatable {
    /// Server host name or address.
    public var host: String
    /// Server port (5432 when the URL has none).
    public var port: Int
    /// Login user.
    public var username: String
    /// Login password, `nil` for none.
    public var password: String?
    /// Database name.
    public var database: String
    /// The schema that holds the index's tables (`public` unless `?schema=` names another).
    public var schema: String

    /// Reads a `postgres://` or `postgresql://` URL.
    public init(url text: String) throws(IndexStoreError) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else { throw .badDatabaseURL(Self.redacted(text), reason: "it does not start with postgres://") }
        guard let host = components.host, !host.isEmpty else {
            throw .badDatabaseURL(Self.redacted(text), reason: "it names no host")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .badDatabaseURL(Self.redacted(text), reason: "it names no user")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .badDatabaseURL(Self.redacted(text), reason: "it names no database (…/database after the port)")
        }
        let schema = components.queryItems?.first { $0.name == "schema" }?.value ?? "public"
        guard Self.isIdentifier(schema) else {
            throw .badDatabaseURL(
                Self.redacted(text), reason: "the schema \"\(schema)\" is not a plain name (letters, digits, _)")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.schema = schema
    }

    /// Whether `text` is meant as a PostgreSQL URL rather than an SQLite path.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The URL without its password, for messages and logs.
    public static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }

    /// A lower-case SQL name: a letter or `_`, then letters, digits or `_`.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63 else { return false }
        func letter(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || c == 95 }
        return letter(first) && name.utf8.allSatisfy { letter($0) || ($0 >= 48 && $0 <= 57) }
    }
}
