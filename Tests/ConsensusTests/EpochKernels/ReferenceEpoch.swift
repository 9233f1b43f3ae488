import FixedPoint

@testable import Consensus

// The epoch as it was before the fused kernels, kept verbatim (renamed) as the oracle the optimized
// pipeline must match bit for bit.

/// The Yuma Consensus epoch of one subnet, exactly as the chain runs it (`spec/chain.md` §2,
/// subtensor v3.3.0 `epoch_mechanism`, sparse path): a pure function of the stored state.
enum ReferenceEpoch {
    /// Runs one epoch on `input` with the given bonds mechanism.
    ///
    /// - Throws: ``EpochInputError`` when the per-uid vectors and matrices disagree in length.
    static func run(_ input: EpochInput, mechanism: BondsMechanism = .classic) throws(EpochInputError)
        -> EpochOutput
    {
        try input.validate()
        let n = input.count
        let parameters = input.hyperparameters

        // 1. Activity: inactive_i = last_update_i + activity_cutoff < current_block.
        let active = input.lastUpdate.map {
            !(referenceAdd($0, parameters.activityCutoff) < input.currentBlock)
        }
        // 3. Stake: S = normalize(stake with S_i < stake_threshold set to 0), in I64F64, then I32F32.
        let stake = normalizedStake(input.stake, threshold: parameters.stakeThreshold)
        // 4. Permits: the top max_allowed_validators non-zero stakes.
        let newPermits = EpochMath.isTopKNonzero(stake, k: Int(parameters.maxAllowedValidators))
        // 5. Active stake: a = normalize(S masked to active uids holding an old permit).
        let activeStake = EpochMath.normalize(
            (0..<n).map { active[$0] && input.validatorPermit[$0] ? stake[$0] : .zero })
        // 2, 6. Weights: permitted rows, no self-weight (but the owner's), no outdated cells; rows
        // normalized.
        var weights = maskedWeights(input)
        // 7. Consensus: C_j = stake-weighted median of column j at majority kappa.
        let kappa = I32F32(saturating: parameters.kappa).safeDiv(I32F32(saturating: UInt16.max))
        let consensus = ReferenceMath.weightedMedianColumns(
            stake: activeStake, scores: weights, columns: n, majority: kappa)
        // 8–10. Clipping, validator trust, ranks, trust, incentive; W becomes W̃ = W + β(W̄ − W).
        let bondsPenalty = I32F32(saturating: parameters.bondsPenalty).safeDiv(I32F32(saturating: UInt16.max))
        let support = ReferenceSupport(
            weights: &weights, consensus: consensus, activeStake: activeStake, penalty: bondsPenalty, count: n
        )
        let forBonds = weights
        // 11, 12. Bonds and dividends.
        let bonds: ReferenceBondsResult
        switch mechanism {
        case .classic, .classicLiquid:
            bonds = classicBonds(
                input, forBonds: forBonds, activeStake: activeStake, incentive: support.incentive,
                consensus: consensus, liquid: mechanism.isLiquid)
        case .yuma3, .yuma3Liquid:
            bonds = yuma3Bonds(
                input, forBonds: forBonds, activeStake: activeStake, incentive: support.incentive,
                consensus: consensus, liquid: mechanism.isLiquid)
        }
        // 13. Emission.
        let emission = Emission(
            incentive: support.incentive, dividends: bonds.dividends, stake: stake, activeStake: activeStake,
            raoEmission: input.raoEmission)
        // 14. Stored outputs.
        return EpochOutput(
            active: active,
            stakeWeight: EpochMath.proportionsToU16(stake),
            rank: EpochMath.proportionsToU16(support.ranks),
            trust: EpochMath.proportionsToU16(support.trust),
            consensus: EpochMath.proportionsToU16(consensus),
            incentive: EpochMath.proportionsToU16(support.incentive),
            dividends: EpochMath.proportionsToU16(bonds.dividends),
            validatorTrust: EpochMath.proportionsToU16(support.validatorTrust),
            pruningScore: EpochMath.maxUpscaleToU16(emission.normalizedCombined),
            serverEmission: emission.server,
            validatorEmission: emission.validator,
            emission: emission.combined,
            newValidatorPermit: newPermits,
            bonds: storedBonds(
                previous: input.bonds, computed: bonds.stored, oldPermits: input.validatorPermit,
                newPermits: newPermits),
            incentiveFixed: support.incentive,
            dividendsFixed: bonds.dividends,
            consensusFixed: consensus)
    }

