import Explorer
import Runtime
import Testing

@testable import Simulation

@Suite("Simulation: chain behaviour")
struct SimulationChainTests {
    @Test("scheduled changes are applied at their blocks")
    func scheduleApplied() throws {
        var simulation = try Simulation(SimFixture.configuration(blocks: 2_300))
        var seen: [UInt64: UInt64] = [:]
        var limits: [UInt64: UInt64] = [:]
        for _ in 0..<2_300 {
            simulation.step()
            let sample = try #require(simulation.sample().subnets.first)
            seen[simulation.state.blockNumber] = sample.sequenceLength
            limits[simulation.state.blockNumber] = sample.uidLimit
        }
        #expect(seen[999] == 64)
        #expect(seen[1_000] == 128)
        #expect(seen[1_999] == 128)
        #expect(seen[2_000] == 256)
        #expect(limits[599] == 32)
        #expect(limits[600] == 16)
        #expect(limits[1_500] == 32)
        #expect(simulation.counters.sudoRefused == 0)
        #expect(simulation.appliedChanges.first?.block == 200)
    }

    @Test("difficulty rises under heavy demand and falls back to the floor without it")
    func difficultyFollowsDemand() throws {
        var simulation = try Simulation(SimFixture.configuration(blocks: 800))
        let initial = try #require(simulation.subnet?.hyperparameters.difficulty)
        var highest = initial
        for _ in 0..<400 {
            simulation.step()
            highest = max(highest, simulation.subnet?.hyperparameters.difficulty ?? 0)
        }
        #expect(highest >= initial * 100)
        simulation.setDemand(RegistrationDemand(knots: [.init(block: 0, hashesPerSecond: 1e-9)]))
        simulation.runTest(400) { _ in }
        let parameters = try #require(simulation.subnet?.hyperparameters)
        #expect(parameters.difficulty == parameters.minDifficulty)
    }

    @Test("between flows, stake grows by exactly the block emission and issuance by it less the fees")
    func stakeGrowsByEmission() throws {
        var simulation = try Simulation(SimFixture.configuration(blocks: 400))
        simulation.runTest(100) { _ in }
        simulation.setDemand(RegistrationDemand(knots: [.init(block: 0, hashesPerSecond: 1e-9)]))
        let issuance0 = simulation.state.totalIssuance
        let stake0 = simulation.state.staking.totalStake
        var fees: UInt64 = 0
        simulation.runTest(200) { block in
            for (event, _) in block.events {
                if case .balances(.feePaid(_, let amount)) = event { fees += amount }
            }
        }
        let grown = simulation.state.staking.totalStake - stake0
        // Ten steps of 20 blocks pay 200 τ; each uid's share is floored, so a few rao may stay unpaid.
        #expect(grown <= 200 * raoPerTao && grown + 1_000 >= 200 * raoPerTao)
        #expect(simulation.state.totalIssuance + fees == issuance0 + grown)
    }

    @Test("the real seal path and the unsealed entry point register the same way")
    func realSeals() throws {
        var configuration = SimFixture.configuration(blocks: 60)
        configuration.realSealDifficultyLimit = 1_000_000
        var simulation = try Simulation(configuration)
        simulation.runTest(60) { _ in }
        #expect(simulation.counters.realSeals > 0)
        #expect(simulation.counters.realSeals == simulation.counters.registrations)
    }
}

extension Simulation {
    mutating func runTest(_ blocks: Int, _ body: (SimulatedBlock) -> Void) {
        for _ in 0..<blocks { body(step()) }
    }

    mutating func setDemand(_ demand: RegistrationDemand) { plan.demand = demand }
}
