import Consensus

/// A minimal stand-in for the 2022 pallet around `mechanism_step`, as `tests/mock.rs` sets it up:
/// `on_initialize` runs a step when `blocks_since_last_step + 1 ≥ blocks_per_step`, with
/// `emission = (blocks_since_last_step + 1) × 10^9` rao, and writes the results back.
struct NakamotoTestChain {
    /// `mock.rs`: rho 10, kappa 2, bonds moving average 500_000, activity cutoff 5000, self ownership 2.
    static let mockHyperparameters = NakamotoHyperparameters(
        rho: 10, kappa: 2, bondsMovingAverage: 500_000, activityCutoff: 5_000, selfOwnership: 2
    )
    static let blockEmission: UInt64 = 1_000_000_000

    var block: UInt64 = 0
    var neurons: [NakamotoNeuronState] = []
    var hyperparameters = mockHyperparameters
    var blocksPerStep: UInt64 = 1
    var blocksSinceLastStep: UInt64 = 0
    /// Rao added to total issuance since genesis.
    var issued: UInt64 = 0
    var neuronsToPrune: Set<UInt32> = []
    /// The write-back of the most recent step.
    var last: NakamotoStepOutput?

    /// Registers `count` neurons at the current block, each with only a full self-weight, then sets stakes.
    init(registering count: Int, stake: UInt64) {
        neurons = (0..<count).map { uid in
            NakamotoNeuronState(
                stake: stake,
                lastUpdate: block,
                weights: [NakamotoWeight(uid: UInt32(uid), weight: .max)]
            )
        }
    }

    /// `set_weights_from_matrix`: keeps the nonzero entries of each dense row.
    mutating func setWeights(_ matrix: [[UInt32]]) {
        for (uid, row) in matrix.enumerated() {
            neurons[uid].weights = row.enumerated()
                .filter { $0.element != 0 }
                .map { NakamotoWeight(uid: UInt32($0.offset), weight: $0.element) }
        }
    }

    /// Each neuron puts its whole weight on the next uid (the "outward" matrix of `tests/step.rs`).
    mutating func setShiftedWeights() {
        let count = neurons.count
        setWeights(
            (0..<count).map { uid in
                (0..<count).map { $0 == (uid + 1) % count ? UInt32.max : 0 }
            })
    }

    /// `reset_bonds`.
    mutating func resetBonds() {
        for uid in neurons.indices { neurons[uid].bonds = [] }
    }

    /// Advances `blocks` blocks, running `on_initialize` for each.
    mutating func stepBlocks(_ blocks: Int) throws(NakamotoStepError) {
        for _ in 0..<blocks {
            block += 1
            guard blocksSinceLastStep + 1 >= blocksPerStep else {
                blocksSinceLastStep += 1
                continue
            }
            let input = NakamotoStepInput(
                neurons: neurons,
                block: block,
                emission: (blocksSinceLastStep + 1) * Self.blockEmission,
                hyperparameters: hyperparameters,
                neuronsToPrune: neuronsToPrune
            )
            let output = try NakamotoMechanism.step(input)
            apply(output)
            blocksSinceLastStep = 0
        }
    }

    private mutating func apply(_ output: NakamotoStepOutput) {
        for (uid, result) in output.neurons.enumerated() {
            neurons[uid].stake = result.stake
            neurons[uid].priority = result.priority
            neurons[uid].bonds = result.bonds
        }
        issued += output.totalEmission
        neuronsToPrune = []
        last = output
    }

    var stakes: [UInt64] { neurons.map(\.stake) }

    /// Bonds as a dense matrix, like `get_bonds`.
    var denseBonds: [[UInt64]] {
        neurons.map { neuron in
            var row = Array(repeating: UInt64(0), count: neurons.count)
            for bond in neuron.bonds { row[Int(bond.uid)] = bond.amount }
            return row
        }
    }

    /// One stored score of the last step for every uid (zeros before the first step).
    func stored(_ score: KeyPath<NakamotoNeuronResult, UInt64>) -> [UInt64] {
        last.map { $0.neurons.map { $0[keyPath: score] } } ?? Array(repeating: 0, count: neurons.count)
    }

    /// Activity flags of the last step (all active before the first step).
    var active: [Bool] {
        last.map { $0.neurons.map(\.active) } ?? Array(repeating: true, count: neurons.count)
    }
}
