import Explorer
import Foundation
import Runtime
import Testing

@testable import Simulation

@Suite("Simulation: explorer database")
struct SimulationOutputTests {
    @Test("the written database opens with SQLiteIndexStore and holds every series, blocks and the metagraph")
    func database() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-sim-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var configuration = SimFixture.configuration(blocks: 300)
        configuration.keptBlocks = 50
        let report = try await Simulation.run(configuration, store: try SQLiteIndexStore(path: path), database: path)
        #expect(report.samples == 31)

        let store = try SQLiteIndexStore(path: path)
        #expect(try await store.chainIdentity()?.chainName == "Yuma simulation small (nakamoto, seed 7)")
        for metric in SeriesMetric.allCases {
            let points = try await store.series(SeriesQuery(metric: metric, netuid: metric.isPerSubnet ? 0 : nil))
            #expect(points.count == 31, "\(metric)")
        }
        let peers = try await store.series(SeriesQuery(metric: .neurons, netuid: 0))
        #expect(peers.last?.value == report.peers)
        #expect(peers.map(\.block) == (0...30).map { UInt64($0) * 10 })
        #expect(try await store.blockCount() == 50)
        #expect(try await store.lastIndexedBlock() == 300)
        let metagraph = try #require(try await store.metagraph(0))
        #expect(metagraph.n == Int(report.peers))
        #expect(metagraph.block == 300)
        #expect(report.seriesDigest.count == 16)
    }
}

@Suite("Simulation: Nakamoto preset")
struct NakamotoPresetTests {
    @Test("a compressed year steps the UID limit 4096 → 2000 → 4096 and the sequence length 10 → 32 → 64 → 128 → 256 in order")
    func compressedYear() throws {
        let configuration = SimulationConfiguration(
            preset: .nakamoto2022, uids: 64, seed: 3, timeScale: 0.005, sampleEvery: 25)
        #expect(configuration.resolvedBlocks == 15_250)
        let (simulation, samples) = try SimFixture.samples(configuration)
        let limits = samples.compactMap { $0.subnets.first?.uidLimit }.collapsed
        let lengths = samples.compactMap { $0.subnets.first?.sequenceLength }.collapsed
        #expect(limits == [64, 31, 64])
        #expect(lengths == [10, 32, 64, 128, 256])
        #expect(simulation.counters.sudoRefused == 0)
        let difficulties = samples.compactMap { $0.subnets.first?.difficulty }
        #expect((difficulties.max() ?? 0) > 10_000_000 * 1_000)
        let stake = samples.map(\.totalStake)
        #expect(stake.last ?? 0 > stake.first ?? 0)
    }

    @Test("the schedule follows the spec's blocks", arguments: [(1.0, UInt64(2_268_000)), (0.01, UInt64(22_680))])
    func scheduleBlocks(timeScale: Double, block: UInt64) {
        let plan = SimulationPreset.nakamoto2022.plan(uids: 4_096, timeScale: timeScale, era: .nakamoto)
        let change = plan.schedule.first { $0.action == .set(.validatorSequenceLength(128)) }
        #expect(change?.block == block)
        #expect(plan.schedule.contains { $0.action == .set(.maxAllowedUids(2_000)) })
    }
}

extension Array where Element: Equatable {
    /// The values with runs of equal neighbours collapsed to one.
    var collapsed: [Element] {
        reduce(into: []) { result, value in if result.last != value { result.append(value) } }
    }
}
