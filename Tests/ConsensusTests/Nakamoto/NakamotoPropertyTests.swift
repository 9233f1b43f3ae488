import Consensus
import Testing

@Suite("Nakamoto step properties")
struct NakamotoPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("emission is floored: Σe = total ≤ E, less than n rao lost, added to stake", arguments: seeds)
    func emissionIsConserved(seed: UInt64) throws {
        let input = NakamotoInputGenerator.input(seed: seed)
        let output = try NakamotoMechanism.step(input)
        let paid = output.emissions.reduce(UInt64(0), +)
        #expect(paid == output.totalEmission)
        #expect(output.totalEmission <= input.emission)
        if output.totalEmission > 0 {
            #expect(input.emission - output.totalEmission < UInt64(input.neurons.count))
        }
        #expect(output.stakes == zip(input.neurons, output.emissions).map { $0.stake + $1 })
    }

    @Test("renaming uids renames the outputs and nothing else", arguments: seeds)
    func permutationEquivariance(seed: UInt64) throws {
        let input = NakamotoInputGenerator.input(seed: seed)
        var random = NakamotoSplitMix(state: ~seed)
        let permutation = Array(input.neurons.indices).shuffled(using: &random)
        let output = try NakamotoMechanism.step(input)
        let renamed = try NakamotoMechanism.step(NakamotoInputGenerator.permuted(input, by: permutation))
        #expect(renamed.totalEmission == output.totalEmission)
        #expect(renamed.totalBondsPurchased == output.totalBondsPurchased)
        for (uid, result) in output.neurons.enumerated() {
            var expected = result
            expected.bonds = result.bonds
                .map { NakamotoBond(uid: UInt32(permutation[Int($0.uid)]), amount: $0.amount) }
                .sorted { $0.uid < $1.uid }
            #expect(renamed.neurons[permutation[uid]] == expected)
        }
    }

    @Test("the step is deterministic", arguments: seeds.prefix(10))
    func deterministic(seed: UInt64) async throws {
        let input = NakamotoInputGenerator.input(seed: seed)
        let first = try NakamotoMechanism.step(input)
        let concurrent = try await withThrowingTaskGroup(of: NakamotoStepOutput.self) { group in
            for _ in 0..<4 { group.addTask { try NakamotoMechanism.step(input) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(concurrent.allSatisfy { $0 == first })
    }

    @Test("weights of inactive neurons change nothing", arguments: seeds)
    func inactiveWeightsAreIgnored(seed: UInt64) throws {
        let input = NakamotoInputGenerator.input(seed: seed)
        let cutoff = input.hyperparameters.activityCutoff
        var random = NakamotoSplitMix(state: seed &* 31)
        var rewired = input
        for uid in input.neurons.indices where input.block - input.neurons[uid].lastUpdate >= cutoff {
            rewired.neurons[uid].weights = NakamotoInputGenerator.weights(
                count: input.neurons.count, using: &random)
        }
        #expect(try NakamotoMechanism.step(rewired) == NakamotoMechanism.step(input))
    }
}
