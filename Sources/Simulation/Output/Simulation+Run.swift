import ChainAPI
import Explorer
import Foundation
import Runtime

/// A progress line's figures.
public struct SimulationProgress: Sendable, Equatable {
    /// Last block run.
    public var block: UInt64
    /// Blocks the run will produce.
    public var totalBlocks: UInt64
    /// Simulated time of the block, ms since the Unix epoch.
    public var timestamp: UInt64
    /// Registered peers.
    public var peers: UInt64
    /// UID limit.
    public var uidLimit: UInt64
    /// Difficulty.
    public var difficulty: UInt64
    /// Total stake, rao.
    public var totalStake: UInt64
    /// Validator sequence length.
    public var sequenceLength: UInt64
    /// Wall-clock seconds so far.
    public var seconds: Double
}

extension Simulation {
    /// Runs `configuration` to its end, writing a Roundup sample every `sampleEvery` blocks (and at the
    /// last block), the block summaries of the last `keptBlocks` blocks and the final metagraph into
    /// `store` when given; calls `progress` about every `progressEvery` blocks.
    public static func run(
        _ configuration: SimulationConfiguration, store: (any IndexStore)? = nil, database: String? = nil,
        progressEvery: UInt64? = nil, progress: @Sendable (SimulationProgress) -> Void = { _ in }
    ) async throws(SimulationError) -> SimulationReport {
        var simulation = try Simulation(configuration)
        let total = configuration.resolvedBlocks
        let sampleEvery = configuration.resolvedSampleEvery
        let progressPeriod = max(1, progressEvery ?? max(1, total / 20))
        let firstKept = total > configuration.keptBlocks ? total - configuration.keptBlocks + 1 : 1
        let recorder = store.map { SimulationRecorder(store: $0) }
        try await recorder?.bind(simulation)
        var digest = SeriesDigest()
        var samples = 0
        var peak: UInt64 = 0
        var keptBlocks: [IndexedBlock] = []
        let clock = ContinuousClock()
        let start = clock.now
        func record(_ sample: ChainSample, final: Bool) async throws(SimulationError) {
            digest.add(sample)
            samples += 1
            peak = max(peak, sample.subnets.first?.difficulty ?? 0)
            try await recorder?.write(sample, metagraph: final ? simulation.metagraph() : nil)
        }
        try await record(simulation.sample(), final: false)
        for _ in 0..<total {
            let block = simulation.step()
            if let recorder, block.number >= firstKept {
                keptBlocks.append(recorder.indexed(block))
                if keptBlocks.count >= 1_000 {
                    try await recorder.write(keptBlocks)
                    keptBlocks.removeAll(keepingCapacity: true)
                }
            }
            let last = block.number == total
            if block.number % sampleEvery == 0 || last { try await record(simulation.sample(), final: last) }
            if block.number % progressPeriod == 0 || last {
                progress(simulation.progress(total: total, seconds: seconds(clock.now - start)))
            }
        }
        try await recorder?.write(keptBlocks)
        let elapsed = seconds(clock.now - start)
        return simulation.report(
            samples: samples, sampleEvery: sampleEvery, peakDifficulty: peak, digest: digest, seconds: elapsed,
            database: database)
    }

    /// The figures of a progress line.
    func progress(total: UInt64, seconds: Double) -> SimulationProgress {
        let s = sample().subnets.first
        return SimulationProgress(
            block: state.blockNumber, totalBlocks: total, timestamp: timestamp(of: state.blockNumber),
            peers: s?.neurons ?? 0, uidLimit: s?.uidLimit ?? 0, difficulty: s?.difficulty ?? 0,
            totalStake: state.staking.totalStake, sequenceLength: s?.sequenceLength ?? 0, seconds: seconds)
    }

    /// The report at the end of a run.
    func report(
        samples: Int, sampleEvery: UInt64, peakDifficulty: UInt64, digest: SeriesDigest, seconds: Double,
        database: String?
    ) -> SimulationReport {
        let s = sample().subnets.first
        let days = Double(state.blockNumber) * 12 / 86_400 / configuration.timeScale
        return SimulationReport(
            preset: configuration.preset.rawValue, era: configuration.era.rawValue, seed: configuration.seed,
            timeScale: configuration.timeScale, uids: configuration.resolvedUids, blocks: state.blockNumber,
            simulatedDays: days, samples: samples, sampleEvery: sampleEvery, peers: s?.neurons ?? 0,
            uidLimit: s?.uidLimit ?? 0, difficulty: s?.difficulty ?? 0, peakDifficulty: peakDifficulty,
            totalStake: state.staking.totalStake, totalIssuance: state.totalIssuance,
            sequenceLength: s?.sequenceLength ?? 0, counters: counters, changes: appliedChanges,
            seriesDigest: digest.hex, stateRoot: configuration.commitStateRoot, seconds: seconds,
            simulatedDaysPerMinute: seconds > 0 ? days / (seconds / 60) : 0, database: database)
    }
}

/// Seconds in a duration.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}
