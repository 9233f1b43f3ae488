import Logging
import PostgresNIO

extension PostgresIndexStore {
    /// The tables, as ``SQLiteIndexStore`` has them, with PostgreSQL's types: every figure a `BIGINT`
    /// holding the `UInt64` bit for bit.
    static let tables = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS blocks (
            number BIGINT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, parent_hash TEXT NOT NULL, timestamp BIGINT NOT NULL,
            author TEXT NOT NULL, extrinsic_count BIGINT NOT NULL, event_count BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS extrinsics (
            block BIGINT NOT NULL, idx BIGINT NOT NULL, hash TEXT NOT NULL, signer TEXT NOT NULL, nonce BIGINT NOT NULL,
            call TEXT NOT NULL, success BOOLEAN NOT NULL, PRIMARY KEY (block, idx))
        """,
        "CREATE INDEX IF NOT EXISTS extrinsics_hash ON extrinsics (hash)",
        "CREATE INDEX IF NOT EXISTS extrinsics_signer ON extrinsics (signer, block, idx)",
        "CREATE INDEX IF NOT EXISTS extrinsics_call ON extrinsics (call, block, idx)",
        """
        CREATE TABLE IF NOT EXISTS events (
            block BIGINT NOT NULL, idx BIGINT NOT NULL, extrinsic_idx BIGINT, name TEXT NOT NULL, fields TEXT NOT NULL,
            PRIMARY KEY (block, idx))
        """,
        "CREATE INDEX IF NOT EXISTS events_name ON events (name, block, idx)",
        """
        CREATE TABLE IF NOT EXISTS event_accounts (
            account TEXT NOT NULL, block BIGINT NOT NULL, idx BIGINT NOT NULL, PRIMARY KEY (account, block, idx))
        """,
        """
        CREATE TABLE IF NOT EXISTS registrations (
            block BIGINT NOT NULL, idx BIGINT NOT NULL, extrinsic_idx BIGINT, netuid BIGINT NOT NULL,
            uid BIGINT NOT NULL, hotkey TEXT NOT NULL, PRIMARY KEY (block, idx))
        """,
        "CREATE INDEX IF NOT EXISTS registrations_netuid ON registrations (netuid, block, idx)",
        """
        CREATE TABLE IF NOT EXISTS chain_samples (
            block BIGINT PRIMARY KEY, total_issuance BIGINT NOT NULL, total_stake BIGINT NOT NULL,
            total_emission BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS subnet_samples (
            block BIGINT NOT NULL, netuid BIGINT NOT NULL, neurons BIGINT NOT NULL, uid_limit BIGINT NOT NULL,
            difficulty BIGINT NOT NULL, burn BIGINT NOT NULL, stake BIGINT NOT NULL, sequence_length BIGINT NOT NULL,
            emission BIGINT NOT NULL, PRIMARY KEY (netuid, block))
        """,
        "CREATE INDEX IF NOT EXISTS subnet_samples_block ON subnet_samples (block)",
        "CREATE TABLE IF NOT EXISTS metagraphs (netuid BIGINT PRIMARY KEY, block BIGINT NOT NULL, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS hyperparameters (netuid BIGINT PRIMARY KEY, block BIGINT NOT NULL, json TEXT NOT NULL)",
    ]

    /// Creates the schema and its tables when missing (the connection's `search_path` names the schema).
    static func createSchema(_ schema: String, on connection: PostgresConnection, logger: Logger) async throws {
        // `schema` is checked to be a plain lower-case name, so quoting it is enough.
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger)
        for table in tables {
            try await connection.query(PostgresQuery(unsafeSQL: table), logger: logger)
        }
        // Version 5 (as SQLite's "v5 counts and days"): pagination totals and blocks by UTC day. The
        // backfill counts what an older index holds, once: it writes nothing when 'blocks' is counted.
        try await connection.query("BEGIN", logger: logger)
        do {
            for statement in [IndexSQL.countsTable, IndexSQL.countsBackfill, IndexSQL.blocksDayIndex] {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// A `meta` value.
    func meta(_ key: MetaKey) async throws(IndexStoreError) -> String? {
        try await fetch(SQLStatement(text: "SELECT value FROM meta WHERE key = ?", arguments: [.text(key.rawValue)])) {
            try $0.decode(String.self)
        }.first
    }

    /// Sets a `meta` value within a transaction.
    static func setMeta(_ key: MetaKey, _ value: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "INSERT INTO meta (key, value) VALUES (\(key.rawValue), \(value)) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            logger: logger)
    }
}
