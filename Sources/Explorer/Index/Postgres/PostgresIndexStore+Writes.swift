import ChainAPI
import Foundation
import PostgresNIO

extension PostgresIndexStore {
    /// The genesis hash and chain name the index belongs to.
    public func chainIdentity() async throws(IndexStoreError) -> ChainIdentity? {
        guard let hash = try await meta(.genesisHash) else { return nil }
        return ChainIdentity(genesisHash: hash, chainName: try await meta(.chainName) ?? "")
    }

    /// Binds an empty index to `identity`, or checks that it is already bound to it.
    public func bind(to identity: ChainIdentity) async throws(IndexStoreError) {
        let logger = logger
        let stored = try await transaction { connection -> ChainIdentity? in
            // The row lock makes two indexers binding at once see each other.
            try await connection.query("LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            var values: [String: String] = [:]
            for try await (key, value) in try await connection.query(
                "SELECT key, value FROM meta WHERE key IN (\(MetaKey.genesisHash.rawValue), \(MetaKey.chainName.rawValue))",
                logger: logger
            ).decode((String, String).self) {
                values[key] = value
            }
            if let hash = values[MetaKey.genesisHash.rawValue] {
                return ChainIdentity(genesisHash: hash, chainName: values[MetaKey.chainName.rawValue] ?? "")
            }
            try await Self.setMeta(.genesisHash, identity.genesisHash, on: connection, logger: logger)
            try await Self.setMeta(.chainName, identity.chainName, on: connection, logger: logger)
            return nil
        }
        if let stored, stored.genesisHash != identity.genesisHash {
            throw .otherChain(stored: stored, offered: identity)
        }
    }

    /// The highest indexed block.
    public func lastIndexedBlock() async throws(IndexStoreError) -> UInt64? {
        try await fetch(SQLStatement(text: "SELECT MAX(number) FROM blocks", arguments: [])) {
            try $0.decode(Int64?.self)
        }.first?.map(UInt64.init(stored:))
    }

    /// The hash of indexed block `number`.
    public func blockHash(_ number: UInt64) async throws(IndexStoreError) -> String? {
        try await fetch(SQLStatement(text: "SELECT hash FROM blocks WHERE number = ?", arguments: [.unsigned(number)])) {
            try $0.decode(String.self)
        }.first
    }

    /// Stores consecutive blocks with their extrinsics, events and derived rows in one transaction.
    public func write(_ blocks: [IndexedBlock]) async throws(IndexStoreError) {
        guard !blocks.isEmpty else { return }
        let rows = PostgresBlockRows(blocks)
        let now = String(SQLiteIndexStore.nowMilliseconds)
        let logger = logger
        try await transaction { connection in
            try await rows.insert(on: connection, logger: logger)
            try await Self.setMeta(.updatedAt, now, on: connection, logger: logger)
        }
    }

    /// Stores many Roundup samples in one transaction, one `unnest` insert per table.
    public func write(samples: [ChainSample]) async throws(IndexStoreError) {
        guard !samples.isEmpty else { return }
        let logger = logger
        try await transaction { connection in try await Self.insert(samples, on: connection, logger: logger) }
    }

    /// Inserts (or updates) the chain and subnet rows of `samples`.
    static func insert(_ samples: [ChainSample], on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO chain_samples (block, total_issuance, total_stake, total_emission)
            SELECT * FROM unnest(\(samples.map(\.block.stored))::bigint[], \(samples.map(\.totalIssuance.stored))::bigint[],
            \(samples.map(\.totalStake.stored))::bigint[], \(samples.map(\.totalEmission.stored))::bigint[])
            ON CONFLICT (block) DO UPDATE SET total_issuance = excluded.total_issuance,
            total_stake = excluded.total_stake, total_emission = excluded.total_emission
            """, logger: logger)
        let rows = samples.flatMap { sample in sample.subnets.map { (sample.block.stored, $0) } }
        guard !rows.isEmpty else { return }
        let s = rows.map(\.1)
        try await connection.query(
            """
            INSERT INTO subnet_samples (block, netuid, neurons, uid_limit, difficulty, burn, stake, sequence_length, emission)
            SELECT * FROM unnest(\(rows.map(\.0))::bigint[], \(s.map { Int64($0.netuid) })::bigint[],
            \(s.map(\.neurons.stored))::bigint[], \(s.map(\.uidLimit.stored))::bigint[],
            \(s.map(\.difficulty.stored))::bigint[], \(s.map(\.burn.stored))::bigint[],
            \(s.map(\.totalStake.stored))::bigint[], \(s.map(\.sequenceLength.stored))::bigint[],
            \(s.map(\.emission.stored))::bigint[])
            ON CONFLICT (netuid, block) DO UPDATE SET neurons = excluded.neurons, uid_limit = excluded.uid_limit,
            difficulty = excluded.difficulty, burn = excluded.burn, stake = excluded.stake,
            sequence_length = excluded.sequence_length, emission = excluded.emission
            """, logger: logger)
    }

    /// Stores a Roundup sample and replaces each subnet's stored metagraph.
    public func write(_ sample: ChainSample, metagraphs: [MetagraphView]) async throws(IndexStoreError) {
        let encoder = JSONEncoder()
        let encoded = metagraphs.compactMap { metagraph -> (Int64, Int64, String)? in
            guard let data = try? encoder.encode(metagraph) else { return nil }
            return (Int64(metagraph.netuid), metagraph.block.stored, String(decoding: data, as: UTF8.self))
        }
        let logger = logger
        try await transaction { connection in
            try await Self.insert([sample], on: connection, logger: logger)
            for (netuid, block, json) in encoded {
                try await connection.query(
                    """
                    INSERT INTO metagraphs (netuid, block, json) VALUES (\(netuid), \(block), \(json))
                    ON CONFLICT (netuid) DO UPDATE SET block = excluded.block, json = excluded.json
                    """, logger: logger)
            }
        }
    }

    /// Stores the latest hyperparameters of each subnet.
    public func write(hyperparameters: [StoredHyperparameters]) async throws(IndexStoreError) {
        let statements = try hyperparameters.map { record throws(IndexStoreError) in
            IndexSQL.upsertHyperparameters(record, json: try HyperparametersJSON.encode(record.parameters))
        }
        let logger = logger
        try await transaction { connection in
            for statement in statements { try await connection.query(statement.postgresQuery, logger: logger) }
        }
    }

    /// Records the node's head and when it was seen.
    public func recordNodeHead(_ number: UInt64, seenAt milliseconds: UInt64) async throws(IndexStoreError) {
        let logger = logger
        try await transaction { connection in
            try await Self.setMeta(.nodeHead, String(number), on: connection, logger: logger)
            try await Self.setMeta(.nodeHeadSeenAt, String(milliseconds), on: connection, logger: logger)
        }
    }
}
