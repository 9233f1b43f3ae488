import Foundation
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

    /// Reads the head in a snapshot, calls `opened`, holds the snapshot until `release` is signalled (at most 60 s), then reads the head
    /// again in the same snapshot (tests use it to show that a reader neither blocks nor sees a commit).
    func headsInHeldSnapshot(
        until release: DispatchSemaphore, opened: @escaping @Sendable () -> Void
    ) async throws(BlockStoreError) -> (first: StoreHead?, last: StoreHead?, timedOut: Bool) {
        try await read { db in
            let first = try Self.fetchHead(db)
            opened()
            let timedOut = release.wait(timeout: .now() + 60) == .timedOut
            return (first, try Self.fetchHead(db), timedOut)
        }
    }
}
