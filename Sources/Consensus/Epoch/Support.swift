import FixedPoint

/// Steps 8–10: what the consensus makes of the weights — clipped weights, validator trust, ranks,
/// server trust, incentive — and, for classic bonds, the column sums of ΔB = W̃ ∘ a.
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
    /// Σ_i ΔB_ij with ΔB_ij = W̃_ij × a_i where W̃_ij > 0 (raw), fused into the same pass.
    var bondDeltaSums: [Int64]

    /// One pass over the rows of W: clipping W̄_ij = min(W_ij, C_j), the sums above and ΔB.
    init(weights: MaskedWeights, consensus: [I32F32], activeStake: [I32F32], penalty: I32F32, count n: Int) {
        var preranks = [Int64](repeating: 0, count: n)
        var ranks = [Int64](repeating: 0, count: n)
        var validatorTrust = [Int64](repeating: 0, count: n)
        var deltaSums = [Int64](repeating: 0, count: n)
        let threshold = consensus.map(\.raw)
        let beta = penalty.raw
        weights.withReader { reader in
            threshold.withUnsafeBufferPointer { threshold in
                preranks.withUnsafeMutableBufferPointer { preranks in
                    ranks.withUnsafeMutableBufferPointer { ranks in
                        deltaSums.withUnsafeMutableBufferPointer { deltaSums in
                            for i in 0..<n {
                                let row = reader.row(i)
                                guard row.rule.permitted else { continue }
                                let a = activeStake[i].raw
                                var rowTrust: Int64 = 0
                                for k in reader.entries(ofRow: i) {
                                    let w = row.score(k)
                                    if w < 0 { continue }
                                    let j = row.column(k)
                                    let c = threshold[j]
                                    preranks[j] = saturatingSum(preranks[j], saturatingProduct(a, w))
                                    // Dropped cells add 0 (branch-free: adding 0 changes no saturating sum).
                                    let clipped = Support.clip(w, c)
                                    let kept = max(clipped, 0)
                                    rowTrust = saturatingSum(rowTrust, kept)
                                    ranks[j] = saturatingSum(ranks[j], saturatingProduct(a, kept))
                                    let forBonds = Support.weightForBonds(w, clipped: clipped, penalty: beta)
                                    deltaSums[j] = saturatingSum(deltaSums[j], saturatingProduct(max(forBonds, 0), a))
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
        bondDeltaSums = deltaSums
        trust = EpochMath.divide(self.ranks, by: self.preranks)
        incentive = EpochMath.normalize(self.ranks)
    }

    /// Marks a cell that is not in the matrix.
    static let absent: Int64 = -1

    /// Clip: W̄_ij = min(W_ij, C_j); the sparse code drops the cell (``absent``) when C_j ≤ 0.
    @inline(__always)
    static func clip(_ w: Int64, _ c: Int64) -> Int64 {
        // `c < w ? (c > 0 ? c : absent) : w`, written without branches (half the cells lie above C_j).
        let dropped = c < w && c <= 0
        return dropped ? absent : min(w, c)
    }

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

    /// W̃_ij for a cell with weight `w` in a column with consensus `c`.
    @inline(__always)
    static func bondWeight(_ w: Int64, consensus c: Int64, penalty: Int64) -> Int64 {
        weightForBonds(w, clipped: clip(w, c), penalty: penalty)
    }
}
