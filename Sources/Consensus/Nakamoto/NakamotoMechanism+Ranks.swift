import FixedPoint

extension NakamotoMechanism {
    // For every neuron i with ŝ_i ≠ 0, in uid order, and each stored weight (j, w_ij) with j ≠ i:
    //
    //   if i is active:  ΔR = ŝ_i · (w_ij / u32::MAX),  ΔT = ŝ_i,  ΔB = ΔR · E
    //   otherwise:       ΔR = ΔT = ΔB = 0            (inactive neurons rank nobody)
    //   R_j += ΔR,  T_j += ΔT,  ΣR += ΔR,  ΣT += ΔT
    //   Δb = (1 − β) · ΔB,   B_ij = floor(B_ij + Δb),   B_·j += floor(Δb),   purchased += floor(Δb)
    //
    // Trust counts the full stake of every neuron that sets any weight on j. Overflow: w / u32::MAX ≤ 1,
    // so ŝ_i · w cannot overflow and 1 − β cannot either; the sums, ΔR · E and (1 − β) · ΔB can once
    // stake totals have wrapped or β > 1, and wrap as on chain.
    static func accumulateScores(
        _ state: inout State,
        weights: [[NakamotoWeight]],
        _ constants: Constants
    ) throws(NakamotoStepError) {
        let u32Max = I65F63(saturating: UInt32.max)
        let purchaseShare = I65F63.one.saturatingSub(constants.bondsMovingAverage)
        for owner in 0..<state.count where !state.stake[owner].isZero && !weights[owner].isEmpty {
            let stake = state.stake[owner]
            state.bonds.openRow(owner)
            defer { state.bonds.finishRow(owner) }
            for entry in weights[owner] where Int(entry.uid) != owner {
                let target = Int(entry.uid)
                guard target < state.count else {
                    throw .uidOutOfRange(owner: UInt32(truncatingIfNeeded: owner), target: entry.uid)
                }
                var rankIncrement = I65F63.zero
                var trustIncrement = I65F63.zero
                var bondIncrement = I65F63.zero
                if state.active[owner] {
                    let weight = I65F63(saturating: entry.weight).saturatingDiv(u32Max)
                    trustIncrement = stake
                    rankIncrement = stake.saturatingMul(weight)
                    bondIncrement = rankIncrement.releaseMul(constants.emission)
                }
                state.ranks[target] = state.ranks[target].releaseAdd(rankIncrement)
                state.trust[target] = state.trust[target].releaseAdd(trustIncrement)
                state.totalRanks = state.totalRanks.releaseAdd(rankIncrement)
                state.totalTrust = state.totalTrust.releaseAdd(trustIncrement)
                addBondIncrement(purchaseShare.releaseMul(bondIncrement), target: target, &state)
            }
        }
    }

    // B_ij = floor(B_ij + Δb) in the open row i; the column total and the purchase counter take
    // floor(Δb) separately.
    static func addBondIncrement(_ increment: I65F63, target: Int, _ state: inout State) {
        let previous = I65F63(saturating: state.bonds.amount(target))
        state.bonds.setAmount(target, previous.releaseAdd(increment).releaseUInt64)
        let purchased = increment.releaseUInt64
        state.bondTotals[target] &+= purchased
        state.totalBondsPurchased &+= purchased
    }

    // If ΣT > 0 and ΣR > 0, for every uid:
    //
    //   R_i ← R_i / ΣR,    T_i ← T_i / Ŝ
    //
    // Trust is divided by the active normalized stake Ŝ (≈ 1), not by ΣT. A zero Ŝ here is a chain
    // panic; an oversized quotient (only after wrapped totals) wraps as on chain.
    static func normalizeRanksAndTrust(_ state: inout State) throws(NakamotoStepError) {
        guard state.totalTrust > .zero, state.totalRanks > .zero else { return }
        for uid in 0..<state.count {
            state.ranks[uid] = try state.ranks[uid].releaseDiv(state.totalRanks)
            state.trust[uid] = try state.trust[uid].releaseDiv(state.totalNormalizedActiveStake)
        }
    }
}
