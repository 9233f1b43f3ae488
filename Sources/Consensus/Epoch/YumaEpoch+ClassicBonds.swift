import FixedPoint

/// Bonds and dividends from one bonds mechanism.
struct BondsResult {
    /// D, normalized.
    var dividends: [I32F32]
    /// Bonds rows in their stored u16 form, for rows that receive them.
    var stored: SparseMatrix
}

extension YumaEpoch {
    /// Step 11, classic Yuma: bonds follow stake-weighted weights with a moving average.
    ///
    /// B = stored bonds (column max-upscaled u16, as integers) without columns registered since the last
    /// tempo, column-normalized; ΔB = W̃ ∘ a, column-normalized; EMA = α ΔB + (1 − α) B keeping
    /// positive cells, column-normalized; D = normalize(EMA · I); stored = EMA column max-upscaled.
    static func classicBonds(
        _ input: EpochInput, forBonds: WeightsForBonds, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], liquid: Bool
    ) -> BondsResult {
        let n = input.count
        var bonds = recentBondsMasked(input) { I32F32(saturating: $0) }
        bonds.divideColumns(by: bonds.columnSums(count: n))

        // ΔB_ij = W̃_ij × a_i, column-normalized.
        var delta = FixedRows(reservingRows: n, entries: forBonds.weights.values.count)
        for i in 0..<n {
            let a = activeStake[i]
            forBonds.forEach(inRow: i) { j, w in delta.append(UInt16(truncatingIfNeeded: j), w.saturatingMul(a)) }
            delta.endRow()
        }
        delta.divideColumns(by: delta.columnSums(count: n))

        // α = 1 − bonds_moving_average / 1e6, or per column with the 2024 liquid alpha.
        let constantAlpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
        let alphas = liquid ? LegacyLiquidAlpha.columnAlphas(consensus: consensus, input.hyperparameters) : nil
        var ema = emaByMerge(new: delta, old: bonds, count: n) { j in
            alphas?[j] ?? constantAlpha
        }
        ema.divideColumns(by: ema.columnSums(count: n))

        // D_i = Σ_j EMA_ij I_j, normalized.
        var dividends = [I32F32](repeating: .zero, count: n)
        for i in 0..<n {
            var sum = I32F32.zero
            for k in ema.rowStart[i]..<ema.rowStart[i + 1] {
                sum = sum.saturatingAdd(incentive[Int(ema.columns[k])].saturatingMul(ema.values[k]))
            }
            dividends[i] = sum
        }
        dividends = EpochMath.normalize(dividends)

        // Storage: column max-upscale, then u16 proportions.
        ema.divideColumns(by: ema.columnMaxima(count: n))
        return BondsResult(dividends: dividends, stored: ema.storedAsU16(size: n))
    }

    /// `compute_ema_bonds_normal`: α = 1 − I32F32(I64F64(bonds_moving_average) / 1e6).
    static func movingAverageAlpha(_ bondsMovingAverage: UInt64) -> I32F32 {
        let average = I64F64(saturating: bondsMovingAverage).safeDiv(I64F64(saturating: 1_000_000))
        return I32F32.one.saturatingSub(I32F32(saturating: average))
    }

    /// Stored bonds as fixed values, without cells in columns registered since the last tempo
    /// (`last_tempo ≤ block_at_registration_j`, `last_tempo = current_block − tempo`).
    static func recentBondsMasked(_ input: EpochInput, value: (UInt16) -> I32F32) -> FixedRows {
        let stored = input.bonds
        let lastTempo = input.currentBlock >= input.hyperparameters.tempo
            ? input.currentBlock - input.hyperparameters.tempo : 0
        var rows = FixedRows(reservingRows: input.count, entries: stored.entryCount)
        for i in 0..<input.count {
            for k in stored.rowStart[i]..<stored.rowStart[i + 1] {
                let j = Int(stored.columns[k])
                if lastTempo <= input.blockAtRegistration[j] { continue }
                rows.append(stored.columns[k], value(stored.values[k]))
            }
            rows.endRow()
        }
        return rows
    }

    /// `mat_ema_sparse`: per row, α_j·new + (1 − α_j)·old over the union of columns, keeping cells > 0.
    static func emaByMerge(new: FixedRows, old: FixedRows, count n: Int, alpha: (Int) -> I32F32) -> FixedRows {
        var result = FixedRows(reservingRows: n, entries: max(new.values.count, old.values.count))
        for i in 0..<n {
            var a = new.rowStart[i]
            let aEnd = new.rowStart[i + 1]
            var b = old.rowStart[i]
            let bEnd = old.rowStart[i + 1]
            while a < aEnd || b < bEnd {
                let ja = a < aEnd ? Int(new.columns[a]) : Int.max
                let jb = b < bEnd ? Int(old.columns[b]) : Int.max
                let j = min(ja, jb)
                let alphaJ = alpha(j)
                var value = I32F32.zero
                if ja == j {
                    value = value.saturatingAdd(alphaJ.saturatingMul(new.values[a]))
                    a += 1
                }
                if jb == j {
                    value = value.saturatingAdd(I32F32.one.saturatingSub(alphaJ).saturatingMul(old.values[b]))
                    b += 1
                }
                if value > .zero { result.append(UInt16(truncatingIfNeeded: j), value) }
            }
            result.endRow()
        }
        return result
    }
}

extension FixedRows {
    /// The matrix as stored u16 proportions (`fixed_proportion_to_u16` of every entry).
    func storedAsU16(size: Int) -> SparseMatrix {
        SparseMatrix(
            size: size, rowStart: rowStart, columns: columns, values: values.map { fixedProportionToU16($0) })
    }
}
