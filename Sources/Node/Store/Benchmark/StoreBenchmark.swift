import Foundation

/// Measures how fast the block store commits large blocks and restores the whole state.
public enum StoreBenchmark {
    /// Commits `blocks` (at least 1) synthetic blocks of `extrinsicsPerBlock` transfers on a genesis of
    /// `genesisStateEntries` accounts in a fresh store, then reads the whole state back.
    ///
    /// Blocks are generated before the clock starts, so only the store is timed. The store lives in a
    /// temporary directory under `directory` (the system's temporary directory by default), removed after.
    public static func run(
        blocks: Int = 10, extrinsicsPerBlock: Int = 5_000, genesisStateEntries: Int = 100_000,
        durability: StoreDurability = .full, directory: String? = nil
    ) async throws(BlockStoreError) -> StoreBenchmarkFigures {
        let root = URL(fileURLWithPath: directory ?? NSTemporaryDirectory())
            .appendingPathComponent("yuma-store-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("chain.sqlite").path
        let store = try BlockStore(path: path, durability: durability)
        let chain = SyntheticChain()
        let genesis = chain.genesis(stateEntries: genesisStateEntries)
        var parent = genesis.hash
        let workload = (1...UInt64(max(1, blocks))).map { number in
            let block = chain.block(number: number, parentHash: parent, extrinsics: extrinsicsPerBlock)
            parent = block.hash
            return block
        }
        let clock = ContinuousClock()
        let genesisTime = try await measure(clock) { () async throws(BlockStoreError) in
            try await store.commitGenesis(genesis)
        }
        var slowest = Duration.zero
        var commitTime = Duration.zero
        for block in workload {
            let time = try await measure(clock) { () async throws(BlockStoreError) in
                try await store.commit(block)
            }
            commitTime += time
            slowest = max(slowest, time)
        }
        var entries = 0
        let restoreTime = try await measure(clock) { () async throws(BlockStoreError) in
            entries = try await store.stateEntries().count
        }
        return StoreBenchmarkFigures(
            blocks: workload.count, extrinsicsPerBlock: extrinsicsPerBlock, durability: durability,
            genesisSeconds: genesisTime.seconds, commitSeconds: commitTime.seconds,
            slowestBlockSeconds: slowest.seconds, stateEntries: entries, restoreSeconds: restoreTime.seconds,
            databaseBytes: databaseBytes(path))
    }

    /// The time `body` takes on `clock`.
    private static func measure(
        _ clock: ContinuousClock, _ body: () async throws(BlockStoreError) -> Void
    ) async throws(BlockStoreError) -> Duration {
        let start = clock.now
        try await body()
        return start.duration(to: clock.now)
    }

    /// The size of the database file and its write-ahead log.
    private static func databaseBytes(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            return total + (attributes?[.size] as? Int ?? 0)
        }
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number for reporting.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
