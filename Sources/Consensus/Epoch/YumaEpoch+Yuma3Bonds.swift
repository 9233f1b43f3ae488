import FixedPoint

extension YumaEpoch {
    /// Step 12, Yuma3: bonds are absolute proportions that move toward W̃ at rate α.
    ///
    /// B = stored u16 / 65_535 without columns registered since the last tempo. Constant α:
    /// EMA = α W̃ + (1 − α) B over all cells, keeping positive ones. Liquid α (when some C_j ≠ 0): only
    /// the cells of W̃ are emitted, EMA_ij = min(1, (1 − α_ij) B_ij + max(0, α_ij W̃_ij)).
    /// D_i = a_i · Σ_j colnorm(EMA)_ij I_j, normalized; stored = floor(EMA × 65_535).
    static func yuma3Bonds(
        _ input: EpochInput, weights masked: MaskedWeights, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], penalty: I32F32, newPermits: [Bool], liquid: Bool
    ) -> BondsResult {
        let n = input.count
        let bonds = yuma3StoredBonds(input)
        let weights = masked.bondWeights(consensus: consensus, penalty: penalty)
        let ema: FixedRows
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
                let product = saturatingProduct(
                    normalized.values[k], incentive[Int(normalized.columns[k])].raw)
                total = saturatingSum(total, product)
            }
            // `vec_mul` uses a checked multiply that yields 0 on overflow.
            dividends[i] = I32F32(raw: total).checkedMul(activeStake[i]) ?? .zero
        }
        dividends = EpochMath.normalize(dividends)
        let stored = storedBonds(
            previous: input.bonds, computed: ema.storedAsU16(size: n), oldPermits: input.validatorPermit,
            newPermits: newPermits)
        return BondsResult(dividends: dividends, stored: stored)
    }

    /// `get_bonds_sparse_fixed_proportion` without recently registered columns: u16 / 65_535.
    static func yuma3StoredBonds(_ input: EpochInput) -> FixedRows {
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
        return FixedRows(rowStart: rowStart, columns: columns, values: values)
    }

    /// `mat_ema_sparse`: α·new + (1 − α)·old over the union of columns, keeping cells > 0.
    static func constantMovingAverage(new: FixedRows, old: FixedRows, alpha: I32F32) -> FixedRows {
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
                    value = saturatingProduct(alpha.raw, new.values[a])
                    a += 1
                }
                if jb == j {
                    value = saturatingSum(value, saturatingProduct(oneMinusAlpha, old.values[b]))
                    b += 1
                }
                if value > 0 {
                    columns.append(UInt16(truncatingIfNeeded: j))
                    values.append(value)
                }
            }
            rowStart.append(columns.count)
        }
        return FixedRows(rowStart: rowStart, columns: columns, values: values)
    }

    /// `mat_ema_alpha_sparse` with liquid alphas: only cells present in the new row are emitted.
    static func liquidMovingAverage(
        new: FixedRows, old: FixedRows, consensus: [I32F32], parameters: LiquidAlpha.Parameters
    ) -> FixedRows {
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
        return FixedRows(rowStart: rowStart, columns: columns, values: values)
    }
}

extension MaskedWeights {
    /// W̃ = W + β(W̄ − W) as a matrix, without the cells that `interpolate_sparse` drops.
    func bondWeights(consensus: [I32F32], penalty: I32F32) -> FixedRows {
        var result = FixedRows(rowStart: [0], columns: [], values: [])
        result.rowStart.reserveCapacity(rules.count + 1)
        withReader { reader in
            for i in 0..<rules.count {
                let row = reader.row(i)
                if row.rule.permitted {
                    for k in reader.entries(ofRow: i) {
                        let w = row.score(k)
                        if w < 0 { continue }
                        let j = row.column(k)
                        let value = Support.bondWeight(w, consensus: consensus[j].raw, penalty: penalty.raw)
                        if value == Support.absent { continue }
                        result.columns.append(UInt16(truncatingIfNeeded: j))
                        result.values.append(value)
                    }
                }
                result.rowStart.append(result.columns.count)
            }
        }
        return result
    }
}
