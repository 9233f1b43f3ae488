import ChainAPI
import Foundation
import GRDB

extension SQLiteIndexStore {
    /// The genesis hash and chain name the index belongs to.
    public func chainIdentity() async throws(IndexStoreError) -> ChainIdentity? {
        try await read { db in try Self.identity(db) }
    }

    static func identity(_ db: Database) throws -> ChainIdentity? {
        guard let hash = try db.meta(.genesisHash) else { return nil }
        return ChainIdentity(genesisHash: hash, chainName: try db.meta(.chainName) ?? "")
    }

    /// Binds an empty index to `identity`, or checks that it is already bound to it.
    public func bind(to identity: ChainIdentity) async throws(IndexStoreError) {
        try await write { db in
            if let stored = try Self.identity(db) {
                guard stored.genesisHash == identity.genesisHash else {
                    throw IndexStoreError.otherChain(stored: stored, offered: identity)
                }
                return
            }
            try db.setMeta(.genesisHash, identity.genesisHash)
            try db.setMeta(.chainName, identity.chainName)
        }
    }

    /// The highest indexed block.
    public func lastIndexedBlock() async throws(IndexStoreError) -> UInt64? {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT MAX(number) FROM blocks").map(UInt64.init(stored:)) }
    }

    /// The hash of indexed block `number`.
    public func blockHash(_ number: UInt64) async throws(IndexStoreError) -> String? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM blocks WHERE number = ?", arguments: [number.stored])
        }
    }

    /// Stores consecutive blocks with their extrinsics and events in one transaction.
    public func write(_ blocks: [IndexedBlock]) async throws(IndexStoreError) {
        guard !blocks.isEmpty else { return }
        let now = Self.nowMilliseconds
        try await write { db in
            let block = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO blocks (number, hash, parent_hash, timestamp, author, extrinsic_count, event_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            let extrinsic = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO extrinsics (block, idx, hash, signer, nonce, call, success)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            let event = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO events (block, idx, extrinsic_idx, name, fields) VALUES (?, ?, ?, ?, ?)")
            let stored = try db.cachedStatement(sql: "SELECT 1 FROM blocks WHERE number = ?")
            var counts = CountChanges()
            for item in blocks {
                if try Int.fetchOne(stored, arguments: [item.number.stored]) == nil { counts.blocks += 1 }
                try block.execute(arguments: [
                    item.number.stored, item.hash, item.parentHash, item.timestamp.stored, item.author,
                    item.extrinsics.count, item.events.count,
                ])
                for x in item.extrinsics {
                    try extrinsic.execute(arguments: [
                        x.blockNumber.stored, Int64(x.index), x.hash, x.signer, x.nonce.stored, x.call, x.succeeded,
                    ])
                }
                for e in item.events {
                    try event.execute(arguments: [
                        e.blockNumber.stored, Int64(e.index), e.extrinsicIndex.map { Int64($0) }, e.name, e.fieldsJSON,
                    ])
                    try Self.insertDerivedRows(of: e, db, counts: &counts)
                }
            }
            for statement in counts.statements {
                try db.execute(sql: statement.text, arguments: statement.statementArguments)
            }
            try db.setMeta(.updatedAt, String(now))
        }
    }

    /// Stores many Roundup samples in one transaction.
    public func write(samples: [ChainSample]) async throws(IndexStoreError) {
        guard !samples.isEmpty else { return }
        try await write { db in
            for sample in samples { try Self.insert(sample, db) }
        }
    }

    /// Inserts (or replaces) the chain and subnet rows of a sample.
    static func insert(_ sample: ChainSample, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO chain_samples (block, total_issuance, total_stake, total_emission)
                VALUES (?, ?, ?, ?)
                """
        ).execute(arguments: [
            sample.block.stored, sample.totalIssuance.stored, sample.totalStake.stored, sample.totalEmission.stored,
        ])
        let subnet = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO subnet_samples
                (block, netuid, neurons, uid_limit, difficulty, burn, stake, sequence_length, emission)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for s in sample.subnets {
            try subnet.execute(arguments: [
                sample.block.stored, Int64(s.netuid), s.neurons.stored, s.uidLimit.stored, s.difficulty.stored,
                s.burn.stored, s.totalStake.stored, s.sequenceLength.stored, s.emission.stored,
            ])
        }
    }

    /// Stores a Roundup sample and replaces each subnet's stored metagraph.
    public func write(_ sample: ChainSample, metagraphs: [MetagraphView]) async throws(IndexStoreError) {
        let encoder = JSONEncoder()
        var encoded: [(UInt16, UInt64, String)] = []
        for metagraph in metagraphs {
            guard let data = try? encoder.encode(metagraph) else { continue }
            encoded.append((metagraph.netuid, metagraph.block, String(decoding: data, as: UTF8.self)))
        }
        try await write { [encoded] db in
            try Self.insert(sample, db)
            for (netuid, block, json) in encoded {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO metagraphs (netuid, block, json) VALUES (?, ?, ?)",
                    arguments: [Int64(netuid), block.stored, json])
            }
        }
    }

    /// Records the node's head and when it was seen.
    public func recordNodeHead(_ number: UInt64, seenAt milliseconds: UInt64) async throws(IndexStoreError) {
        try await write { db in
            try db.setMeta(.nodeHead, String(number))
            try db.setMeta(.nodeHeadSeenAt, String(milliseconds))
        }
    }

    static var nowMilliseconds: UInt64 { UInt64(max(0, Date().timeIntervalSince1970 * 1000)) }
}
