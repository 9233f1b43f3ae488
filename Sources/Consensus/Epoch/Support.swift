import FixedPoint

/// Steps 8 and 9: what the consensus makes of the weights — clipped weights, validator trust, ranks,
/// server trust and incentive.
struct Support {
    /// P_j = Σ_i a_i W_ij, before clipping.
    var preranks: [I32F32]
    /// R_j = Σ_i a_i W̄_ij, after clipping.
    var ranks: [I32F32]
    /// T_j = R_j / P_j.
    var trust: [I32F32]
    /// Tv_i = Σ_j W̄_ij.
    var validatorTrust: [I32F32]
    /// I = normalize(R).
    var incentive: [I32F32]

    init(weights: FixedRows, consensus: [I32F32], activeStake: [I32F32], count n: Int) {
        preranks = [I32F32](repeating: .zero, count: n)
        ranks = [I32F32](repeating: .zero, count: n)
        validatorTrust = [I32F32](repeating: .zero, count: n)
        for i in 0..<weights.rowCount {
            let a = activeStake[i]
            var rowTrust = I32F32.zero
            for k in weights.rowStart[i]..<weights.rowStart[i + 1] {
                let j = Int(weights.columns[k])
                let w = weights.values[k]
                preranks[j] = preranks[j].saturatingAdd(a.saturatingMul(w))
                // Clip: W̄_ij = min(W_ij, C_j); the sparse code drops the cell when C_j ≤ 0.
                guard let clipped = Self.clip(w, at: consensus[j]) else { continue }
                rowTrust = rowTrust.saturatingAdd(clipped)
                ranks[j] = ranks[j].saturatingAdd(a.saturatingMul(clipped))
            }
            validatorTrust[i] = rowTrust
        }
        trust = EpochMath.divide(ranks, by: preranks)
        incentive = EpochMath.normalize(ranks)
    }

    /// `col_clip_sparse` for one cell: nil when the cell is dropped.
    @inline(__always)
    static func clip(_ w: I32F32, at threshold: I32F32) -> I32F32? {
        if threshold < w { return threshold > .zero ? threshold : nil }
        return w
    }
}

/// Step 10: W̃ = W + β(W̄ − W), the weights bonds follow (β = bonds_penalty; β = 1 ⇒ clipped weights,
/// β = 0 ⇒ raw weights), visited entry by entry without building the matrix.
struct WeightsForBonds {
    let weights: FixedRows
    let consensus: [I32F32]
    let penalty: I32F32
    let count: Int

    /// Calls `body(j, W̃_ij)` for every entry of row i that `interpolate_sparse` keeps, in column order.
    @inline(__always)
    func forEach(inRow i: Int, _ body: (Int, I32F32) -> Void) {
        let range = weights.rowStart[i]..<weights.rowStart[i + 1]
        if penalty == .zero {
            for k in range { body(Int(weights.columns[k]), weights.values[k]) }
        } else if penalty == .one {
            for k in range {
                let j = Int(weights.columns[k])
                if let clipped = Support.clip(weights.values[k], at: consensus[j]) { body(j, clipped) }
            }
        } else {
            for k in range {
                let j = Int(weights.columns[k])
                let w = weights.values[k]
                let clipped = Support.clip(w, at: consensus[j]) ?? .zero
                let value = w.saturatingAdd(penalty.saturatingMul(clipped.saturatingSub(w)))
                if value > .zero { body(j, value) }
            }
        }
    }
}
