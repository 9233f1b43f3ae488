import Logging
import PostgresNIO

/// An ``IndexStore`` on a PostgreSQL server, for an explorer whose index outgrows one file or is
/// shared. Same tables, same queries and same answers as ``SQLiteIndexStore``; each written batch is
/// one transaction. The connection pool runs in a task of its own until ``close()``.
public final class PostgresIndexStore: IndexStore {
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger: Logger
    /// Where the index lives.
    public let location: PostgresLocation

    /// Connects to the server, checks the login, and creates the schema and tables if missing.
    /// Throws ``IndexStoreError/cannotConnect(host:port:reason:)`` when the server cannot be used.
    public init(location: PostgresLocation, logger: Logger) async throws(IndexStoreError) {
        self.location = location
        self.logger = logger
        try await Self.prepare(location, logger: logger)
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.additionalStartupParameters = [("search_path", location.schema)]
        configuration.options.maximumConnections = 8
        configuration.options.keepAliveBehavior = nil
        // The pool logs every connection it opens or drops at info; only its warnings matter here.
        var background = logger
        background.logLevel = max(logger.logLevel, .notice)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit {
        // A store dropped without close() still stops its pool.
        runner.cancel()
    }

    /// Closes the pool's connections and waits until they are closed.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    /// Opens one connection to check the server and the login, then creates the tables on it.
    static func prepare(_ location: PostgresLocation, logger: Logger) async throws(IndexStoreError) {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.additionalStartupParameters = [("search_path", location.schema)]
        configuration.options.connectTimeout = .seconds(10)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                on: PostgresClient.defaultEventLoopGroup.any(), configuration: configuration, id: 0, logger: logger
            ).get()
        } catch {
            throw .cannotConnect(host: location.host, port: location.port, reason: describe(error))
        }
        do {
            try await createSchema(location.schema, on: connection, logger: logger)
        } catch {
            try? await connection.close()
            throw failure(error)
        }
        try? await connection.close()
    }

    /// Runs a query and decodes its rows.
    func fetch<T>(_ statement: SQLStatement, _ decode: (PostgresRow) throws -> T) async throws(IndexStoreError) -> [T] {
        do {
            let rows = try await client.query(statement.postgresQuery, logger: logger).collect()
            return try rows.map(decode)
        } catch {
            throw Self.failure(error)
        }
    }

    /// The single integer a `COUNT(*)` statement answers.
    func count(_ statement: SQLStatement) async throws(IndexStoreError) -> Int {
        Int(try await fetch(statement) { try $0.decode(Int64.self) }.first ?? 0)
    }

    /// Runs `body` in one transaction: all its writes or none.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(IndexStoreError) -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw Self.failure(error)
        }
    }

    /// An ``IndexStoreError`` for whatever PostgresNIO threw.
    static func failure(_ error: any Error) -> IndexStoreError {
        if let error = error as? IndexStoreError { return error }
        if let error = error as? PostgresTransactionError,
            let inner = error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError
        {
            return failure(inner)
        }
        return .database(describe(error))
    }

    /// What went wrong, from the server's message when there is one (PSQLError hides it by default).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}

extension SQLStatement {
    /// The statement with numbered placeholders and its binds, as PostgresNIO sends it.
    var postgresQuery: PostgresQuery {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .integer(let value): binds.append(value)
            case .text(let value): binds.append(value)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: numberedText, binds: binds)
    }
}

extension PostgresIndexStore {
    /// Drops the index's schema with every table in it (for throwaway indexes such as tests').
    func dropSchema() async throws(IndexStoreError) {
        _ = try await fetch(SQLStatement(text: "DROP SCHEMA IF EXISTS \"\(location.schema)\" CASCADE", arguments: [])) { _ in () }
    }
}
