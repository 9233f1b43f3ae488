import Foundation
import GRDB
import Runtime

extension BlockStore {
    /// Commits the genesis block (number 0) with its full initial state, and records its hash as metadata.
    ///
    /// - Throws: ``BlockStoreError/genesisAlreadyCommitted(headNumber:)`` if the store already holds a chain;
    ///   nothing is written then.
    public func commitGenesis(_ block: StoredBlock) async throws(BlockStoreError) {
        guard block.number == 0 else { throw .genesisNumberNotZero(block.number) }
        try block.validate()
        try await write { db in
            if let head = try Self.fetchHead(db) {
                throw BlockStoreError.genesisAlreadyCommitted(headNumber: head.number)
            }
            try Self.insert(block, into: db)
            try Self.setMetadata(.genesisHash, Data(block.hash), in: db)
        }
    }

    /// Commits the block that follows the head, with its extrinsics, events and state changes, atomically.
    ///
    /// When this returns, the block is the new head (durable as ``StoreDurability`` says). When it throws,
    /// nothing was written.
    /// - Throws: ``BlockStoreError/notNextBlock(number:headNumber:)`` unless `block.number` is head + 1,
    ///   ``BlockStoreError/parentMismatch(number:parentHash:headHash:)`` unless its parent is the head.
    public func commit(_ block: StoredBlock) async throws(BlockStoreError) {
        try block.validate()
        try await write { db in
            guard let head = try Self.fetchHead(db) else { throw BlockStoreError.noGenesis }
            guard block.number == head.number + 1 else {
                throw BlockStoreError.notNextBlock(number: block.number, headNumber: head.number)
            }
            guard block.parentHash == head.hash else {
                throw BlockStoreError.parentMismatch(
                    number: block.number, parentHash: block.parentHash, headHash: head.hash)
            }
            try Self.insert(block, into: db)
        }
    }

    /// Writes the block row, its extrinsics, events and state changes, and moves the head to it.
    ///
    /// Empty byte strings are bound as NULL by SQLite, so NOT NULL blob columns wrap their parameter in
    /// `coalesce(?, x'')`.
    private static func insert(_ block: StoredBlock, into db: Database) throws {
        let number = Int64(block.number)
        try db.cachedStatement(
            sql: """
                INSERT INTO block (number, hash, parentHash, stateRoot, extrinsicsRoot, timestamp, header)
                VALUES (?, ?, ?, ?, ?, ?, coalesce(?, x''))
                """
        ).execute(arguments: [
            number, Data(block.hash), Data(block.parentHash), Data(block.stateRoot),
            Data(block.extrinsicsRoot), Int64(bitPattern: block.timestamp), Data(block.encodedHeader),
        ])
        try insertExtrinsics(block.extrinsics, number, db)
        try insertEvents(block.events, number, db)
        try applyStateChanges(block.stateChanges, number, db)
        if !block.stats.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO blockStats (blockNumber, encoded) VALUES (?, ?)")
                .execute(arguments: [number, Data(block.stats)])
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO head (id, number) VALUES (0, ?)")
            .execute(arguments: [number])
    }

    /// Inserts the extrinsic rows of block `number` through one prepared statement.
    private static func insertExtrinsics(
        _ extrinsics: [StoredExtrinsic], _ number: Int64, _ db: Database
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO extrinsic
                    (blockNumber, position, hash, signer, nonce, succeeded, callName, encoded)
                VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, x''))
                """)
        for extrinsic in extrinsics {
            statement.setUncheckedArguments([
                number, Int64(extrinsic.index), Data(extrinsic.hash), Data(extrinsic.signer),
                Int64(bitPattern: extrinsic.nonce), extrinsic.succeeded, extrinsic.callName,
                Data(extrinsic.encoded),
            ])
            try statement.execute()
        }
    }

    /// Inserts the event rows of block `number` through one prepared statement.
    private static func insertEvents(_ events: [StoredEvent], _ number: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO event (blockNumber, position, extrinsicPosition, name, encoded)
                VALUES (?, ?, ?, ?, coalesce(?, x''))
                """)
        for event in events {
            statement.setUncheckedArguments([
                number, Int64(event.index), event.extrinsicIndex.map { Int64($0) }, event.name,
                Data(event.encoded),
            ])
            try statement.execute()
        }
    }

    /// Upserts or deletes each changed state entry, in order, and journals the change under block `number`.
    private static func applyStateChanges(_ changes: [StateChange], _ number: Int64, _ db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO state (key, value) VALUES (coalesce(?, x''), coalesce(?, x''))")
        let delete = try db.cachedStatement(sql: "DELETE FROM state WHERE key = coalesce(?, x'')")
        let journal = try db.cachedStatement(
            sql: """
                INSERT INTO stateChange (blockNumber, position, key, value)
                VALUES (?, ?, coalesce(?, x''), CASE WHEN ? THEN coalesce(?, x'') END)
                """)
        for (position, change) in changes.enumerated() {
            let key = Data(change.key)
            let value = change.value.map { Data($0) }
            if let value {
                upsert.setUncheckedArguments([key, value])
                try upsert.execute()
            } else {
                delete.setUncheckedArguments([key])
                try delete.execute()
            }
            journal.setUncheckedArguments([number, Int64(position), key, value != nil, value])
            try journal.execute()
        }
    }
}