    /// `get_stake_weights_for_network` then the threshold filter and `inplace_normalize_64`, narrowed
    /// to `I32F32` by floor.
    static func normalizedStake(_ stake: [UInt64], threshold: UInt64) -> [I32F32] {
        let filtered = stake.map { $0 < threshold ? I64F64.zero : I64F64(saturating: $0) }
        return EpochMath.normalize(filtered).map { I32F32(saturating: $0) }
    }

    /// Bonds rows as stored after the epoch: new permit ⇒ the computed row; old permit lost ⇒ cleared;
    /// otherwise untouched.
    static func storedBonds(
        previous: SparseMatrix, computed: SparseMatrix, oldPermits: [Bool], newPermits: [Bool]
    ) -> SparseMatrix {
        let n = previous.size
        var builder = SparseMatrixBuilder(size: n, reserving: computed.entryCount)
        for i in 0..<n {
            let source: SparseMatrix? = newPermits[i] ? computed : (oldPermits[i] ? nil : previous)
            if let source {
                for k in source.rowStart[i]..<source.rowStart[i + 1] {
                    builder.append(column: source.columns[k], value: source.values[k])
                }
            }
            builder.endRow()
        }
        return builder.build()
    }
}

/// `a + b` clamped at `UInt64.max`.
@inline(__always)
func referenceAdd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
}

extension ReferenceEpoch {
    /// Steps 2 and 6: the weights that count, row-normalized.
    ///
    /// Row i is dropped without an old validator permit; the diagonal is dropped except the subnet
    /// owner's self-weight; cell (i, j) is dropped when `last_update_i ≤ block_at_registration_j`
    /// (the weight predates j's registration); each row is then divided by its sum.
    static func maskedWeights(_ input: EpochInput) -> ReferenceRows {
        let n = input.count
        let stored = input.weights
        let latestRegistration = input.blockAtRegistration.max() ?? 0
        var rowStart = [Int](repeating: 0, count: n + 1)
        var columns = [UInt16](repeating: 0, count: stored.entryCount)
        var values = [Int64](repeating: 0, count: stored.entryCount)
        var count = 0
        stored.columns.withUnsafeBufferPointer { storedColumns in
            stored.values.withUnsafeBufferPointer { storedValues in
                input.blockAtRegistration.withUnsafeBufferPointer { registered in
                    columns.withUnsafeMutableBufferPointer { columns in
                        values.withUnsafeMutableBufferPointer { values in
                            for i in 0..<n {
                                rowStart[i] = count
                                guard input.validatorPermit[i] else { continue }
                                let lastUpdate = input.lastUpdate[i]
                                let checkOutdated = lastUpdate <= latestRegistration
                                let keepSelf = input.ownerUID == i
                                let rowBegin = count
                                var sum: UInt64 = 0
                                for k in stored.rowStart[i]..<stored.rowStart[i + 1] {
                                    let j = Int(storedColumns[k])
                                    if j == i, !keepSelf { continue }
                                    if checkOutdated, lastUpdate <= registered[j] { continue }
                                    columns[count] = storedColumns[k]
                                    values[count] = Int64(storedValues[k])
                                    sum &+= UInt64(storedValues[k])
                                    count += 1
                                }
                                // Row normalize: w_ij / Σ_j w_ij (the sum saturates as I32F32 does); a
                                // zero row stays as it is.
                                let rawSum = sum > UInt64(Int64.max >> 32) ? Int64.max : Int64(sum) << 32
                                let divider = ReferenceDivider(rawSum)
                                for k in rowBegin..<count { values[k] = divider.quotient(values[k] << 32) }
                            }
                        }
                    }
                }
            }
        }
        rowStart[n] = count
        columns.removeSubrange(count...)
        values.removeSubrange(count...)
        return ReferenceRows(rowStart: rowStart, columns: columns, values: values)
    }
}

