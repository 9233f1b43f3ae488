import Consensus

/// A seeded SplitMix64 generator, so every property run sees the same inputs.
struct NakamotoSplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Random but chain-shaped step inputs: stored weights normalized as `set_weights` does, realistic
/// stakes and bonds, a mix of active and inactive neurons, the Nakamoto hyperparameters.
enum NakamotoInputGenerator {
    static func input(seed: UInt64) -> NakamotoStepInput {
        var random = NakamotoSplitMix(state: seed)
        let count = Int.random(in: 1...24, using: &random)
        let block = UInt64.random(in: 10_000...20_000, using: &random)
        var hyperparameters = NakamotoHyperparameters()
        hyperparameters.activityCutoff = UInt64.random(in: 50...500, using: &random)
        let neurons = (0..<count).map { _ in
            NakamotoNeuronState(
                stake: Bool.random(using: &random) && Bool.random(using: &random)
                    ? 0 : UInt64.random(in: 1...1_000_000_000_000_000, using: &random),
                lastUpdate: block
                    - UInt64.random(in: 0...(hyperparameters.activityCutoff * 2), using: &random),
                priority: UInt64.random(in: 0...10_000, using: &random),
                weights: weights(count: count, using: &random),
                bonds: (0..<count).compactMap { uid in
                    Int.random(in: 0..<3, using: &random) == 0
                        ? NakamotoBond(
                            uid: UInt32(uid), amount: UInt64.random(in: 1...1_000_000_000_000, using: &random)
                        )
                        : nil
                }
            )
        }
        let pruned = (0..<count).filter { _ in Int.random(in: 0..<8, using: &random) == 0 }
        return NakamotoStepInput(
            neurons: neurons,
            block: block,
            emission: 1_000_000_000 * UInt64.random(in: 1...100, using: &random),
            hyperparameters: hyperparameters,
            neuronsToPrune: Set(pruned.map { UInt32($0) })
        )
    }

    /// A weight row over distinct uids, normalized like `weights.rs::normalize`.
    static func weights(count: Int, using random: inout NakamotoSplitMix) -> [NakamotoWeight] {
        let targets = (0..<count).shuffled(using: &random).prefix(Int.random(in: 0...count, using: &random))
        let raw = targets.map { _ in UInt64.random(in: 0...UInt64(UInt32.max), using: &random) }
        let sum = raw.reduce(0, +)
        return zip(targets, raw).map { uid, value in
            let normalized = sum == 0 ? value : value * UInt64(UInt32.max) / sum
            return NakamotoWeight(uid: UInt32(uid), weight: UInt32(truncatingIfNeeded: normalized))
        }
    }

    /// The same input with uid `i` renamed to `permutation[i]` everywhere.
    static func permuted(_ input: NakamotoStepInput, by permutation: [Int]) -> NakamotoStepInput {
        var result = input
        for (uid, neuron) in input.neurons.enumerated() {
            var moved = neuron
            moved.weights = neuron.weights.map {
                NakamotoWeight(uid: UInt32(permutation[Int($0.uid)]), weight: $0.weight)
            }
            moved.bonds = neuron.bonds.map {
                NakamotoBond(uid: UInt32(permutation[Int($0.uid)]), amount: $0.amount)
            }
            result.neurons[permutation[uid]] = moved
        }
        result.neuronsToPrune = Set(input.neuronsToPrune.map { UInt32(permutation[Int($0)]) })
        return result
    }
}
