import GRDB

extension BlockStore {
    /// The tables of the schema, in creation order.
    static let tables = ["block", "extrinsic", "event", "stateChange", "state", "head", "metadata"]

    /// The number of rows in each table, in ``tables`` order, read in one snapshot.
    func tableCounts() async throws(BlockStoreError) -> [Int] {
        try await read { db in
            try Self.tables.map { table in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
        }
    }

    /// The value of `pragma` on the writer connection, the one that performs every commit.
    func writerPragma(_ pragma: String) async throws(BlockStoreError) -> String? {
        do {
            return try await pool.writeWithoutTransaction { db in
                try String.fetchOne(db, sql: "PRAGMA \(pragma)")
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` on a reader connection inside a read transaction (tests use it to hold a snapshot open).
    func withReader<T: Sendable>(_ body: @Sendable () throws -> T) async throws(BlockStoreError) -> T {
        try await read { _ in try body() }
    }
}
