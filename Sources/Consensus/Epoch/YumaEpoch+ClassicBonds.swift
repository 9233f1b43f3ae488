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
    /// `forBonds` holds W̃ in the layout of the weights and becomes ΔB in place.
    static func classicBonds(
        _ input: EpochInput, forBonds: FixedRows, activeStake: [I32F32], incentive: [I32F32],
        consensus: [I32F32], liquid: Bool
    ) -> BondsResult {
        let n = input.count
        // ΔB_ij = W̃_ij × a_i; cells W̃ drops count as 0, which the moving average cannot tell apart.
        var delta = forBonds
        delta.values.withUnsafeMutableBufferPointer { values in
            for i in 0..<n {
                let a = activeStake[i].raw
                for k in delta.rowStart[i]..<delta.rowStart[i + 1] {
                    values[k] = values[k] > 0 ? saturatingProduct(values[k], a) : 0
                }
            }
        }
        let deltaSums = delta.columnSums(count: n)
        let bondSums = maskedBondColumnSums(input)

        // α = 1 − bonds_moving_average / 1e6, or per column with the 2024 liquid alpha.
        let constantAlpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
        let alphas = (liquid ? LegacyLiquidAlpha.columnAlphas(consensus: consensus, input.hyperparameters) : nil)
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
                        sum = saturatingSum(sum, saturatingProduct(incentiveRaw[j], values[k]))
                        if maxima[j] < values[k] { maxima[j] = values[k] }
                    }
                    dividends[i] = I32F32(raw: sum)
                }
            }
        }
        dividends = EpochMath.normalize(dividends)
        ema.divideColumns(by: maxima)
        return BondsResult(dividends: dividends, stored: ema.storedAsU16(size: n))
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
        _ input: EpochInput, delta: FixedRows, deltaSums: [Int64], bondSums: [Int64], alphas: [Int64]
    ) -> FixedRows {
        let n = input.count
        let bonds = input.bonds
        let lastTempo = lastTempo(input)
        let deltaDividers = deltaSums.map(ProportionDivider.init)
        let bondDividers = bondSums.map(ProportionDivider.init)
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
                                            value = saturatingProduct(alphas[j], normalized)
                                            a += 1
                                        }
                                        if jb == j {
                                            if !recent[j] {
                                                let normalized = bondDividers[j].quotient(Int64(bondValues[b]) << 32)
                                                value = saturatingSum(value, saturatingProduct(oneMinusAlphas[j], normalized))
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
        return FixedRows(rowStart: rowStart, columns: columns, values: values)
    }
}
