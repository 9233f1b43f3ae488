import Consensus

/// A minimal subnet that keeps what epochs store (permits, bonds) and what extrinsics set (weights,
/// last update), so multi-epoch chain tests can be replayed.
struct SubnetDriver {
    var state: EpochInput
    var mechanism: BondsMechanism = .classic
    var lastOutput: EpochOutput?

    init(stake: [UInt64], hyperparameters: EpochHyperparameters) {
        let n = stake.count
        state = EpochInput(
            hyperparameters: hyperparameters, currentBlock: 0, raoEmission: 1_000_000_000, stake: stake,
            lastUpdate: Array(repeating: 0, count: n), blockAtRegistration: Array(repeating: 0, count: n),
            validatorPermit: Array(repeating: false, count: n), weights: SparseMatrix(size: n),
            bonds: SparseMatrix(size: n))
    }

    /// `set_weights` at the current block: values max-upscaled to u16, as the chain stores them.
    mutating func setWeights(uid: Int, to targets: [UInt16], values: [UInt16]) {
        let stored = EpochMath.maxUpscaleToU16(values)
        state.weights = state.weights.replacingRow(uid, with: zip(targets, stored).map { ($0, $1) })
        state.lastUpdate[uid] = state.currentBlock
    }

    /// Moves to the next block and runs the epoch there, storing permits and bonds.
    @discardableResult
    mutating func nextBlockEpoch() throws -> EpochOutput {
        state.currentBlock += 1
        let output = try YumaEpoch.run(state, mechanism: mechanism)
        state.validatorPermit = output.newValidatorPermit
        state.bonds = output.bonds
        lastOutput = output
        return output
    }

    /// Stored bond (i, j), 0 when absent.
    func bond(_ i: Int, _ j: Int) -> UInt16 { state.bonds.value(row: i, column: j) ?? 0 }
}
