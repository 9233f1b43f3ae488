import FixedPoint

extension NakamotoMechanism {
    // If ΣR ≠ 0 and ΣT ≠ 0, for every uid:
    //
    //   C_i = 1 / (1 + exp(−(T_i − κ) · ρ)),    I_i = R_i · C_i,    ΣI += I_i
    //
    // The sigmoid is taken with `substrate_fixed::transcendental::exp`; when that overflows the chain
    // panics. 1 + exp(·) is never zero, so |C_i| ≤ 1 and R_i · C_i cannot overflow; the shifted,
    // scaled trust and the sum can, and wrap as on chain.
    static func computeConsensusAndIncentive(
        _ state: inout State,
        _ constants: Constants
    ) throws(NakamotoStepError) {
        guard !state.totalRanks.isZero, !state.totalTrust.isZero else { return }
        for uid in 0..<state.count {
            let scaledTrust = state.trust[uid].releaseSub(constants.kappa).releaseMul(constants.rho)
            guard let exponential = I65F63.exp(scaledTrust.releaseNeg()) else {
                throw .consensusExponentOverflow(uid: UInt32(truncatingIfNeeded: uid))
            }
            let consensus = try I65F63.one.releaseDiv(I65F63.one.releaseAdd(exponential))
            let incentive = state.ranks[uid].saturatingMul(consensus)
            state.consensus[uid] = consensus
            state.incentive[uid] = incentive
            state.totalIncentive = state.totalIncentive.releaseAdd(incentive)
        }
    }

    // If ΣI > 0, for every uid:  I_i ← I_i / ΣI.
    static func normalizeIncentive(_ state: inout State) throws(NakamotoStepError) {
        guard state.totalIncentive > .zero else { return }
        for uid in 0..<state.count {
            state.incentive[uid] = try state.incentive[uid].releaseDiv(state.totalIncentive)
        }
    }
}
