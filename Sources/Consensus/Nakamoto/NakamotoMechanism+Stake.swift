import FixedPoint

extension NakamotoMechanism {
    // First pass over the neurons, in uid order:
    //
    //   active_i    = (block − last_update_i) < activity_cutoff           (u64, wrapping subtraction)
    //   S_active    = Σ_{i active} s_i
    //   priority_i += floor(log2(s_i + 1))                                 (u64, wrapping addition)
    //   B_ij        = floor(β · B_ij)    for each stored bond (j, B_ij) unless j is queued for pruning
    //   B_·j       += floor(β · B_ij)                                      (u64, wrapping)
    //
    // Bonds are decayed here, before any increment, so a pruned column simply starts from zero.
    // Overflow: S_active wraps past 2^64 rao of active stake and β · B_ij wraps when β > 1;
    // both wrap as on chain.
    static func loadNeurons(
        _ input: NakamotoStepInput,
        _ constants: Constants
    ) throws(NakamotoStepError) -> State {
        var state = State(count: input.neurons.count)
        for (index, neuron) in input.neurons.enumerated() {
            let stake = I65F63(saturating: neuron.stake)  // exact: every u64 fits
            state.stake[index] = stake
            state.active[index] = constants.block &- neuron.lastUpdate < constants.activityCutoff
            if state.active[index] {
                state.totalActiveStake = state.totalActiveStake.releaseAdd(stake)
            }
            state.priority[index] = try nextPriority(neuron, uid: UInt32(truncatingIfNeeded: index))
            try decayBonds(neuron.bonds, of: index, into: &state, input.neuronsToPrune, constants)
        }
        return state
    }

    // priority_i + floor(log2(s_i + 1)). For an integer x ≥ 1, `substrate_fixed::log2` counts exact
    // halvings for the integer part, so its floor is the bit length of x minus one. When
    // s_i = u64::MAX the chain's `s_i + 1` wraps to 0 and `log2(0)` panics.
    static func nextPriority(_ neuron: NakamotoNeuronState, uid: UInt32) throws(NakamotoStepError) -> UInt64 {
        let shifted = neuron.stake &+ 1
        guard shifted != 0 else { throw .stakeAtMaximum(uid: uid) }
        let floorLog2 = UInt64(UInt64.bitWidth - 1 - shifted.leadingZeroBitCount)
        return neuron.priority &+ floorLog2
    }

    // B_ij ← floor(β · B_ij) for one row; later duplicates of a uid overwrite the entry while every
    // copy still adds to the column total, exactly like the chain's dense row.
    static func decayBonds(
        _ row: [NakamotoBond],
        of owner: Int,
        into state: inout State,
        _ pruned: Set<UInt32>,
        _ constants: Constants
    ) throws(NakamotoStepError) {
        guard !row.isEmpty else { return }
        var decayedRow: [NakamotoBond] = []
        decayedRow.reserveCapacity(row.count)
        for bond in row where pruned.isEmpty || !pruned.contains(bond.uid) {
            guard Int(bond.uid) < state.count else {
                throw .uidOutOfRange(owner: UInt32(truncatingIfNeeded: owner), target: bond.uid)
            }
            let decayed = constants.bondsMovingAverage.releaseMul(I65F63(saturating: bond.amount))
                .releaseUInt64
            decayedRow.append(NakamotoBond(uid: bond.uid, amount: decayed))
            state.bondTotals[Int(bond.uid)] &+= decayed
        }
        state.bonds.setRow(owner, decayedRow)
    }

    // If S_active ≠ 0, for every uid (active or not):
    //
    //   ŝ_i = s_i / S_active,    Ŝ = Σ_{i active} ŝ_i
    //
    // Otherwise stakes stay in rao and Ŝ stays 0. The division cannot overflow (s_i < 2^64 and
    // S_active is a nonzero integer even when wrapped); the sum Ŝ can, and wraps as on chain.
    static func normalizeStake(_ state: inout State) {
        guard !state.totalActiveStake.isZero else { return }
        for uid in 0..<state.count {
            let normalized = state.stake[uid].saturatingDiv(state.totalActiveStake)
            state.stake[uid] = normalized
            if state.active[uid] {
                state.totalNormalizedActiveStake = state.totalNormalizedActiveStake.releaseAdd(normalized)
            }
        }
    }
}
