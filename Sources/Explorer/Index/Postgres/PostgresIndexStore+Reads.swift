import ChainAPI
import Foundation
import PostgresNIO

extension PostgresIndexStore {
    static let blockColumns = "number, hash, parent_hash, timestamp, author, extrinsic_count, event_count"

    /// Freshness figures for the pages, in two queries.
    public func status() async throws(IndexStoreError) -> IndexStatus {
        let pairs = try await fetch(SQLStatement(text: "SELECT key, value FROM meta", arguments: [])) {
            try $0.decode((String, String).self)
        }
        let meta = Dictionary(pairs) { first, _ in first }
        func value(_ key: MetaKey) -> String? { meta[key.rawValue] }
        return IndexStatus(
            chain: value(.genesisHash).map { ChainIdentity(genesisHash: $0, chainName: value(.chainName) ?? "") },
            lastIndexedBlock: try await lastIndexedBlock(), nodeHead: value(.nodeHead).flatMap { UInt64($0) },
            nodeHeadSeenAt: value(.nodeHeadSeenAt).flatMap { UInt64($0) },
            updatedAt: value(.updatedAt).flatMap { UInt64($0) })
    }

    /// Block summaries, newest first.
    public func blocks(limit: Int, offset: Int) async throws(IndexStoreError) -> [BlockSummary] {
        try await fetch(
            SQLStatement(
                text: "SELECT \(Self.blockColumns) FROM blocks ORDER BY number DESC LIMIT ? OFFSET ?",
                arguments: IndexSQL.page(limit, offset)), Self.summary)
    }

