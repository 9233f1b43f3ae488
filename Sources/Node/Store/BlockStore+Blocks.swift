import Foundation
import GRDB
import Runtime

extension BlockStore {
    /// The last committed block, or `nil` before the genesis block is committed.
    public func head() async throws(BlockStoreError) -> StoreHead? {
        try await read { db in try Self.fetchHead(db) }
    }

    /// The hash of block `number`, or `nil` if no such block is stored.
    public func blockHash(number: UInt64) async throws(BlockStoreError) -> [UInt8]? {
        guard let number = Int64(exactly: number) else { return nil }
        return try await read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT hash FROM block WHERE number = ?"), arguments: [number]
            )
            .map { try $0.bytes(at: 0) }
        }
    }

    /// The number of the block with `hash`, or `nil` if no such block is stored.
    public func blockNumber(hash: [UInt8]) async throws(BlockStoreError) -> UInt64? {
        try await read { db in try Self.fetchNumber(hash: hash, db) }
    }

    /// The encoded header of block `number`, verbatim, or `nil` if no such block is stored.
    public func encodedHeader(number: UInt64) async throws(BlockStoreError) -> [UInt8]? {
        guard let number = Int64(exactly: number) else { return nil }
        return try await read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT header FROM block WHERE number = ?"), arguments: [number]
            )
            .map { try $0.bytes(at: 0) }
        }
    }

    /// The encoded header of the block with `hash`, verbatim, or `nil` if no such block is stored.
    public func encodedHeader(hash: [UInt8]) async throws(BlockStoreError) -> [UInt8]? {
        try await read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT header FROM block WHERE hash = ?"), arguments: [Data(hash)]
            )
            .map { try $0.bytes(at: 0) }
        }
    }

    /// Block `number` with its extrinsics, events and state changes, read in one snapshot.
    public func block(number: UInt64) async throws(BlockStoreError) -> StoredBlock? {
        guard let number = Int64(exactly: number) else { return nil }
        return try await read { db in try Self.fetchBlock(number: number, db) }
    }

    /// The block with `hash`, with its extrinsics, events and state changes, read in one snapshot.
    public func block(hash: [UInt8]) async throws(BlockStoreError) -> StoredBlock? {
        try await read { db in
            guard let number = try Self.fetchNumber(hash: hash, db) else { return nil }
            return try Self.fetchBlock(number: Int64(number), db)
        }
    }

    /// The head: the block the head pointer names.
    static func fetchHead(_ db: Database) throws -> StoreHead? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT block.number, block.hash, block.stateRoot
                FROM head JOIN block ON block.number = head.number WHERE head.id = 0
                """)
        return try Row.fetchOne(statement).map { row in
            StoreHead(
                number: try row.unsigned(at: 0), hash: try row.bytes(at: 1), stateRoot: try row.bytes(at: 2))
        }
    }

    /// The number of the block with `hash`.
    static func fetchNumber(hash: [UInt8], _ db: Database) throws -> UInt64? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT number FROM block WHERE hash = ?"), arguments: [Data(hash)]
        )
        .map { try $0.unsigned(at: 0) }
    }

    /// Block `number` and everything committed with it.
    static func fetchBlock(number: Int64, _ db: Database) throws -> StoredBlock? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT number, hash, parentHash, stateRoot, extrinsicsRoot, timestamp, header
                FROM block WHERE number = ?
                """)
        guard let row = try Row.fetchOne(statement, arguments: [number]) else { return nil }
        return StoredBlock(
            number: try row.unsigned(at: 0), hash: try row.bytes(at: 1), parentHash: try row.bytes(at: 2),
            stateRoot: try row.bytes(at: 3), extrinsicsRoot: try row.bytes(at: 4),
            timestamp: try row.bitPattern(at: 5), encodedHeader: try row.bytes(at: 6),
            extrinsics: try fetchExtrinsics(blockNumber: number, db),
            events: try fetchEvents(blockNumber: number, db),
            stateChanges: try fetchStateChanges(blockNumber: number, db))
    }
}
