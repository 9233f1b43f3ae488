import FixedPoint

extension YumaEpoch {
    /// Step 12, Yuma3: bonds are absolute proportions that move toward W̃ at rate α.
    ///
    /// B = stored u16 / 65_535 without columns registered since the last tempo. Constant α:
    /// EMA = α W̃ + (1 − α) B over all cells, keeping positive ones. Liquid α (when some C_j ≠ 0): only
    /// the cells of W̃ are emitted, EMA_ij = min(1, (1 − α_ij) B_ij + max(0, α_ij W̃_ij)).
    /// D_i = a_i · Σ_j colnorm(EMA)_ij I_j, normalized; stored = floor(EMA × 65_535).
    static func yuma3Bonds(
        _ input: EpochInput, forBonds: WeightsForBonds, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], liquid: Bool
    ) -> BondsResult {
        let n = input.count
        let u16Max = I32F32(saturating: UInt16.max)
        let bonds = recentBondsMasked(input) { I32F32(saturating: $0).safeDiv(u16Max) }

        var weightsForBonds = FixedRows(reservingRows: n, entries: forBonds.weights.values.count)
        for i in 0..<n {
            forBonds.forEach(inRow: i) { j, w in weightsForBonds.append(UInt16(truncatingIfNeeded: j), w) }
            weightsForBonds.endRow()
        }

        let ema: FixedRows
        if liquid, consensus.contains(where: { $0 != .zero }) {
            ema = liquidEMA(
                new: weightsForBonds, old: bonds, consensus: consensus,
                parameters: LiquidAlpha.Parameters(input.hyperparameters))
        } else {
            let alpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
            ema = emaByMerge(new: weightsForBonds, old: bonds, count: n) { _ in alpha }
        }

        var normalized = ema
        normalized.divideColumns(by: ema.columnSums(count: n))
        var dividends = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            var total = I32F32.zero
            for k in normalized.rowStart[i]..<normalized.rowStart[i + 1] {
                total = total.saturatingAdd(normalized.values[k].saturatingMul(incentive[Int(normalized.columns[k])]))
            }
            // `vec_mul` uses a checked multiply that yields 0 on overflow.
            dividends[i] = total.checkedMul(activeStake[i]) ?? .zero
        }
        dividends = EpochMath.normalize(dividends)
        return BondsResult(dividends: dividends, stored: ema.storedAsU16(size: n))
    }

    /// `mat_ema_alpha_sparse` with liquid alphas: only cells present in the new row are emitted.
    static func liquidEMA(
        new: FixedRows, old: FixedRows, consensus: [I32F32], parameters: LiquidAlpha.Parameters
    ) -> FixedRows {
        var result = FixedRows(reservingRows: new.rowCount, entries: new.values.count)
        for i in 0..<new.rowCount {
            var b = old.rowStart[i]
            let bEnd = old.rowStart[i + 1]
            for k in new.rowStart[i]..<new.rowStart[i + 1] {
                let j = Int(new.columns[k])
                while b < bEnd, Int(old.columns[b]) < j { b += 1 }
                let bond = b < bEnd && Int(old.columns[b]) == j ? old.values[b] : .zero
                let w = new.values[k]
                let alpha = LiquidAlpha.alpha(consensus: consensus[j], weight: w, bond: bond, parameters)
                let decayed = I32F32.one.saturatingSub(alpha).saturatingMul(bond)
                let increase = max(alpha.saturatingMul(w), .zero)
                let value = min(decayed.saturatingAdd(increase), .one)
                if value > .zero { result.append(new.columns[k], value) }
            }
            result.endRow()
        }
        return result
    }
}
