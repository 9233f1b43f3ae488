import Consensus
import Testing

@Suite("Nakamoto step rules")
struct NakamotoRuleTests {
    /// Two equally staked, active neurons; uid 0 puts all its weight on uid 1.
    static func pair(bondsMovingAverage: UInt64, selfOwnership: UInt64) -> NakamotoStepInput {
        NakamotoStepInput(
            neurons: [
                NakamotoNeuronState(
                    stake: 1_000, lastUpdate: 10, weights: [NakamotoWeight(uid: 1, weight: .max)]),
                NakamotoNeuronState(stake: 1_000, lastUpdate: 10),
            ],
            block: 10,
            emission: 4_000_000_000,
            hyperparameters: NakamotoHyperparameters(
                rho: 10, kappa: 2, bondsMovingAverage: bondsMovingAverage, activityCutoff: 100,
                selfOwnership: selfOwnership
            )
        )
    }

    @Test("nobody holds bonds in a neuron: it keeps its whole incentive")
    func unbondedNeuronKeepsEverything() throws {
        // β = 1 keeps old bonds only, so no bond is bought in uid 1.
        let output = try NakamotoMechanism.step(Self.pair(bondsMovingAverage: 1_000_000, selfOwnership: 4))
        #expect(output.emissions == [0, 4_000_000_000])
        #expect(output.neurons.map(\.bonds) == [[], []])
        #expect(output.totalBondsPurchased == 0)
    }

    @Test("bond holders share 1 − 1/self_ownership of the incentive")
    func bondHoldersShare() throws {
        // β = 0: the bond bought this step is the whole increment, ŝ·w·E = 2·10^9.
        let output = try NakamotoMechanism.step(Self.pair(bondsMovingAverage: 0, selfOwnership: 4))
        #expect(output.emissions == [3_000_000_000, 1_000_000_000])
        #expect(output.neurons[0].bonds == [NakamotoBond(uid: 1, amount: 2_000_000_000)])
        #expect(output.totalBondsPurchased == 2_000_000_000)
    }

    @Test("bonds held in a uid queued for pruning are dropped before the step")
    func prunedColumnsStartFromZero() throws {
        var input = Self.pair(bondsMovingAverage: 500_000, selfOwnership: 2)
        input.neurons[0].bonds = [NakamotoBond(uid: 1, amount: 6_000_000_000)]
        input.neurons[1].bonds = [NakamotoBond(uid: 0, amount: 8)]
        let kept = try NakamotoMechanism.step(input)
        // 3e9 decayed + 1e9 bought.
        #expect(kept.neurons[0].bonds == [NakamotoBond(uid: 1, amount: 4_000_000_000)])
        input.neuronsToPrune = [1]
        let pruned = try NakamotoMechanism.step(input)
        #expect(pruned.neurons[0].bonds == [NakamotoBond(uid: 1, amount: 1_000_000_000)])
        // Nobody bought bonds in uid 0 and its old holder's bond decayed to 4: still held, still paid.
        #expect(pruned.neurons[1].bonds == [NakamotoBond(uid: 0, amount: 4)])
    }

    @Test("neurons whose weights are all stale rank nobody")
    func inactiveNeuronsRankNobody() throws {
        var input = Self.pair(bondsMovingAverage: 500_000, selfOwnership: 2)
        input.neurons[0].lastUpdate = 0
        input.hyperparameters.activityCutoff = 10
        input.neurons[0].bonds = [NakamotoBond(uid: 1, amount: 1_000)]
        let output = try NakamotoMechanism.step(input)
        #expect(output.neurons.map(\.active) == [false, true])
        #expect(output.neurons.map(\.rank) == [0, 0])
        #expect(output.neurons.map(\.trust) == [0, 0])
        #expect(output.totalEmission == 0)
        #expect(output.neurons[0].bonds == [NakamotoBond(uid: 1, amount: 500)])  // decayed only
    }

    struct Panic: Sendable, CustomTestStringConvertible {
        let name: String
        let input: NakamotoStepInput
        let error: NakamotoStepError?
        var testDescription: String { name }
    }

    static let panics: [Panic] = {
        let base = pair(bondsMovingAverage: 900_000, selfOwnership: 2)
        var zeroKappa = base
        zeroKappa.hyperparameters.kappa = 0
        var zeroSelf = base
        zeroSelf.hyperparameters.selfOwnership = 0
        var maxStake = base
        maxStake.neurons[1].stake = .max
        var farWeight = base
        farWeight.neurons[0].weights.append(NakamotoWeight(uid: 2, weight: 1))
        var farWeightNoStake = farWeight
        farWeightNoStake.neurons[0].stake = 0
        var farBond = base
        farBond.neurons[1].bonds = [NakamotoBond(uid: 7, amount: 1)]
        var farBondPruned = farBond
        farBondPruned.neuronsToPrune = [7]
        var steep = base
        steep.hyperparameters.rho = 100
        steep.hyperparameters.kappa = 1
        return [
            Panic(name: "kappa 0", input: zeroKappa, error: .zeroKappa),
            Panic(name: "self_ownership 0", input: zeroSelf, error: .zeroSelfOwnership),
            Panic(name: "stake u64::MAX", input: maxStake, error: .stakeAtMaximum(uid: 1)),
            Panic(name: "weight beyond n", input: farWeight, error: .uidOutOfRange(owner: 0, target: 2)),
            Panic(name: "weight beyond n, no stake (skipped)", input: farWeightNoStake, error: nil),
            Panic(name: "bond beyond n", input: farBond, error: .uidOutOfRange(owner: 1, target: 7)),
            Panic(name: "bond beyond n, queued for pruning (skipped)", input: farBondPruned, error: nil),
            Panic(name: "exp(ρ(κ − T)) overflows", input: steep, error: .consensusExponentOverflow(uid: 0)),
        ]
    }()

    @Test("throws exactly where the 2022 runtime panics", arguments: panics)
    func panicsBecomeErrors(_ panic: Panic) {
        let result = Result { () throws(NakamotoStepError) in try NakamotoMechanism.step(panic.input) }
        switch (result, panic.error) {
        case (.failure(let error), .some(let expected)):
            #expect(error == expected)
        case (.success, .none):
            break
        default:
            Issue.record("got \(result), expected \(String(describing: panic.error))")
        }
    }
}
