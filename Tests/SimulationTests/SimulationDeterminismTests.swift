import Explorer
import Runtime
import Testing

@testable import Simulation

/// Helpers shared by the simulation tests.
enum SimFixture {
    /// A short run of the small preset.
    static func configuration(seed: UInt64 = 7, blocks: UInt64 = 600, era: Era = .nakamoto) -> SimulationConfiguration {
        SimulationConfiguration(preset: .small, era: era, blocks: blocks, uids: 32, seed: seed, sampleEvery: 10)
    }

    /// Runs `configuration` to its end in memory, collecting every sample.
    static func samples(_ configuration: SimulationConfiguration) throws -> (Simulation, [ChainSample]) {
        var simulation = try Simulation(configuration)
        var samples = [simulation.sample()]
        for _ in 0..<configuration.resolvedBlocks {
            simulation.step()
            if simulation.state.blockNumber % configuration.resolvedSampleEvery == 0 { samples.append(simulation.sample()) }
        }
        return (simulation, samples)
    }

    static func digest(_ samples: [ChainSample]) -> String {
        var digest = SeriesDigest()
        for sample in samples { digest.add(sample) }
        return digest.hex
    }
}

@Suite("Simulation: reproducibility")
struct SimulationDeterminismTests {
    @Test("the same seed gives the same series, in both eras", arguments: [Era.nakamoto, Era.finney])
    func sameSeed(era: Era) throws {
        let first = try SimFixture.samples(SimFixture.configuration(seed: 11, era: era))
        let second = try SimFixture.samples(SimFixture.configuration(seed: 11, era: era))
        #expect(SimFixture.digest(first.1) == SimFixture.digest(second.1))
        #expect(first.0.state == second.0.state)
        #expect(first.0.counters == second.0.counters)
    }

    @Test("another seed gives another series")
    func otherSeed() throws {
        let first = try SimFixture.samples(SimFixture.configuration(seed: 1))
        let second = try SimFixture.samples(SimFixture.configuration(seed: 2))
        #expect(SimFixture.digest(first.1) != SimFixture.digest(second.1))
    }

    @Test("the random stream is fixed by its seed")
    func randomStream() {
        var a = SimulationRandom(seed: 42)
        var b = SimulationRandom(seed: 42)
        var c = SimulationRandom(seed: 43)
        let sa = (0..<8).map { _ in a.next() }
        #expect(sa == (0..<8).map { _ in b.next() })
        #expect(sa != (0..<8).map { _ in c.next() })
        var d = SimulationRandom(seed: 5)
        let mean = (0..<4_000).map { _ in Double(d.poisson(3)) }.reduce(0, +) / 4_000
        #expect(abs(mean - 3) < 0.2)
    }
}
