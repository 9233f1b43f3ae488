import Consensus
import Testing

/// The `mechanism_step` scenarios of `subtensor_deprecated/pallets/subtensor/tests/step.rs`.
///
/// The Rust tests compare within a tolerance of 10–100 units; every value below is the exact
/// release-build result (checked against the reference arithmetic), and each lies inside the
/// Rust test's tolerance of the number written there.
@Suite("Nakamoto step: tests/step.rs scenarios")
struct NakamotoStepScenarioTests {
    static let stake: UInt64 = 1_000_000_000
    static let quarter: UInt64 = 4_611_686_018_427_387_903  // floor(u64::MAX / 4)
    static let half: UInt64 = 9_223_372_036_854_775_807  // floor(u64::MAX / 2)
    /// floor(u64::MAX / (1 + exp(2.5))): trust 1/4 against κ = 1/2 with ρ = 10.
    static let quarterTrustConsensus: UInt64 = 1_399_336_432_749_266_785

    /// Every u64 the step stores per neuron.
    static let everyScore: [KeyPath<NakamotoNeuronResult, UInt64> & Sendable] = [
        \.rank, \.trust, \.consensus, \.incentive, \.dividends, \.emission,
    ]
    /// The stored scores that are shares summing to about u64::MAX.
    static let shareScores: [KeyPath<NakamotoNeuronResult, UInt64> & Sendable] = [
        \.rank, \.trust, \.incentive, \.dividends,
    ]

    struct Quiet: Sendable, CustomTestStringConvertible {
        let name: String
        let count: Int
        let stake: UInt64
        var testDescription: String { name }
    }

    // test_step_with_many, test_step_with_many_zero_weights, test_step_with_many_self_weights,
    // test_step_with_neuron_no_balances, test_step_with_neuron_with_balances, test_run_step_ok.
    @Test(
        "self-weights only: the step emits nothing",
        arguments: [
            Quiet(name: "test_step_with_many*", count: 4, stake: stake),
            Quiet(name: "test_step_with_neuron_no_balances", count: 1, stake: 0),
            Quiet(name: "test_step_with_neuron_with_balances", count: 1, stake: stake),
            Quiet(name: "test_run_step_ok", count: 0, stake: 0),
        ])
    func selfWeightsEmitNothing(_ scenario: Quiet) throws {
        var chain = NakamotoTestChain(registering: scenario.count, stake: scenario.stake)
        let weights = chain.neurons.map(\.weights)
        try chain.stepBlocks(1)
        let zeros = Array(repeating: UInt64(0), count: scenario.count)
        #expect(chain.issued == 0)
        #expect(chain.stakes == Array(repeating: scenario.stake, count: scenario.count))
        #expect(chain.active == Array(repeating: true, count: scenario.count))
        for score in Self.everyScore {
            #expect(chain.stored(score) == zeros)
        }
        #expect(chain.denseBonds == Array(repeating: zeros, count: scenario.count))
        #expect(chain.neurons.map(\.weights) == weights)
    }

    struct Checkpoint: Sendable {
        let blocks: Int
        let issued: UInt64
        let stake: UInt64
        let bond: UInt64
    }

    // test_two_steps_with_many_outward_weights: β = 1/2, each bond converges to 250_000_000.
    @Test("outward weights: stakes, scores and bonds after 1, 2 and 10 steps")
    func outwardWeights() throws {
        var chain = NakamotoTestChain(registering: 4, stake: Self.stake)
        chain.setShiftedWeights()
        let checkpoints = [
            Checkpoint(blocks: 1, issued: 1_000_000_000, stake: 1_250_000_000, bond: 125_000_000),
            Checkpoint(blocks: 1, issued: 2_000_000_000, stake: 1_500_000_000, bond: 187_500_000),
            Checkpoint(blocks: 8, issued: 10_000_000_000, stake: 3_500_000_000, bond: 249_755_859),
        ]
        for checkpoint in checkpoints {
            try chain.stepBlocks(checkpoint.blocks)
            #expect(chain.issued == checkpoint.issued)
            #expect(chain.stakes == Array(repeating: checkpoint.stake, count: 4))
            #expect(chain.stored(\.emission) == Array(repeating: 250_000_000, count: 4))
            for score in Self.shareScores {
                #expect(chain.stored(score) == Array(repeating: Self.quarter, count: 4))
            }
            #expect(chain.stored(\.consensus) == Array(repeating: Self.quarterTrustConsensus, count: 4))
            #expect(chain.active == Array(repeating: true, count: 4))
            #expect(chain.denseBonds == Self.shifted(checkpoint.bond))
        }
    }

    // test_two_steps_with_reset_bonds.
    @Test("reset bonds: the next step rebuilds them from zero")
    func resetBonds() throws {
        var chain = NakamotoTestChain(registering: 4, stake: Self.stake)
        chain.setShiftedWeights()
        try chain.stepBlocks(1)
        #expect(chain.denseBonds == Self.shifted(125_000_000))
        chain.resetBonds()
        #expect(chain.denseBonds == Self.shifted(0))
        try chain.stepBlocks(1)
        #expect(chain.denseBonds == Self.shifted(125_000_000))
    }

    struct Schedule: Sendable {
        let blocksPerStep: UInt64
        let blocks: Int
        let issued: UInt64
    }

