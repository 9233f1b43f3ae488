import Explorer
import Runtime

/// What a run produced: its figures at the end, totals, the sudo changes, the series digest and speed.
public struct SimulationReport: Sendable, Codable, Equatable {
    /// Preset name.
    public var preset: String
    /// Era.
    public var era: String
    /// Seed.
    public var seed: UInt64
    /// Time scale of the timeline.
    public var timeScale: Double
    /// Network size in uids.
    public var uids: Int
    /// Blocks produced.
    public var blocks: UInt64
    /// Simulated days (blocks × 12 s / time scale).
    public var simulatedDays: Double
    /// Samples written.
    public var samples: Int
    /// Sampling period, blocks.
    public var sampleEvery: UInt64
    /// Registered peers at the end.
    public var peers: UInt64
    /// UID limit at the end.
    public var uidLimit: UInt64
    /// Difficulty at the end.
    public var difficulty: UInt64
    /// Highest difficulty seen at a sample.
    public var peakDifficulty: UInt64
    /// Total stake at the end, rao.
    public var totalStake: UInt64
    /// Total issuance at the end, rao.
    public var totalIssuance: UInt64
    /// Sequence length at the end.
    public var sequenceLength: UInt64
    /// Running totals.
    public var counters: SimulationCounters
    /// Every scheduled change sent.
    public var changes: [AppliedChange]
    /// FNV-1a digest of every sampled figure (equal digests: equal series).
    public var seriesDigest: String
    /// Whether the state root was computed every block.
    public var stateRoot: Bool
    /// Wall-clock seconds of the run (blocks and database writes).
    public var seconds: Double
    /// Simulated days per wall-clock minute.
    public var simulatedDaysPerMinute: Double
    /// The output database, when one was written.
    public var database: String?
}
