import ChainAPI
import Foundation
import GRDB

extension SQLiteIndexStore {
    /// Freshness figures for the pages.
    public func status() async throws(IndexStoreError) -> IndexStatus {
        try await read { db in
            IndexStatus(
                chain: try Self.identity(db),
                lastIndexedBlock: try Int64.fetchOne(db, sql: "SELECT MAX(number) FROM blocks").map(UInt64.init(stored:)),
                nodeHead: try db.meta(.nodeHead).flatMap { UInt64($0) },
                nodeHeadSeenAt: try db.meta(.nodeHeadSeenAt).flatMap { UInt64($0) },
                updatedAt: try db.meta(.updatedAt).flatMap { UInt64($0) })
        }
    }

    /// Block summaries, newest first.
    public func blocks(limit: Int, offset: Int) async throws(IndexStoreError) -> [BlockSummary] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM blocks ORDER BY number DESC LIMIT ? OFFSET ?", arguments: [limit, offset]
            ).map(Self.summary)
        }
    }

    /// The number of indexed blocks.
    public func blockCount() async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.count(IndexSQL.blocksCount, key: 0))
    }

    /// Block `number` with its extrinsics and events.
    public func block(_ number: UInt64) async throws(IndexStoreError) -> IndexedBlock? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM blocks WHERE number = ?", arguments: [number.stored])
            else { return nil }
            let summary = Self.summary(row)
            let extrinsics = try Row.fetchAll(
                db, sql: "SELECT * FROM extrinsics WHERE block = ? ORDER BY idx", arguments: [number.stored]
            ).map(Self.extrinsic)
            let events = try Row.fetchAll(
                db, sql: "SELECT * FROM events WHERE block = ? ORDER BY idx", arguments: [number.stored]
            ).map(Self.event)
            return IndexedBlock(
                number: summary.number, hash: summary.hash, parentHash: summary.parentHash,
                timestamp: summary.timestamp, author: summary.author, extrinsics: extrinsics, events: events)
        }
    }

    /// The number of the block with `hash`.
    public func blockNumber(hash: String) async throws(IndexStoreError) -> UInt64? {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT number FROM blocks WHERE hash = ?", arguments: [hash.lowercased()])
                .map(UInt64.init(stored:))
        }
    }

    /// An extrinsic by hash.
    public func extrinsic(hash: String) async throws(IndexStoreError) -> IndexedExtrinsic? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM extrinsics WHERE hash = ? LIMIT 1", arguments: [hash.lowercased()])
                .map(Self.extrinsic)
        }
    }

    /// Points of a series, ordered by block (every sample, or the last of each UTC day).
    public func series(_ query: SeriesQuery) async throws(IndexStoreError) -> [SeriesPoint] {
        let statement = IndexSQL.series(query)
        return try await read { db in
            try Row.fetchAll(db, sql: statement.text, arguments: statement.statementArguments).map { row in
                SeriesPoint(block: UInt64(stored: row[0]), value: UInt64(stored: row[1]))
            }
        }
    }

    /// How many points `query` matches.
    public func seriesCount(_ query: SeriesQuery) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.seriesCount(query))
    }

    /// The latest sample at or before `block`.
    public func sample(atOrBefore block: UInt64?) async throws(IndexStoreError) -> ChainSample? {
        let limit = min(block ?? UInt64(Int64.max), UInt64(Int64.max)).stored
        return try await read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM chain_samples WHERE block <= ? ORDER BY block DESC LIMIT 1", arguments: [limit])
            else { return nil }
            return try Self.sample(row, db)
        }
    }

    /// The earliest sample.
    public func earliestSample() async throws(IndexStoreError) -> ChainSample? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM chain_samples ORDER BY block ASC LIMIT 1")
            else { return nil }
            return try Self.sample(row, db)
        }
    }

    /// The latest stored metagraph of `netuid`.
    public func metagraph(_ netuid: UInt16) async throws(IndexStoreError) -> MetagraphView? {
        let json = try await read { db in
            try String.fetchOne(db, sql: "SELECT json FROM metagraphs WHERE netuid = ?", arguments: [Int64(netuid)])
        }
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode(MetagraphView.self, from: Data(json.utf8))
        } catch {
            throw .database("the stored metagraph of subnet \(netuid) does not decode: \(error)")
        }
    }

    static func summary(_ row: Row) -> BlockSummary {
        BlockSummary(
            number: UInt64(stored: row["number"]), hash: row["hash"], parentHash: row["parent_hash"],
            timestamp: UInt64(stored: row["timestamp"]), author: row["author"], extrinsicCount: row["extrinsic_count"],
            eventCount: row["event_count"])
    }

    static func extrinsic(_ row: Row) -> IndexedExtrinsic {
        IndexedExtrinsic(
            hash: row["hash"], blockNumber: UInt64(stored: row["block"]),
            index: UInt32(truncatingIfNeeded: row["idx"] as Int64), signer: row["signer"],
            nonce: UInt64(stored: row["nonce"]), call: row["call"], succeeded: row["success"])
    }

    static func sample(_ row: Row, _ db: Database) throws -> ChainSample {
        let block: Int64 = row["block"]
        let subnets = try Row.fetchAll(
            db, sql: "SELECT * FROM subnet_samples WHERE block = ? ORDER BY netuid", arguments: [block]
        ).map { s in
            SubnetSample(
                netuid: UInt16(truncatingIfNeeded: s["netuid"] as Int64), neurons: UInt64(stored: s["neurons"]),
                uidLimit: UInt64(stored: s["uid_limit"]), difficulty: UInt64(stored: s["difficulty"]),
                burn: UInt64(stored: s["burn"]), totalStake: UInt64(stored: s["stake"]),
                sequenceLength: UInt64(stored: s["sequence_length"]), emission: UInt64(stored: s["emission"]))
        }
        return ChainSample(
            block: UInt64(stored: block), totalIssuance: UInt64(stored: row["total_issuance"]),
            totalStake: UInt64(stored: row["total_stake"]), totalEmission: UInt64(stored: row["total_emission"]),
            subnets: subnets)
    }
}
