import Foundation
import GRDB
import Runtime

extension BlockStore {
    /// The value stored under `key` in the state of the head, or `nil` if the key is absent.
    public func stateValue(key: [UInt8]) async throws(BlockStoreError) -> [UInt8]? {
        try await read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM state WHERE key = ?"), arguments: [Data(key)]
            )
            .map { try $0.bytes(at: 0) }
        }
    }

    /// Every state entry of the head, in ascending key order, with the head they belong to.
    ///
    /// This is how a node restores its state at startup: one snapshot read of a single B-tree, so the
    /// entries and the head always match even while blocks are being committed.
    public func stateSnapshot() async throws(BlockStoreError) -> (head: StoreHead?, entries: [StateEntry]) {
        try await read { db in (try Self.fetchHead(db), try Self.fetchStateEntries(db)) }
    }

    /// Every state entry of the head, in ascending key order.
    public func stateEntries() async throws(BlockStoreError) -> [StateEntry] {
        try await read { db in try Self.fetchStateEntries(db) }
    }

    /// The number of entries in the state of the head.
    public func stateEntryCount() async throws(BlockStoreError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM state") ?? 0 }
    }

    /// The state changes block `number` made, in the order they were applied.
    public func stateChanges(inBlock number: UInt64) async throws(BlockStoreError) -> [StateChange] {
        guard let number = Int64(exactly: number) else { return [] }
        return try await read { db in try Self.fetchStateChanges(blockNumber: number, db) }
    }

    /// All state entries, scanned in key order through a cursor (no intermediate row objects are kept).
    static func fetchStateEntries(_ db: Database) throws -> [StateEntry] {
        var entries: [StateEntry] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT key, value FROM state ORDER BY key"))
        while let row = try rows.next() {
            entries.append(StateEntry(key: try row.bytes(at: 0), value: try row.bytes(at: 1)))
        }
        return entries
    }

    /// The journal of block `number`, in the order the changes were applied.
    static func fetchStateChanges(blockNumber number: Int64, _ db: Database) throws -> [StateChange] {
        let statement = try db.cachedStatement(
            sql: "SELECT key, value FROM stateChange WHERE blockNumber = ? ORDER BY position")
        var changes: [StateChange] = []
        let rows = try Row.fetchCursor(statement, arguments: [number])
        while let row = try rows.next() {
            changes.append(StateChange(key: try row.bytes(at: 0), value: try row.optionalBytes(at: 1)))
        }
        return changes
    }
}
