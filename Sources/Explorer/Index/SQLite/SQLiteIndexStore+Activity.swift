import Foundation
import GRDB

extension SQLiteIndexStore {
    /// Extrinsics newest first, optionally filtered by signer and call.
    public func extrinsics(limit: Int, offset: Int, signer: String?, call: String?) async throws(IndexStoreError)
        -> [IndexedExtrinsic]
    {
        try await rows(IndexSQL.extrinsics(limit: limit, offset: offset, signer: signer, call: call), Self.extrinsic)
    }

    /// How many extrinsics match the filters.
    public func extrinsicCount(signer: String?, call: String?) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.extrinsicCount(signer: signer, call: call))
    }

    /// Events newest first, optionally filtered by name and block.
    public func events(limit: Int, offset: Int, name: String?, block: UInt64?) async throws(IndexStoreError)
        -> [IndexedEvent]
    {
        try await rows(IndexSQL.events(limit: limit, offset: offset, name: name, block: block), Self.event)
    }

    /// How many events match the filters.
    public func eventCount(name: String?, block: UInt64?) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.eventCount(name: name, block: block))
    }

    /// Events newest first that mention `account`.
    public func events(mentioning account: String, limit: Int, offset: Int) async throws(IndexStoreError)
        -> [IndexedEvent]
    {
        try await rows(IndexSQL.events(mentioning: account, limit: limit, offset: offset), Self.event)
    }

    /// How many events mention `account`.
    public func eventCount(mentioning account: String) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.eventCount(mentioning: account))
    }

    /// Neuron registrations of `netuid`, newest first.
    public func registrations(netuid: UInt16, limit: Int, offset: Int) async throws(IndexStoreError)
        -> [NeuronRegistration]
    {
        try await rows(IndexSQL.registrations(netuid: netuid, limit: limit, offset: offset)) { row in
            NeuronRegistration(
                blockNumber: UInt64(stored: row[0]), timestamp: UInt64(stored: row[1]),
                eventIndex: UInt32(truncatingIfNeeded: row[2] as Int64),
                extrinsicIndex: (row[3] as Int64?).map { UInt32(truncatingIfNeeded: $0) }, signer: row[4],
                netuid: UInt16(truncatingIfNeeded: row[5] as Int64), uid: UInt16(truncatingIfNeeded: row[6] as Int64),
                hotkey: row[7])
        }
    }

    /// How many registrations `netuid` has had.
    public func registrationCount(netuid: UInt16) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.count(IndexSQL.registrationsCount, key: Int64(netuid)))
    }

    /// Stores the latest hyperparameters of each subnet.
    public func write(hyperparameters: [StoredHyperparameters]) async throws(IndexStoreError) {
        let statements = try hyperparameters.map { record throws(IndexStoreError) in
            IndexSQL.upsertHyperparameters(record, json: try HyperparametersJSON.encode(record.parameters))
        }
        try await write { db in
            for statement in statements {
                try db.execute(sql: statement.text, arguments: statement.statementArguments)
            }
        }
    }

    /// The latest stored hyperparameters of `netuid`.
    public func hyperparameters(netuid: UInt16) async throws(IndexStoreError) -> StoredHyperparameters? {
        let statement = IndexSQL.hyperparameters(netuid: netuid)
        let stored = try await read { db -> (Int64, String)? in
            try Row.fetchOne(db, sql: statement.text, arguments: statement.statementArguments).map { ($0[0], $0[1]) }
        }
        guard let (block, json) = stored else { return nil }
        return StoredHyperparameters(
            netuid: netuid, block: UInt64(stored: block), parameters: try HyperparametersJSON.decode(json, netuid: netuid))
    }

    func rows<T: Sendable>(_ statement: SQLStatement, _ map: @Sendable @escaping (Row) -> T) async throws(IndexStoreError)
        -> [T]
    {
        try await read { db in
            try Row.fetchAll(db, sql: statement.text, arguments: statement.statementArguments).map(map)
        }
    }

    func count(_ statement: SQLStatement) async throws(IndexStoreError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: statement.text, arguments: statement.statementArguments) ?? 0 }
    }
}
