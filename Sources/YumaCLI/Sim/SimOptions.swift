import ArgumentParser
import Runtime
import Simulation

/// The flags shared by `yuma sim run` and `yuma sim bench`.
struct SimOptions: ParsableArguments {
    @Option(name: .long, help: "Scenario: nakamoto-2022 or small.")
    var preset: String = SimulationPreset.small.rawValue

    @Option(name: .long, help: "Runtime rules: nakamoto or finney.")
    var era: String = Era.nakamoto.rawValue

    @Option(name: .long, help: "Simulated days to run (7200 blocks a day at time scale 1).")
    var days: Double?

    @Option(name: .long, help: "Blocks to run (default: the preset's timeline).")
    var blocks: UInt64?

    @Option(name: .long, help: "Random seed; the same seed gives the same chain.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Network size in uids, 8...4096 (default: the preset's); uid counts of the preset scale with it.")
    var uids: Int?

    @Option(name: .customLong("time-scale"), help: "Factor on every block of the preset's timeline (0.01 compresses it a hundredfold).")
    var timeScale: Double = 1

    @Option(name: .customLong("start-block"), help: "Timeline block the run starts at (earlier changes are sent in block 1).")
    var startBlock: UInt64 = 0

    @Flag(name: .customLong("start-full"), help: "Fill the network to its UID limit in block 1 (for benchmarks).")
    var startFull = false

    @Flag(name: .customLong("state-root"), help: "Compute the state root every block, as a node does (slower).")
    var stateRoot = false

    /// The configuration these flags describe.
    func configuration(sampleEvery: UInt64?, keptBlocks: UInt64) throws -> SimulationConfiguration {
        guard let preset = SimulationPreset(rawValue: preset) else {
            throw ValidationError("unknown --preset \(preset); use nakamoto-2022 or small")
        }
        guard let era = Era(rawValue: era) else { throw ValidationError("unknown --era \(era); use nakamoto or finney") }
        if days != nil, blocks != nil { throw ValidationError("give --days or --blocks, not both") }
        var blockCount = blocks
        if let days {
            guard days > 0, days.isFinite else { throw ValidationError("--days must be positive, got \(days)") }
            blockCount = max(1, UInt64((days * 7_200 * timeScale).rounded()))
        }
        var configuration = SimulationConfiguration(
            preset: preset, era: era, blocks: blockCount, uids: uids, seed: seed, timeScale: timeScale,
            sampleEvery: sampleEvery, keptBlocks: keptBlocks, commitStateRoot: stateRoot)
        configuration.startBlock = startBlock
        configuration.startFull = startFull
        do { try configuration.validate() } catch { throw ValidationError(error.description) }
        return configuration
    }
}
