import FixedPoint

extension NakamotoMechanism {
    // For every uid i, with σ = 1 / self_ownership:
    //
    //   D_i  = I_i · σ  +  (I_i · (1 − σ)  if nobody holds bonds in i, i.e. B_·i = 0)
    //   D_i += I_j · ((1 − σ) · (B_ij / B_·j))   for each j in ascending uid order with B_·j ≠ 0, B_ij ≠ 0
    //   ΣD  += every term above
    //
    // The (j, B_ij) pairs that pay out are exactly the bonds written back. Overflow: σ, 1 − σ ∈ [0, 1]
    // and B_ij / B_·j < 2^64 (both nonzero u64), so those products cannot overflow; I_j · ownership and
    // the sums can, and wrap as on chain.
    static func computeDividends(_ state: inout State, _ constants: Constants) {
        let selfShare = constants.selfOwnership
        let bondShare = I65F63.one.saturatingSub(selfShare)
        for owner in 0..<state.count {
            let incentive = state.incentive[owner]
            var own = incentive.saturatingMul(selfShare)
            if state.bondTotals[owner] == 0 {
                own = own.releaseAdd(incentive.saturatingMul(bondShare))
            }
            state.dividends[owner] = state.dividends[owner].releaseAdd(own)
            state.totalDividends = state.totalDividends.releaseAdd(own)
            collectBondDividends(owner: owner, bondShare: bondShare, &state)
        }
    }

    // D_i += I_j · ((1 − σ) · B_ij / B_·j) over the nonzero bonds of row i, in ascending j.
    static func collectBondDividends(owner: Int, bondShare: I65F63, _ state: inout State) {
        var kept: [NakamotoBond] = []
        for (uid, amount) in state.bonds.rows[owner].lazy.map({ ($0.uid, $0.amount) }) {
            let columnTotal = state.bondTotals[Int(uid)]
            guard columnTotal != 0, amount != 0 else { continue }
            let fraction = I65F63(saturating: amount).saturatingDiv(I65F63(saturating: columnTotal))
            let ownership = bondShare.saturatingMul(fraction)
            let dividend = state.incentive[Int(uid)].releaseMul(ownership)
            state.dividends[owner] = state.dividends[owner].releaseAdd(dividend)
            state.totalDividends = state.totalDividends.releaseAdd(dividend)
            kept.append(NakamotoBond(uid: uid, amount: amount))
        }
        state.keptBonds[owner] = kept
    }

    // If ΣD ≠ 0, for every uid:
    //
    //   D_i ← D_i / ΣD,    e_i = floor(E · D_i),    Σe += e_i   (u64, wrapping)
    //
    // Each e_i is floored, so (without wrapped totals) Σe ≤ E, short by at most about one rao
    // per paid uid. If ΣD = 0 nothing is paid and the dividends stay as computed.
    static func normalizeDividendsAndEmit(_ state: inout State, _ constants: Constants)
        throws(NakamotoStepError)
    {
        guard !state.totalDividends.isZero else { return }
        for uid in 0..<state.count {
            let share = try state.dividends[uid].releaseDiv(state.totalDividends)
            let emission = constants.emission.releaseMul(share).releaseUInt64
            state.dividends[uid] = share
            state.emission[uid] = emission
            state.totalEmission &+= emission
        }
    }

    // Write-back: stake_i + e_i (u64, wrapping) and every score stored as floor(x · u64::MAX),
    // keeping the low 64 bits as the release runtime does.
    static func makeOutput(_ state: State, _ input: NakamotoStepInput) -> NakamotoStepOutput {
        let u64Max = I65F63(saturating: UInt64.max)
        func stored(_ value: I65F63) -> UInt64 { value.releaseMul(u64Max).releaseUInt64 }
        let neurons = (0..<state.count).map { uid in
            NakamotoNeuronResult(
                active: state.active[uid],
                priority: state.priority[uid],
                emission: state.emission[uid],
                stake: input.neurons[uid].stake &+ state.emission[uid],
                rank: stored(state.ranks[uid]),
                trust: stored(state.trust[uid]),
                consensus: stored(state.consensus[uid]),
                incentive: stored(state.incentive[uid]),
                dividends: stored(state.dividends[uid]),
                bonds: state.keptBonds[uid]
            )
        }
        return NakamotoStepOutput(
            neurons: neurons,
            totalEmission: state.totalEmission,
            totalBondsPurchased: state.totalBondsPurchased
        )
    }
}
