/// What one ``StoreBenchmark`` run measured.
public struct StoreBenchmarkFigures: Sendable, CustomStringConvertible {
    /// The number of blocks committed after genesis.
    public var blocks: Int
    /// The number of extrinsics in each block.
    public var extrinsicsPerBlock: Int
    /// The durability level the store ran with.
    public var durability: StoreDurability
    /// The time the genesis commit took, in seconds.
    public var genesisSeconds: Double
    /// The total time of the block commits, in seconds.
    public var commitSeconds: Double
    /// The time of the slowest block commit, in seconds.
    public var slowestBlockSeconds: Double
    /// The number of state entries read back at the end.
    public var stateEntries: Int
    /// The time reading all state entries took, in seconds.
    public var restoreSeconds: Double
    /// The size of the database and its write-ahead log at the end, in bytes.
    public var databaseBytes: Int

    /// Committed extrinsics per second (with their events and state changes).
    public var extrinsicsPerSecond: Double {
        commitSeconds > 0 ? Double(blocks * extrinsicsPerBlock) / commitSeconds : 0
    }

    /// The mean time of one block commit, in milliseconds.
    public var millisecondsPerBlock: Double {
        blocks > 0 ? commitSeconds * 1_000 / Double(blocks) : 0
    }

    /// State entries restored per second.
    public var stateEntriesPerSecond: Double {
        restoreSeconds > 0 ? Double(stateEntries) / restoreSeconds : 0
    }

    /// A one-paragraph summary for logs and reports.
    public var description: String {
        func format(_ value: Double) -> String { String(Int(value.rounded())) }
        return "store benchmark (\(durability == .full ? "synchronous=FULL" : "synchronous=NORMAL")): "
            + "\(blocks) blocks × \(extrinsicsPerBlock) extrinsics: "
            + "\(format(extrinsicsPerSecond)) extrinsics/s, "
            + "\(format(millisecondsPerBlock)) ms/block (slowest \(format(slowestBlockSeconds * 1_000)) ms); "
            + "genesis \(format(genesisSeconds * 1_000)) ms; restore \(stateEntries) entries in "
            + "\(format(restoreSeconds * 1_000)) ms (\(format(stateEntriesPerSecond)) entries/s); "
            + "database \(databaseBytes / 1_048_576) MiB"
    }
}