    /// The number of indexed blocks.
    public func blockCount() async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.count(IndexSQL.blocksCount, key: 0))
    }

    /// Block `number` with its extrinsics and events.
    public func block(_ number: UInt64) async throws(IndexStoreError) -> IndexedBlock? {
        let key: [SQLArgument] = [.unsigned(number)]
        guard
            let summary = try await fetch(
                SQLStatement(text: "SELECT \(Self.blockColumns) FROM blocks WHERE number = ?", arguments: key), Self.summary
            ).first
        else { return nil }
        let extrinsics = try await fetch(
            SQLStatement(
                text: "SELECT \(IndexSQL.extrinsicColumns) FROM extrinsics WHERE block = ? ORDER BY idx", arguments: key),
            Self.extrinsic)
        let events = try await fetch(
            SQLStatement(text: "SELECT \(IndexSQL.eventColumns) FROM events WHERE block = ? ORDER BY idx", arguments: key),
            Self.event)
        return IndexedBlock(
            number: summary.number, hash: summary.hash, parentHash: summary.parentHash, timestamp: summary.timestamp,
            author: summary.author, extrinsics: extrinsics, events: events)
    }

    /// The number of the block with `hash`.
    public func blockNumber(hash: String) async throws(IndexStoreError) -> UInt64? {
        try await fetch(
            SQLStatement(text: "SELECT number FROM blocks WHERE hash = ?", arguments: [.text(hash.lowercased())])
        ) { UInt64(stored: try $0.decode(Int64.self)) }.first
    }

    /// An extrinsic by hash (the first in block order when a hash repeats).
    public func extrinsic(hash: String) async throws(IndexStoreError) -> IndexedExtrinsic? {
        try await fetch(
            SQLStatement(
                text: "SELECT \(IndexSQL.extrinsicColumns) FROM extrinsics WHERE hash = ? ORDER BY block, idx LIMIT 1",
                arguments: [.text(hash.lowercased())]), Self.extrinsic
        ).first
    }

    /// Points of a series, ordered by block (every sample, or the last of each UTC day).
    public func series(_ query: SeriesQuery) async throws(IndexStoreError) -> [SeriesPoint] {
        try await fetch(IndexSQL.series(query)) { row in
            let (block, value) = try row.decode((Int64, Int64).self)
            return SeriesPoint(block: UInt64(stored: block), value: UInt64(stored: value))
        }
    }

    /// How many points `query` matches.
    public func seriesCount(_ query: SeriesQuery) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.seriesCount(query))
    }

    /// The latest sample at or before `block`.
    public func sample(atOrBefore block: UInt64?) async throws(IndexStoreError) -> ChainSample? {
        try await sample(
            where: "block <= ? ORDER BY block DESC", [.unsigned(min(block ?? UInt64(Int64.max), UInt64(Int64.max)))])
    }

    /// The earliest sample.
    public func earliestSample() async throws(IndexStoreError) -> ChainSample? {
        try await sample(where: "TRUE ORDER BY block ASC", [])
    }

    /// The latest stored metagraph of `netuid`.
    public func metagraph(_ netuid: UInt16) async throws(IndexStoreError) -> MetagraphView? {
        let json = try await fetch(
            SQLStatement(text: "SELECT json FROM metagraphs WHERE netuid = ?", arguments: [.int(Int(netuid))])
        ) { try $0.decode(String.self) }.first
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode(MetagraphView.self, from: Data(json.utf8))
        } catch {
            throw .database("the stored metagraph of subnet \(netuid) does not decode: \(error)")
        }
    }

    private func sample(where condition: String, _ arguments: [SQLArgument]) async throws(IndexStoreError)
        -> ChainSample?
    {
        let chain = try await fetch(
            SQLStatement(
                text: "SELECT block, total_issuance, total_stake, total_emission FROM chain_samples WHERE \(condition) LIMIT 1",
                arguments: arguments)
        ) { try $0.decode((Int64, Int64, Int64, Int64).self) }.first
        guard let (block, issuance, stake, emission) = chain else { return nil }
        let subnets = try await fetch(
            SQLStatement(
                text: """
                    SELECT netuid, neurons, uid_limit, difficulty, burn, stake, sequence_length, emission
                    FROM subnet_samples WHERE block = ? ORDER BY netuid
                    """, arguments: [.integer(block)])
        ) { row in
            let v = try row.decode((Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64).self)
            return SubnetSample(
                netuid: UInt16(truncatingIfNeeded: v.0), neurons: UInt64(stored: v.1), uidLimit: UInt64(stored: v.2),
                difficulty: UInt64(stored: v.3), burn: UInt64(stored: v.4), totalStake: UInt64(stored: v.5),
                sequenceLength: UInt64(stored: v.6), emission: UInt64(stored: v.7))
        }
        return ChainSample(
            block: UInt64(stored: block), totalIssuance: UInt64(stored: issuance), totalStake: UInt64(stored: stake),
            totalEmission: UInt64(stored: emission), subnets: subnets)
    }

    static func summary(_ row: PostgresRow) throws -> BlockSummary {
        let v = try row.decode((Int64, String, String, Int64, String, Int64, Int64).self)
        return BlockSummary(
            number: UInt64(stored: v.0), hash: v.1, parentHash: v.2, timestamp: UInt64(stored: v.3), author: v.4,
            extrinsicCount: Int(v.5), eventCount: Int(v.6))
    }

    static func extrinsic(_ row: PostgresRow) throws -> IndexedExtrinsic {
        let v = try row.decode((Int64, Int64, String, String, Int64, String, Bool).self)
        return IndexedExtrinsic(
            hash: v.2, blockNumber: UInt64(stored: v.0), index: UInt32(truncatingIfNeeded: v.1), signer: v.3,
            nonce: UInt64(stored: v.4), call: v.5, succeeded: v.6)
    }

    static func event(_ row: PostgresRow) throws -> IndexedEvent {
        let v = try row.decode((Int64, Int64, Int64?, String, String).self)
        return IndexedEvent(
            blockNumber: UInt64(stored: v.0), index: UInt32(truncatingIfNeeded: v.1),
            extrinsicIndex: v.2.map { UInt32(truncatingIfNeeded: $0) }, name: v.3, fieldsJSON: v.4)
    }
}
