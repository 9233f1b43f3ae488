import Runtime

/// What to simulate: preset, era, length, size, seed, and how to record it.
public struct SimulationConfiguration: Sendable, Equatable {
    /// The scenario.
    public var preset: SimulationPreset
    /// Which runtime rules the network follows.
    public var era: Era
    /// Blocks to run (the preset's timeline times `timeScale` when `nil`).
    public var blocks: UInt64?
    /// Network size in uids (the preset's size when `nil`); the preset's uid counts scale with it.
    public var uids: Int?
    /// The seed of every random draw.
    public var seed: UInt64
    /// Factor on every block number of the preset's timeline (0.01 runs the year in 30,500 blocks).
    public var timeScale: Double
    /// A Roundup sample every this many blocks (`nil`: about 5000 samples over the run).
    public var sampleEvery: UInt64?
    /// Block summaries kept in the output database: the last this many blocks of the run.
    public var keptBlocks: UInt64
    /// Whether to fold every block's writes into the state root as a node does (slower; the
    /// simulator is not a served chain, so it is off by default).
    public var commitStateRoot: Bool
    /// Registrations search a real seal while the difficulty is at most this (Nakamoto only); above it
    /// they go through ``Runtime/registerWithUnsealedWork(netuid:hotkey:coldkey:state:)``. 0: never.
    public var realSealDifficultyLimit: UInt64
    /// Block of the preset's timeline the run starts at: chain block `n` is timeline block
    /// `startBlock + n`, and the changes scheduled up to `startBlock` are sent in block 1.
    public var startBlock: UInt64 = 0
    /// Whether block 1 fills the network to its UID limit at once (validators first), lifting the
    /// per-block registration limit for that block only: for benchmarks of a full network.
    public var startFull = false

    /// A configuration; every field has the default of `yuma sim run`.
    public init(
        preset: SimulationPreset = .small, era: Era = .nakamoto, blocks: UInt64? = nil, uids: Int? = nil,
        seed: UInt64 = 1, timeScale: Double = 1, sampleEvery: UInt64? = nil, keptBlocks: UInt64 = 7_200,
        commitStateRoot: Bool = false, realSealDifficultyLimit: UInt64 = 0
    ) {
        self.preset = preset
        self.era = era
        self.blocks = blocks
        self.uids = uids
        self.seed = seed
        self.timeScale = timeScale
        self.sampleEvery = sampleEvery
        self.keptBlocks = keptBlocks
        self.commitStateRoot = commitStateRoot
        self.realSealDifficultyLimit = realSealDifficultyLimit
    }

    /// The network size in uids.
    public var resolvedUids: Int { uids ?? preset.defaultUids }

    /// The number of blocks the run produces.
    public var resolvedBlocks: UInt64 {
        if let blocks { return blocks }
        let timeline = UInt64((Double(preset.defaultBlocks) * timeScale).rounded())
        return timeline > startBlock ? timeline - startBlock : 1
    }

    /// The sampling period in blocks.
    public var resolvedSampleEvery: UInt64 { sampleEvery ?? max(1, resolvedBlocks / 5_000) }

    /// Checks the ranges.
    public func validate() throws(SimulationError) {
        guard (8...4_096).contains(resolvedUids) else { throw .invalidConfiguration("uids must be in 8...4096, got \(resolvedUids)") }
        guard timeScale > 0, timeScale <= 1_000, timeScale.isFinite else {
            throw .invalidConfiguration("the time scale must be in (0, 1000], got \(timeScale)")
        }
        guard resolvedBlocks > 0 else { throw .invalidConfiguration("the run must have at least one block") }
        guard resolvedSampleEvery > 0 else { throw .invalidConfiguration("--sample-every must be at least 1") }
    }
}

/// Why a simulation could not run.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// The output database could not be written.
    case output(String)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .invalidConfiguration(let reason): "invalid simulation: \(reason)"
        case .output(let reason): "cannot write the simulation's database: \(reason)"
        }
    }
}
