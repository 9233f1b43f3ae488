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
    /// Whether `deltas` holds ΔB of every weight entry of the rows summed in runs (see `init`).
    var bondDeltasKept: Bool

    /// One pass over the rows of W: clipping W̄_ij = min(W_ij, C_j), the sums above and ΔB.
    ///
    /// Every operand is a proportion in `0...2^32` (a and C are normalized or medians of W, W ≤ 1 by
    /// construction), so products are ``proportionProduct(_:_:)`` and the column and row sums of at
    /// most 2^16 terms ≤ 2^32 are plain additions: the chain's saturating operations never saturate.
    ///
    /// When `deltas` has a slot per weight entry and every a_i is below 1 (so that every ΔB_ij is below
    /// 2^32), the rows summed in runs also leave ΔB_ij in the slot of their entry, for the first classic
    /// pass to read instead of recomputing it.
    @inline(never)
    init(
        weights: MaskedWeights, consensus: [I32F32], activeStake: [I32F32], penalty: I32F32, count n: Int,
        deltas: UnsafeMutableBufferPointer<UInt32> = UnsafeMutableBufferPointer(start: nil, count: 0)
    ) {
        var preranks = [Int64](repeating: 0, count: n)
        var ranks = [Int64](repeating: 0, count: n)
        var validatorTrust = [Int64](repeating: 0, count: n)
        var deltaSums = [Int64](repeating: 0, count: n)
        let threshold = consensus.rawValues
        let beta = penalty.raw
        let betaIsZeroOrOne = beta == 0 || beta == 1 << 32
        let consensusNonNegative = threshold.allSatisfy { $0 >= 0 }
        let keepDeltas =
            !deltas.isEmpty && deltas.count >= weights.stored.entryCount
            && activeStake.allSatisfy { $0.raw < 1 << 32 }
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
                                // Rows masked only on the diagonal, with β ∈ {0, 1}: runs of consecutive
                                // columns go through a kernel the compiler vectorizes.
                                if !row.rule.checkOutdated, betaIsZeroOrOne {
                                    let entries = reader.entries(ofRow: i)
                                    var k = entries.lowerBound
                                    while k < entries.upperBound {
                                        let (first, length) = row.run(
                                            at: k, rowStart: entries.lowerBound, end: entries.upperBound)
                                        let values = UnsafeBufferPointer(
                                            rebasing: row.values[k..<(k + length)])
                                        let selfColumn = row.rule.selfColumn
                                        if consensusNonNegative,
                                            Support.isNarrow(scale: row.rule.scale, stake: a),
                                            selfColumn < first || selfColumn >= first + length
                                        {
                                            rowTrust &+= Support.accumulateNarrowRun(
                                                values: values, firstColumn: first, scale: row.rule.scale,
                                                stake: a, clippedBonds: beta != 0, threshold: threshold,
                                                preranks: preranks, ranks: ranks,
                                                deltas: keepDeltas ? deltas.baseAddress.map { $0 + k } : nil)
                                            k += length
                                            continue
                                        }
                                        rowTrust &+= Support.accumulateRun(
                                            values: UnsafeBufferPointer(
                                                rebasing: row.values[k..<(k + length)]),
                                            firstColumn: first, scale: row.rule.scale, stake: a,
                                            selfColumn: row.rule.selfColumn, clippedBonds: beta != 0,
                                            threshold: threshold, preranks: preranks, ranks: ranks,
                                            deltas: keepDeltas ? deltas.baseAddress.map { $0 + k } : nil)
                                        k += length
                                    }
                                    validatorTrust[i] = rowTrust
                                    continue
                                }
                                for k in reader.entries(ofRow: i) {
                                    let w = row.score(k)
                                    if w < 0 { continue }
                                    let j = row.column(k)
                                    let weighted = proportionProduct(a, w)
                                    preranks[j] &+= weighted
                                    // Dropped cells add 0 (branch-free: adding 0 changes no sum).
                                    let clipped = Support.clip(w, threshold[j])
                                    let kept = max(clipped, 0)
                                    rowTrust &+= kept
                                    let clippedWeighted = proportionProduct(a, kept)
                                    ranks[j] &+= clippedWeighted
                                    // β = 1 gives W̃ = W̄, β = 0 gives W̃ = W: the products are already known
                                    // (and their sums are the ranks or preranks, filled in below).
                                    guard !betaIsZeroOrOne else { continue }
                                    let forBonds = max(
                                        Support.weightForBonds(w, clipped: clipped, penalty: beta), 0)
                                    deltaSums[j] &+=
                                        forBonds == kept
                                        ? clippedWeighted
                                        : forBonds == w ? weighted : proportionProduct(forBonds, a)
                                }
                                validatorTrust[i] = rowTrust
                            }
                        }
                    }
                }
            }
        }
        self.preranks = preranks.fixedValues
        self.ranks = ranks.fixedValues
        self.validatorTrust = validatorTrust.fixedValues
        // For β ∈ {0, 1} every cell's ΔB is its clipped (β = 1) or plain (β = 0) stake product, so the
        // ΔB column sums are the ranks or the preranks.
        bondDeltaSums = betaIsZeroOrOne ? (beta == 0 ? preranks : ranks) : deltaSums
        bondDeltasKept = keepDeltas
        trust = EpochMath.divide(self.ranks, by: self.preranks)
        incentive = EpochMath.normalize(self.ranks)
    }

    /// Marks a cell that is not in the matrix.
    static let absent: Int64 = -1

    /// The support sums of a run of entries with consecutive columns `firstColumn...`, of a row masked
    /// only at `selfColumn`; returns the run's Σ W̄. Four cells at a time in SIMD lanes: the masked
    /// cell counts as W = 0, which adds 0 everywhere; W̃ is W̄ (`clippedBonds`, β = 1) or W (β = 0);
    /// products are ``ProportionLanes/products(_:_:)``. ΔB of each cell goes to `deltas[t]` when given.
    static func accumulateRun(
        values: UnsafeBufferPointer<UInt16>, firstColumn: Int, scale: U16Proportion, stake a: Int64,
        selfColumn: Int, clippedBonds: Bool, threshold: UnsafeBufferPointer<Int64>,
        preranks: UnsafeMutableBufferPointer<Int64>, ranks: UnsafeMutableBufferPointer<Int64>,
        deltas: UnsafeMutablePointer<UInt32>?
    ) -> Int64 {
        var t = 0
        var trust = SIMD4<Int64>(repeating: 0)
        let stake = SIMD4<Int64>(repeating: a)
        let stakeBelowOne = a < 1 << 32
        let selfLanes = SIMD4<Int64>(repeating: Int64(selfColumn))
        while t + 4 <= values.count {
            let j = firstColumn + t
            var w = scale.vector(SIMD4<UInt64>(truncatingIfNeeded: ProportionLanes.load(values, t)))
            w.replace(
                with: 0, where: SIMD4<Int64>(repeating: Int64(j)) &+ SIMD4<Int64>(0, 1, 2, 3) .== selfLanes)
            let c = ProportionLanes.load(threshold, j)
            // kept = max(clip(W, C), 0): min(W, C), or 0 where C ≤ 0.
            var kept = w.replacing(with: c, where: c .< w)
            kept.replace(with: 0, where: c .<= 0)
            let weighted =
                stakeBelowOne
                ? ProportionLanes.products(belowOne: stake, w) : ProportionLanes.products(stake, w)
            let clippedWeighted =
                stakeBelowOne
                ? ProportionLanes.products(belowOne: stake, kept) : ProportionLanes.products(stake, kept)
            ProportionLanes.store(
                ProportionLanes.load(UnsafeBufferPointer(preranks), j) &+ weighted, preranks, j)
            ProportionLanes.store(
                ProportionLanes.load(UnsafeBufferPointer(ranks), j) &+ clippedWeighted, ranks, j)
            let delta = clippedBonds ? clippedWeighted : weighted
            // ΔB < 2^32: the caller gives `deltas` only when every a is below 1.
            if let deltas {
                UnsafeMutableRawPointer(deltas + t).storeBytes(
                    of: SIMD4<UInt32>(truncatingIfNeeded: delta), as: SIMD4<UInt32>.self)
            }
            trust &+= kept
            t += 4
        }
        var rowTrust = trust.wrappedSum()
        while t < values.count {
            let j = firstColumn + t
            let w = j == selfColumn ? 0 : scale(values[t])
            let kept = max(clip(w, threshold[j]), 0)
            let weighted = fractionProduct(a, w)
            let clippedWeighted = fractionProduct(a, kept)
            preranks[j] &+= weighted
            ranks[j] &+= clippedWeighted
            let delta = clippedBonds ? clippedWeighted : weighted
            deltas?[t] = UInt32(truncatingIfNeeded: delta)
            rowTrust &+= kept
            t += 1
        }
        return rowTrust
    }

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
