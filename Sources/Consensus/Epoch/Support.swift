import FixedPoint

/// Steps 8–10: what the consensus makes of the weights — clipped weights, validator trust, ranks,
/// server trust, incentive, and the weights bonds follow.
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

    /// Computes the support and turns `weights` in place into W̃ = W + β(W̄ − W) (β = bonds penalty),
    /// with `absent` (−1) where `interpolate_sparse` drops the cell.
    init(weights: inout FixedRows, consensus: [I32F32], activeStake: [I32F32], penalty: I32F32, count n: Int) {
        var preranks = [Int64](repeating: 0, count: n)
        var ranks = [Int64](repeating: 0, count: n)
        var validatorTrust = [Int64](repeating: 0, count: n)
        let threshold = consensus.map(\.raw)
        let beta = penalty.raw
        let rowStart = weights.rowStart
        weights.columns.withUnsafeBufferPointer { columns in
            weights.values.withUnsafeMutableBufferPointer { values in
                threshold.withUnsafeBufferPointer { threshold in
                    preranks.withUnsafeMutableBufferPointer { preranks in
                        ranks.withUnsafeMutableBufferPointer { ranks in
                            for i in 0..<(rowStart.count - 1) {
                                let a = activeStake[i].raw
                                var rowTrust: Int64 = 0
                                for k in rowStart[i]..<rowStart[i + 1] {
                                    let j = Int(columns[k])
                                    let w = values[k]
                                    let c = threshold[j]
                                    preranks[j] = saturatingSum(preranks[j], saturatingProduct(a, w))
                                    // Clip: W̄_ij = min(W_ij, C_j); the sparse code drops the cell when C_j ≤ 0.
                                    let clipped = c < w ? (c > 0 ? c : Support.absent) : w
                                    if clipped >= 0 {
                                        rowTrust = saturatingSum(rowTrust, clipped)
                                        ranks[j] = saturatingSum(ranks[j], saturatingProduct(a, clipped))
                                    }
                                    values[k] = Support.weightForBonds(w, clipped: clipped, penalty: beta)
                                }
                                validatorTrust[i] = rowTrust
                            }
                        }
                    }
                }
            }
        }
        self.preranks = preranks.map(I32F32.init(raw:))
        self.ranks = ranks.map(I32F32.init(raw:))
        self.validatorTrust = validatorTrust.map(I32F32.init(raw:))
        trust = EpochMath.divide(self.ranks, by: self.preranks)
        incentive = EpochMath.normalize(self.ranks)
    }

    /// Marks a cell that is not in the matrix.
    static let absent: Int64 = -1

    /// `interpolate_sparse` for one cell: β = 0 keeps W (all cells), β = 1 keeps W̄ (its cells), other β
    /// keep W + β(W̄ − W) where it is positive.
    @inline(__always)
    static func weightForBonds(_ w: Int64, clipped: Int64, penalty: Int64) -> Int64 {
        if penalty == 0 { return w }
        if penalty == 1 << 32 { return clipped }
        let target = I32F32(raw: max(clipped, 0))
        let weight = I32F32(raw: w)
        let value = weight.saturatingAdd(I32F32(raw: penalty).saturatingMul(target.saturatingSub(weight)))
        return value.raw > 0 ? value.raw : absent
    }
}