/// Steps 8–10: what the consensus makes of the weights — clipped weights, validator trust, ranks,
/// server trust, incentive, and the weights bonds follow.
struct ReferenceSupport {
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
    init(
        weights: inout ReferenceRows, consensus: [I32F32], activeStake: [I32F32], penalty: I32F32,
        count n: Int
    ) {
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
                                    preranks[j] = referenceSum(preranks[j], referenceProduct(a, w))
                                    // Clip: W̄_ij = min(W_ij, C_j); the sparse code drops the cell when C_j ≤ 0.
                                    let clipped = c < w ? (c > 0 ? c : ReferenceSupport.absent) : w
                                    if clipped >= 0 {
                                        rowTrust = referenceSum(rowTrust, clipped)
                                        ranks[j] = referenceSum(ranks[j], referenceProduct(a, clipped))
                                    }
                                    values[k] = ReferenceSupport.weightForBonds(
                                        w, clipped: clipped, penalty: beta)
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

/// Bonds and dividends from one bonds mechanism.
struct ReferenceBondsResult {
    /// D, normalized.
    var dividends: [I32F32]
    /// Bonds rows in their stored u16 form, for rows that receive them.
    var stored: SparseMatrix
}

extension ReferenceEpoch {
    /// Step 11, classic Yuma: bonds follow stake-weighted weights with a moving average.
    ///
    /// B = stored bonds (column max-upscaled u16, as integers) without columns registered since the last
    /// tempo, column-normalized; ΔB = W̃ ∘ a, column-normalized; EMA = α ΔB + (1 − α) B keeping
    /// positive cells, column-normalized; D = normalize(EMA · I); stored = EMA column max-upscaled.
    /// `forBonds` holds W̃ in the layout of the weights and becomes ΔB in place.
    static func classicBonds(
        _ input: EpochInput, forBonds: ReferenceRows, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], liquid: Bool
    ) -> ReferenceBondsResult {
        let n = input.count
        // ΔB_ij = W̃_ij × a_i; cells W̃ drops count as 0, which the moving average cannot tell apart.
        var delta = forBonds
        delta.values.withUnsafeMutableBufferPointer { values in
            for i in 0..<n {
                let a = activeStake[i].raw
                for k in delta.rowStart[i]..<delta.rowStart[i + 1] {
                    values[k] = values[k] > 0 ? referenceProduct(values[k], a) : 0
                }
            }
        }
        let deltaSums = delta.columnSums(count: n)
        let bondSums = maskedBondColumnSums(input)

        // α = 1 − bonds_moving_average / 1e6, or per column with the 2024 liquid alpha.
        let constantAlpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
        let alphas =
            (liquid ? LegacyLiquidAlpha.columnAlphas(consensus: consensus, input.hyperparameters) : nil)
            ?? [I32F32](repeating: constantAlpha, count: n)
        var ema = classicMovingAverage(
            input, delta: delta, deltaSums: deltaSums, bondSums: bondSums, alphas: alphas.map(\.raw))

        // Column-normalize the EMA, D_i = Σ_j EMA_ij I_j, and the column maxima for storage.
        let emaSums = ema.columnSums(count: n)
        ema.divideColumns(by: emaSums)
        var dividends = [I32F32](repeating: .zero, count: n)
        var maxima = [Int64](repeating: 0, count: n)
        let incentiveRaw = incentive.map(\.raw)
        ema.columns.withUnsafeBufferPointer { columns in
            ema.values.withUnsafeBufferPointer { values in
                for i in 0..<n {
                    var sum: Int64 = 0
                    for k in ema.rowStart[i]..<ema.rowStart[i + 1] {
                        let j = Int(columns[k])
                        sum = referenceSum(sum, referenceProduct(incentiveRaw[j], values[k]))
                        if maxima[j] < values[k] { maxima[j] = values[k] }
                    }
                    dividends[i] = I32F32(raw: sum)
                }
            }
        }
        dividends = EpochMath.normalize(dividends)
        ema.divideColumns(by: maxima)
        return ReferenceBondsResult(dividends: dividends, stored: ema.storedAsU16(size: n))
    }

    /// `compute_ema_bonds_normal`: α = 1 − I32F32(I64F64(bonds_moving_average) / 1e6).
    static func movingAverageAlpha(_ bondsMovingAverage: UInt64) -> I32F32 {
        let average = I64F64(saturating: bondsMovingAverage).safeDiv(I64F64(saturating: 1_000_000))
        return I32F32.one.saturatingSub(I32F32(saturating: average))
    }

    /// `last_tempo = current_block − tempo`: bonds to uids registered at or after it are dropped.
    static func lastTempo(_ input: EpochInput) -> UInt64 {
        let tempo = input.hyperparameters.tempo
        return input.currentBlock >= tempo ? input.currentBlock - tempo : 0
    }

    /// Column sums of the stored bonds as integers, without recently registered columns.
    static func maskedBondColumnSums(_ input: EpochInput) -> [Int64] {
        let n = input.count
        let bonds = input.bonds
        let lastTempo = lastTempo(input)
        var sums = [UInt64](repeating: 0, count: n)
        for k in 0..<bonds.entryCount { sums[Int(bonds.columns[k])] &+= UInt64(bonds.values[k]) }
        return (0..<n).map { j in
            if lastTempo <= input.blockAtRegistration[j] { return 0 }
            return sums[j] > UInt64(Int64.max >> 32) ? Int64.max : Int64(sums[j]) << 32
        }
    }

    /// `mat_ema_sparse` on the normalized inputs: per row, α_j·ΔB_ij/ΣΔB_j + (1 − α_j)·B_ij/ΣB_j over
    /// the union of columns, keeping cells > 0.
    static func classicMovingAverage(
        _ input: EpochInput, delta: ReferenceRows, deltaSums: [Int64], bondSums: [Int64], alphas: [Int64]
    ) -> ReferenceRows {
        let n = input.count
        let bonds = input.bonds
        let lastTempo = lastTempo(input)
        let deltaDividers = deltaSums.map(ReferenceDivider.init)
        let bondDividers = bondSums.map(ReferenceDivider.init)
        let oneMinusAlphas = alphas.map { I32F32.one.saturatingSub(I32F32(raw: $0)).raw }
        let recent = input.blockAtRegistration.map { lastTempo <= $0 }
        var rowStart = [Int](repeating: 0, count: n + 1)
        let capacity = delta.columns.count + bonds.entryCount
        var columns = [UInt16](repeating: 0, count: capacity)
        var values = [Int64](repeating: 0, count: capacity)
        var count = 0
        columns.withUnsafeMutableBufferPointer { outColumns in
            values.withUnsafeMutableBufferPointer { outValues in
                delta.columns.withUnsafeBufferPointer { deltaColumns in
                    delta.values.withUnsafeBufferPointer { deltaValues in
                        bonds.columns.withUnsafeBufferPointer { bondColumns in
                            bonds.values.withUnsafeBufferPointer { bondValues in
                                for i in 0..<n {
                                    rowStart[i] = count
                                    var a = delta.rowStart[i]
                                    let aEnd = delta.rowStart[i + 1]
                                    var b = bonds.rowStart[i]
                                    let bEnd = bonds.rowStart[i + 1]
                                    while a < aEnd || b < bEnd {
                                        let ja = a < aEnd ? Int(deltaColumns[a]) : Int.max
                                        let jb = b < bEnd ? Int(bondColumns[b]) : Int.max
                                        let j = min(ja, jb)
                                        var value: Int64 = 0
                                        if ja == j {
                                            let normalized = deltaDividers[j].quotient(deltaValues[a])
                                            value = referenceProduct(alphas[j], normalized)
                                            a += 1
                                        }
                                        if jb == j {
                                            if !recent[j] {
                                                let normalized = bondDividers[j].quotient(
                                                    Int64(bondValues[b]) << 32)
                                                value = referenceSum(
                                                    value, referenceProduct(oneMinusAlphas[j], normalized))
                                            }
                                            b += 1
                                        }
                                        if value > 0 {
                                            outColumns[count] = UInt16(truncatingIfNeeded: j)
                                            outValues[count] = value
                                            count += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        rowStart[n] = count
        columns.removeSubrange(count...)
        values.removeSubrange(count...)
        return ReferenceRows(rowStart: rowStart, columns: columns, values: values)
    }
}

extension ReferenceEpoch {
    /// Step 12, Yuma3: bonds are absolute proportions that move toward W̃ at rate α.
    ///
    /// B = stored u16 / 65_535 without columns registered since the last tempo. Constant α:
    /// EMA = α W̃ + (1 − α) B over all cells, keeping positive ones. Liquid α (when some C_j ≠ 0): only
    /// the cells of W̃ are emitted, EMA_ij = min(1, (1 − α_ij) B_ij + max(0, α_ij W̃_ij)).
    /// D_i = a_i · Σ_j colnorm(EMA)_ij I_j, normalized; stored = floor(EMA × 65_535).
    static func yuma3Bonds(
        _ input: EpochInput, forBonds: ReferenceRows, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], liquid: Bool
    ) -> ReferenceBondsResult {
        let n = input.count
        let bonds = yuma3StoredBonds(input)
        let weights = forBonds.droppingAbsent()
        let ema: ReferenceRows
        if liquid, consensus.contains(where: { $0 != .zero }) {
            ema = liquidMovingAverage(
                new: weights, old: bonds, consensus: consensus,
                parameters: LiquidAlpha.Parameters(input.hyperparameters))
        } else {
            let alpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
            ema = constantMovingAverage(new: weights, old: bonds, alpha: alpha)
        }

        var normalized = ema
        normalized.divideColumns(by: ema.columnSums(count: n))
        var dividends = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            var total: Int64 = 0
            for k in normalized.rowStart[i]..<normalized.rowStart[i + 1] {
                let product = referenceProduct(
                    normalized.values[k], incentive[Int(normalized.columns[k])].raw)
                total = referenceSum(total, product)
            }
            // `vec_mul` uses a checked multiply that yields 0 on overflow.
            dividends[i] = I32F32(raw: total).checkedMul(activeStake[i]) ?? .zero
        }
        dividends = EpochMath.normalize(dividends)
        return ReferenceBondsResult(dividends: dividends, stored: ema.storedAsU16(size: n))
    }

    /// `get_bonds_sparse_fixed_proportion` without recently registered columns: u16 / 65_535.
    static func yuma3StoredBonds(_ input: EpochInput) -> ReferenceRows {
        let stored = input.bonds
        let lastTempo = lastTempo(input)
        let u16Max = I32F32(saturating: UInt16.max)
        var rowStart = [0]
        var columns = [UInt16]()
        var values = [Int64]()
        for i in 0..<input.count {
            for k in stored.rowStart[i]..<stored.rowStart[i + 1] {
                let j = Int(stored.columns[k])
                if lastTempo <= input.blockAtRegistration[j] { continue }
                columns.append(stored.columns[k])
                values.append(I32F32(saturating: stored.values[k]).safeDiv(u16Max).raw)
            }
            rowStart.append(columns.count)
        }
        return ReferenceRows(rowStart: rowStart, columns: columns, values: values)
    }

    /// `mat_ema_sparse`: α·new + (1 − α)·old over the union of columns, keeping cells > 0.
    static func constantMovingAverage(new: ReferenceRows, old: ReferenceRows, alpha: I32F32) -> ReferenceRows
    {
        let oneMinusAlpha = I32F32.one.saturatingSub(alpha).raw
        var rowStart = [0]
        var columns = [UInt16]()
        var values = [Int64]()
        for i in 0..<new.rowCount {
            var a = new.rowStart[i]
            let aEnd = new.rowStart[i + 1]
            var b = old.rowStart[i]
            let bEnd = old.rowStart[i + 1]
            while a < aEnd || b < bEnd {
                let ja = a < aEnd ? Int(new.columns[a]) : Int.max
                let jb = b < bEnd ? Int(old.columns[b]) : Int.max
                let j = min(ja, jb)
                var value: Int64 = 0
                if ja == j {
                    value = referenceProduct(alpha.raw, new.values[a])
                    a += 1
                }
                if jb == j {
                    value = referenceSum(value, referenceProduct(oneMinusAlpha, old.values[b]))
                    b += 1
                }
                if value > 0 {
                    columns.append(UInt16(truncatingIfNeeded: j))
                    values.append(value)
                }
            }
            rowStart.append(columns.count)
        }
        return ReferenceRows(rowStart: rowStart, columns: columns, values: values)
    }

    /// `mat_ema_alpha_sparse` with liquid alphas: only cells present in the new row are emitted.
    static func liquidMovingAverage(
        new: ReferenceRows, old: ReferenceRows, consensus: [I32F32], parameters: LiquidAlpha.Parameters
    ) -> ReferenceRows {
        var rowStart = [0]
        var columns = [UInt16]()
        var values = [Int64]()
        for i in 0..<new.rowCount {
            var b = old.rowStart[i]
            let bEnd = old.rowStart[i + 1]
            for k in new.rowStart[i]..<new.rowStart[i + 1] {
                let j = Int(new.columns[k])
                while b < bEnd, Int(old.columns[b]) < j { b += 1 }
                let bond = I32F32(raw: b < bEnd && Int(old.columns[b]) == j ? old.values[b] : 0)
                let w = I32F32(raw: new.values[k])
                let alpha = LiquidAlpha.alpha(consensus: consensus[j], weight: w, bond: bond, parameters)
                let decayed = I32F32.one.saturatingSub(alpha).saturatingMul(bond)
                let increase = max(alpha.saturatingMul(w), .zero)
                let value = min(decayed.saturatingAdd(increase), .one)
                if value > .zero {
                    columns.append(new.columns[k])
                    values.append(value.raw)
                }
            }
            rowStart.append(columns.count)
        }
        return ReferenceRows(rowStart: rowStart, columns: columns, values: values)
    }
}

extension ReferenceRows {
    /// The matrix without cells marked ``ReferenceSupport/absent``.
    func droppingAbsent() -> ReferenceRows {
        var result = ReferenceRows(rowStart: [0], columns: [], values: [])
        result.columns.reserveCapacity(columns.count)
        result.values.reserveCapacity(values.count)
        for i in 0..<rowCount {
            for k in rowStart[i]..<rowStart[i + 1] where values[k] != ReferenceSupport.absent {
                result.columns.append(columns[k])
                result.values.append(values[k])
            }
            result.rowStart.append(result.columns.count)
        }
        return result
    }
}

extension ReferenceMath {
    /// `weighted_median_col_sparse`: the stake-weighted median of every column of `scores`.
    ///
    /// Rows with positive stake vote (renormalized to sum 1); a row without an entry in a column votes 0.
    /// The chain's recursive partition returns, for `minority = Σstake − majority`, the smallest score x
    /// with `Σ{stake : score ≤ x} > minority`, or the largest score when no x qualifies, or 0 when no
    /// row has stake. This computes exactly that value with an in-place weighted selection per column,
    /// gathering columns in blocks so memory stays small for dense matrices.
    static func weightedMedianColumns(
        stake: [I32F32], scores: ReferenceRows, columns: Int, majority: I32F32
    ) -> [I32F32] {
        let voters = stake.indices.filter { stake[$0] > .zero }
        guard !voters.isEmpty else { return [I32F32](repeating: .zero, count: columns) }
        let useStake = EpochMath.normalize(voters.map { stake[$0] })
        let stakeSum = useStake.saturatingSum()
        let minority = stakeSum.saturatingSub(majority)

        var median = [I32F32](repeating: .zero, count: columns)
        var cursor = voters.map { scores.rowStart[$0] }
        let rowEnd = voters.map { scores.rowStart[$0 + 1] }
        let blockWidth = max(1, min(columns, (1 << 21) / max(1, voters.count)))
        var counts = [Int](repeating: 0, count: blockWidth + 1)
        var values = [Int64]()
        var weights = [Int64]()

        var blockStart = 0
        while blockStart < columns {
            let blockEnd = min(columns, blockStart + blockWidth)
            // Count this block's entries per column.
            for c in 0...blockWidth { counts[c] = 0 }
            for v in voters.indices {
                var k = cursor[v]
                while k < rowEnd[v], Int(scores.columns[k]) < blockEnd {
                    counts[Int(scores.columns[k]) - blockStart + 1] += 1
                    k += 1
                }
            }
            for c in 0..<blockWidth { counts[c + 1] += counts[c] }
            let total = counts[blockWidth]
            if values.count < total {
                values = [Int64](repeating: 0, count: total)
                weights = [Int64](repeating: 0, count: total)
            }
            // Scatter (score, stake) pairs column by column; counts[c] becomes column c's fill position.
            for v in voters.indices {
                var k = cursor[v]
                let s = useStake[v].raw
                while k < rowEnd[v], Int(scores.columns[k]) < blockEnd {
                    let c = Int(scores.columns[k]) - blockStart
                    values[counts[c]] = scores.values[k]
                    weights[counts[c]] = s
                    counts[c] += 1
                    k += 1
                }
                cursor[v] = k
            }
            // counts[c] now ends column c; column c starts where column c - 1 ended.
            var start = 0
            for c in 0..<(blockEnd - blockStart) {
                let end = counts[c]
                median[blockStart + c] = I32F32(
                    raw: values.withUnsafeMutableBufferPointer { vals in
                        weights.withUnsafeMutableBufferPointer { wts in
                            columnMedian(
                                values: UnsafeMutableBufferPointer(rebasing: vals[start..<end]),
                                stakes: UnsafeMutableBufferPointer(rebasing: wts[start..<end]),
                                voterCount: voters.count, stakeSum: stakeSum.raw, minority: minority.raw)
                        }
                    })
                start = end
            }
            blockStart = blockEnd
        }
        return median
    }

    /// The median of one column from its present entries; absent voters count as score 0.
    @inline(__always)
    private static func columnMedian(
        values: UnsafeMutableBufferPointer<Int64>, stakes: UnsafeMutableBufferPointer<Int64>,
        voterCount: Int, stakeSum: Int64, minority: Int64
    ) -> Int64 {
        // Move positive scores to the front; every other voter scores 0.
        var positive = 0
        var positiveStake: Int64 = 0
        for k in 0..<values.count where values[k] > 0 {
            values.swapAt(k, positive)
            stakes.swapAt(k, positive)
            positiveStake &+= stakes[positive]
            positive += 1
        }
        let hasZero = positive < voterCount
        let zeroStake = stakeSum &- positiveStake
        if hasZero, zeroStake > minority { return 0 }
        if positive == 0 { return 0 }
        let target = hasZero ? minority &- zeroStake : minority
        return weightedSelect(
            values: UnsafeMutableBufferPointer(rebasing: values[0..<positive]),
            stakes: UnsafeMutableBufferPointer(rebasing: stakes[0..<positive]), target: target)
    }

    /// The smallest value x with `Σ{stake : value ≤ x} > target`, or the largest value if none; the
    /// buffers are reordered. Quickselect with a three-way partition around a median-of-three pivot.
    private static func weightedSelect(
        values: UnsafeMutableBufferPointer<Int64>, stakes: UnsafeMutableBufferPointer<Int64>, target: Int64
    ) -> Int64 {
        var lo = 0
        var hi = values.count
        var target = target
        while hi - lo > 16 {
            let a = values[lo]
            let b = values[(lo + hi) >> 1]
            let c = values[hi - 1]
            let pivot = max(min(a, b), min(max(a, b), c))
            // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot.
            var lt = lo
            var i = lo
            var gt = hi - 1
            var lowerStake: Int64 = 0
            var equalStake: Int64 = 0
            while i <= gt {
                let v = values[i]
                if v < pivot {
                    lowerStake &+= stakes[i]
                    values.swapAt(i, lt)
                    stakes.swapAt(i, lt)
                    lt += 1
                    i += 1
                } else if v > pivot {
                    values.swapAt(i, gt)
                    stakes.swapAt(i, gt)
                    gt -= 1
                } else {
                    equalStake &+= stakes[i]
                    i += 1
                }
            }
            if lowerStake > target, lt > lo {
                hi = lt
            } else if lowerStake &+ equalStake > target {
                return pivot
            } else if gt + 1 < hi {
                target &-= lowerStake &+ equalStake
                lo = gt + 1
            } else {
                return pivot
            }
        }
        // Small range: insertion sort, then walk the cumulative stake.
        if lo + 1 < hi {
            for i in (lo + 1)..<hi {
                let v = values[i]
                let s = stakes[i]
                var j = i - 1
                while j >= lo, values[j] > v {
                    values[j + 1] = values[j]
                    stakes[j + 1] = stakes[j]
                    j -= 1
                }
                values[j + 1] = v
                stakes[j + 1] = s
            }
        }
        var cumulative: Int64 = 0
        var k = lo
        while k < hi {
            let v = values[k]
            while k < hi, values[k] == v {
                cumulative &+= stakes[k]
                k += 1
            }
            if cumulative > target { return v }
        }
        return hi > lo ? values[hi - 1] : 0
    }

    /// `weighted_median_col` on a dense score matrix (rows × columns), for callers outside the epoch.
    static func weightedMedianColumns(
        stake: [I32F32], scores: [[I32F32]], majority: I32F32
    ) -> [I32F32] {
        let columns = scores.first?.count ?? 0
        var rows = ReferenceRows(rowStart: [0], columns: [], values: [])
        for row in scores {
            for (j, value) in row.enumerated() where value != .zero {
                rows.columns.append(UInt16(j))
                rows.values.append(value.raw)
            }
            rows.rowStart.append(rows.columns.count)
        }
        return weightedMedianColumns(stake: stake, scores: rows, columns: columns, majority: majority)
    }
}

/// A working sparse matrix of `I32F32` values stored by rows, with columns sorted within a row.
struct ReferenceRows: Sendable {
    /// `rowStart[i]..<rowStart[i + 1]` indexes the entries of row `i`.
    var rowStart: [Int]
    /// Column of every entry.
    var columns: [UInt16]
    /// Raw `I32F32` value of every entry.
    var values: [Int64]

    /// The number of rows.
    var rowCount: Int { rowStart.count - 1 }

    /// A matrix with the given layout.
    init(rowStart: [Int], columns: [UInt16], values: [Int64]) {
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
    }

    /// Sum of each column's values (saturating; values are non-negative).
    func columnSums(count: Int) -> [Int64] {
        var sums = [Int64](repeating: 0, count: count)
        sums.withUnsafeMutableBufferPointer { sums in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    for k in 0..<columns.count {
                        let j = Int(columns[k])
                        sums[j] = referenceSum(sums[j], values[k])
                    }
                }
            }
        }
        return sums
    }

    /// Divides every value by its column's divisor (values ≤ divisor; a zero divisor leaves it).
    mutating func divideColumns(by divisors: [Int64]) {
        let dividers = divisors.map(ReferenceDivider.init)
        dividers.withUnsafeBufferPointer { dividers in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeMutableBufferPointer { values in
                    for k in 0..<columns.count {
                        values[k] = dividers[Int(columns[k])].quotient(values[k])
                    }
                }
            }
        }
    }

    /// The matrix as stored u16 proportions (`fixed_proportion_to_u16` of every entry).
    func storedAsU16(size: Int) -> SparseMatrix {
        SparseMatrix(
            size: size, rowStart: rowStart, columns: columns,
            values: values.map { fixedProportionToU16(I32F32(raw: $0)) })
    }
}

/// `I32F32::saturating_add` on raw values.
@inline(__always)
func referenceSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return sum }
    return b < 0 ? .min : .max
}

/// `I32F32::saturating_mul` on raw values: floor(a·b / 2^32), clamped; non-negative operands (every
/// hot use) take a short unsigned path.
@inline(__always)
func referenceProduct(_ a: Int64, _ b: Int64) -> Int64 {
    guard (a | b) >= 0 else { return I32F32(raw: a).saturatingMul(I32F32(raw: b)).raw }
    let (high, low) = UInt64(bitPattern: a).multipliedFullWidth(by: UInt64(bitPattern: b))
    if high >= 1 << 31 { return .max }
    return Int64(bitPattern: (high << 32) | (low >> 32))
}
/// Exact `I32F32` division `x / d` for `0 ≤ x ≤ d`, the shape of every normalization in the epoch:
/// the quotient is `floor(x · 2^32 / d)`, as `safe_div` computes it, but by a multiplication with a
/// precomputed reciprocal and a correction step instead of a 128-bit division per entry.
///
/// A divider by 0 returns `x` unchanged, which is what the chain's normalizations do with a zero sum.
struct ReferenceDivider: Sendable {
    /// The divisor's raw value (0 = leave unchanged).
    let divisor: Int64
    /// `2^32 / divisor`, rounded.
    let reciprocal: Double

    /// A divider by the raw value `divisor` (non-negative).
    @inline(__always)
    init(_ divisor: Int64) {
        self.divisor = divisor
        self.reciprocal = divisor > 0 ? 4_294_967_296.0 / Double(divisor) : 0
    }

    /// `floor(x · 2^32 / divisor)` for `0 ≤ x ≤ divisor`, or `x` when the divisor is 0; exact.
    ///
    /// The estimate is within one unit of the quotient (its relative error is below 2^-51 and the
    /// quotient at most 2^32); the remainder `x · 2^32 − q · d` is computed modulo 2^64, which is exact
    /// while its true magnitude stays below 2^63, and corrects the estimate. Divisors of 2^61 or more
    /// (sums that saturated) take the exact 128-bit path.
    @inline(__always)
    func quotient(_ x: Int64) -> Int64 {
        if divisor <= 0 { return x }
        if divisor >= 1 << 61 { return exactQuotient(x) }
        let d = UInt64(bitPattern: divisor)
        var q = UInt64(Double(x) * reciprocal)
        var r = Int64(bitPattern: (UInt64(bitPattern: x) &<< 32) &- q &* d)
        while r < 0 {
            q &-= 1
            r &+= divisor
        }
        while r >= divisor {
            q &+= 1
            r &-= divisor
        }
        return Int64(bitPattern: q)
    }

    /// The same quotient by a 128-bit division, for very large divisors.
    private func exactQuotient(_ x: Int64) -> Int64 {
        let numerator = Int128(x) << 32
        let q = numerator / Int128(divisor)
        return Int64(clamping: q)
    }
}
enum ReferenceMath {}
