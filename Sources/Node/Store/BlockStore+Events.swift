import GRDB

extension BlockStore {
    /// The events of block `number` in emission order (empty if the block is unknown or has none).
    public func events(inBlock number: UInt64) async throws(BlockStoreError) -> [StoredEvent] {
        guard let number = Int64(exactly: number) else { return [] }
        return try await read { db in try Self.fetchEvents(blockNumber: number, db) }
    }

    /// The most recent events named `name` (for example `balances.Transferred`), newest first.
    ///
    /// - Parameter limit: the largest number of events returned.
    public func events(named name: String, limit: Int) async throws(BlockStoreError) -> [LocatedEvent] {
        let limit = max(0, limit)
        return try await read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.eventColumns), blockNumber FROM event WHERE name = ? "
                    + "ORDER BY blockNumber DESC, position DESC LIMIT ?")
            var events: [LocatedEvent] = []
            let rows = try Row.fetchCursor(statement, arguments: [name, limit])
            while let row = try rows.next() {
                events.append(LocatedEvent(blockNumber: try row.unsigned(at: 4), event: try Self.event(row)))
            }
            return events
        }
    }

    /// The columns `event(_:)` decodes, in its order.
    static let eventColumns = "position, extrinsicPosition, name, encoded"

    /// The events of block `number`, in emission order.
    static func fetchEvents(blockNumber number: Int64, _ db: Database) throws -> [StoredEvent] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(eventColumns) FROM event WHERE blockNumber = ? ORDER BY position")
        var events: [StoredEvent] = []
        let rows = try Row.fetchCursor(statement, arguments: [number])
        while let row = try rows.next() { events.append(try event(row)) }
        return events
    }

    /// An event record from a row selected with ``eventColumns``.
    static func event(_ row: Row) throws -> StoredEvent {
        let extrinsicIndex: UInt32? = try row.hasNull(atIndex: 1) ? nil : row.position(at: 1)
        return StoredEvent(
            index: try row.position(at: 0), extrinsicIndex: extrinsicIndex,
            name: try row.decode(String.self, atIndex: 2), encoded: try row.bytes(at: 3))
    }
}