    // test_step_only_every_3_with_many_outward_weights: emission = (blocks since last step + 1) × 10^9.
    @Test("blocks_per_step: issuance after each stretch of blocks")
    func blocksPerStepSchedule() throws {
        var chain = NakamotoTestChain(registering: 4, stake: Self.stake)
        chain.setShiftedWeights()
        let schedule = [
            Schedule(blocksPerStep: 3, blocks: 1, issued: 0),
            Schedule(blocksPerStep: 3, blocks: 1, issued: 0),
            Schedule(blocksPerStep: 3, blocks: 1, issued: 3_000_000_000),
            Schedule(blocksPerStep: 1, blocks: 1, issued: 4_000_000_000),
            Schedule(blocksPerStep: 1, blocks: 1, issued: 5_000_000_000),
            Schedule(blocksPerStep: 5, blocks: 5, issued: 10_000_000_000),
            Schedule(blocksPerStep: 5, blocks: 5, issued: 15_000_000_000),
            Schedule(blocksPerStep: 0, blocks: 1, issued: 16_000_000_000),
            Schedule(blocksPerStep: 10, blocks: 8, issued: 16_000_000_000),
            Schedule(blocksPerStep: 9, blocks: 1, issued: 25_000_000_000),  // lowered prematurely
            Schedule(blocksPerStep: 100, blocks: 100, issued: 125_000_000_000),
        ]
        for stretch in schedule {
            chain.blocksPerStep = stretch.blocksPerStep
            try chain.stepBlocks(stretch.blocks)
            #expect(chain.issued == stretch.issued)
        }
    }

    struct Activity: Sendable {
        let blocks: Int
        let issued: UInt64
        let active: Bool
        let score: UInt64
        let bond: UInt64
    }

    // test_two_steps_with_activity_cuttoff: cutoff 2, nobody updates, bonds keep halving.
    @Test("activity cutoff: inactive neurons stop ranking, bonds only decay")
    func activityCutoff() throws {
        var chain = NakamotoTestChain(registering: 4, stake: Self.stake)
        chain.hyperparameters.activityCutoff = 2
        chain.setShiftedWeights()
        let checkpoints = [
            Activity(blocks: 1, issued: 1_000_000_000, active: true, score: Self.quarter, bond: 125_000_000),
            Activity(blocks: 1, issued: 1_000_000_000, active: false, score: 0, bond: 62_500_000),
            Activity(blocks: 8, issued: 1_000_000_000, active: false, score: 0, bond: 244_140),
        ]
        for checkpoint in checkpoints {
            try chain.stepBlocks(checkpoint.blocks)
            #expect(chain.issued == checkpoint.issued)
            #expect(chain.stakes == Array(repeating: 1_250_000_000, count: 4))
            #expect(chain.active == Array(repeating: checkpoint.active, count: 4))
            for score in Self.shareScores {
                #expect(chain.stored(score) == Array(repeating: checkpoint.score, count: 4))
            }
            let consensus = checkpoint.active ? Self.quarterTrustConsensus : 0
            #expect(chain.stored(\.consensus) == Array(repeating: consensus, count: 4))
            #expect(chain.denseBonds == Self.shifted(checkpoint.bond))
        }
    }

    // test_two_steps_with_partial_activity: only uid 0 is active in the second step.
    @Test("partial activity: the only active neuron and the uid it ranks split the emission")
    func partialActivity() throws {
        var chain = NakamotoTestChain(registering: 4, stake: Self.stake)
        chain.hyperparameters.activityCutoff = 1
        chain.setShiftedWeights()
        try chain.stepBlocks(1)
        #expect(chain.issued == 0)
        #expect(chain.stakes == Array(repeating: Self.stake, count: 4))
        #expect(chain.active == [false, false, false, false])
        for score in Self.everyScore {
            #expect(chain.stored(score) == [0, 0, 0, 0])
        }
        #expect(chain.denseBonds == Self.shifted(0))

        chain.hyperparameters.activityCutoff = 2
        chain.neurons[0].lastUpdate = 1
        try chain.stepBlocks(1)
        #expect(chain.issued == 1_000_000_000)
        #expect(chain.stakes == [1_500_000_000, 1_500_000_000, 1_000_000_000, 1_000_000_000])
        #expect(chain.active == [true, false, false, false])
        #expect(chain.stored(\.rank) == [0, .max, 0, 0])
        #expect(chain.stored(\.trust) == [0, .max, 0, 0])
        #expect(chain.stored(\.incentive) == [0, .max, 0, 0])
        #expect(chain.stored(\.dividends) == [Self.half, Self.half, 0, 0])
        #expect(chain.stored(\.emission) == [500_000_000, 500_000_000, 0, 0])
        // Not asserted in Rust: 1/(1 + exp(5)) for zero trust, 1/(1 + exp(−5)) for full trust.
        let low: UInt64 = 123_461_308_123_773_153
        #expect(chain.stored(\.consensus) == [low, 18_323_282_765_585_778_461, low, low])
        #expect(chain.denseBonds == [[0, 500_000_000, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
    }

    /// The dense bond matrix with `amount` on each (uid, uid + 1 mod 4) cell.
    static func shifted(_ amount: UInt64) -> [[UInt64]] {
        (0..<4).map { uid in (0..<4).map { $0 == (uid + 1) % 4 ? amount : 0 } }
    }
}
