import FixedPoint

/// Bonds and dividends from one bonds mechanism.
struct BondsResult {
    /// D, normalized.
    var dividends: [I32F32]
    /// Bonds as stored after the epoch (rows with a new permit computed, the others kept or cleared).
    var stored: SparseMatrix
}

extension YumaEpoch {
    /// Step 11, classic Yuma: bonds follow stake-weighted weights with a moving average.
    ///
    /// B = stored bonds (column max-upscaled u16, as integers) without columns registered since the last
    /// tempo, column-normalized; ΔB = W̃ ∘ a, column-normalized; EMA = α ΔB + (1 − α) B keeping
    /// positive cells, column-normalized; D = normalize(EMA · I); stored = EMA column max-upscaled.
    ///
    /// Nothing of size n² is kept but the stored result: EMA is recomputed in two row passes (its
    /// column sums and maxima first, then dividends and storage), because max_i colnorm(EMA)_ij =
    /// colnorm(max_i EMA_ij) (the floor division is monotone).
    static func classicBonds(
        _ input: EpochInput, weights: MaskedWeights, support: Support, activeStake: [I32F32],
        consensus: [I32F32], penalty: I32F32, newPermits: [Bool], liquid: Bool
    ) -> BondsResult {
        let n = input.count
        // α = 1 − bonds_moving_average / 1e6, or per column with the 2024 liquid alpha.
        let constantAlpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
        let alphas = (liquid ? LegacyLiquidAlpha.columnAlphas(consensus: consensus, input.hyperparameters) : nil)
            ?? [I32F32](repeating: constantAlpha, count: n)
        let lastTempo = lastTempo(input)
        let ema = ClassicMovingAverage(
            weights: weights, bonds: input.bonds, consensus: consensus.map(\.raw), activeStake: activeStake.map(\.raw),
            penalty: penalty.raw, deltaSums: support.bondDeltaSums,
            bondSums: maskedBondColumnSums(input, lastTempo: lastTempo), alphas: alphas.map(\.raw),
            recent: input.blockAtRegistration.map { lastTempo <= $0 })

        // Pass 1: Σ_i EMA_ij, max_i EMA_ij and the cells each row keeps; whether the stored matrix will
        // have the layout of the weights or of the old bonds (then it shares their row and column arrays).
        var emaSums = [Int64](repeating: 0, count: n)
        var emaMaxima = [Int64](repeating: 0, count: n)
        var rowCounts = [Int](repeating: 0, count: n)
        let layout: StoredLayout = input.weights.withStorage { weightsStorage in
            input.bonds.withStorage { bondsStorage in
                var candidates = LayoutCandidates(weights: weightsStorage, bonds: bondsStorage)
                ema.withKernel { kernel in
                    emaSums.withUnsafeMutableBufferPointer { sums in
                        emaMaxima.withUnsafeMutableBufferPointer { maxima in
                            for i in 0..<n {
                                var count = 0
                                var cursor = candidates.cursor(row: i)
                                kernel.forEachCell(row: i) { j, value in
                                    sums[j] = saturatingSum(sums[j], value)
                                    maxima[j] = max(maxima[j], value)
                                    cursor.visit(j)
                                    count += 1
                                }
                                rowCounts[i] = count
                                if newPermits[i] {
                                    candidates.endComputedRow(cursor)
                                } else if input.validatorPermit[i] {
                                    candidates.endClearedRow(i)
                                } else {
                                    candidates.endKeptRow(i)
                                }
                            }
                        }
                    }
                }
                return candidates.weightsMatch ? .weights : candidates.bondsMatch ? .bonds : .own
            }
        }

        // Pass 2: D_i = Σ_j colnorm(EMA)_ij I_j, and the stored rows: new permit ⇒ colnorm(EMA) divided
        // by its column maximum, as u16; old permit lost ⇒ cleared; otherwise untouched.
        let normalizers = emaSums.map(ProportionDivider.init)
        let upscalers = (0..<n).map { ProportionDivider(normalizers[$0].quotient(emaMaxima[$0])) }
        let incentive = support.incentive.map(\.raw)
        var dividends = [I32F32](repeating: .zero, count: n)
        var builder = StoredBondsBuilder(
            previous: input.bonds,
            shared: layout == .weights ? input.weights : layout == .bonds ? input.bonds : nil,
            count: (0..<n).reduce(0) { total, i in
                total + (newPermits[i] ? rowCounts[i] : input.validatorPermit[i] ? 0 : input.bonds.entryCount(ofRow: i))
            })
        ema.withKernel { kernel in
            normalizers.withUnsafeBufferPointer { normalizers in
                upscalers.withUnsafeBufferPointer { upscalers in
                    incentive.withUnsafeBufferPointer { incentive in
                        builder.write { writer in
                            for i in 0..<n {
                                var sum: Int64 = 0
                                if newPermits[i] {
                                    kernel.forEachCell(row: i) { j, value in
                                        let normalized = normalizers[j].quotient(value)
                                        sum = saturatingSum(sum, saturatingProduct(incentive[j], normalized))
                                        writer.append(column: j, value: proportionToU16(upscalers[j].quotient(normalized)))
                                    }
                                } else {
                                    kernel.forEachCell(row: i) { j, value in
                                        let normalized = normalizers[j].quotient(value)
                                        sum = saturatingSum(sum, saturatingProduct(incentive[j], normalized))
                                    }
                                    if !input.validatorPermit[i] { writer.copyPreviousRow(i) }
                                }
                                writer.endRow()
                                dividends[i] = I32F32(raw: sum)
                            }
                        }
                    }
                }
            }
        }
        return BondsResult(dividends: EpochMath.normalize(dividends), stored: builder.build())
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
    static func maskedBondColumnSums(_ input: EpochInput, lastTempo: UInt64) -> [UInt64] {
        let n = input.count
        var sums = [UInt64](repeating: 0, count: n)
        input.bonds.withStorage { bonds in
            sums.withUnsafeMutableBufferPointer { sums in
                for k in 0..<bonds.columns.count { sums[Int(bonds.columns[k])] &+= UInt64(bonds.values[k]) }
            }
        }
        for j in 0..<n where lastTempo <= input.blockAtRegistration[j] { sums[j] = 0 }
        return sums
    }
}

/// `mat_ema_sparse` on the normalized inputs, computed per cell when needed: per row,
/// EMA_ij = α_j·ΔB_ij/ΣΔB_j + (1 − α_j)·B_ij/ΣB_j over the union of columns, keeping cells > 0.
struct ClassicMovingAverage {
    let weights: MaskedWeights
    let bonds: SparseMatrix
    let consensus: [Int64]
    let activeStake: [Int64]
    let penalty: Int64
    let deltaDividers: [ProportionDivider]
    let bondScales: [U16Proportion]
    let alphas: [Int64]
    let oneMinusAlphas: [Int64]
    let recent: [Bool]

    init(
        weights: MaskedWeights, bonds: SparseMatrix, consensus: [Int64], activeStake: [Int64], penalty: Int64,
        deltaSums: [Int64], bondSums: [UInt64], alphas: [Int64], recent: [Bool]
    ) {
        self.weights = weights
        self.bonds = bonds
        self.consensus = consensus
        self.activeStake = activeStake
        self.penalty = penalty
        deltaDividers = deltaSums.map(ProportionDivider.init)
        bondScales = bondSums.map(U16Proportion.init(sum:))
        self.alphas = alphas
        oneMinusAlphas = alphas.map { I32F32.one.saturatingSub(I32F32(raw: $0)).raw }
        self.recent = recent
    }

    func withKernel<R>(_ body: (Kernel) -> R) -> R {
        weights.withReader { weights in
            bonds.withStorage { bonds in
                consensus.withUnsafeBufferPointer { consensus in
                    deltaDividers.withUnsafeBufferPointer { deltaDividers in
                        bondScales.withUnsafeBufferPointer { bondScales in
                            alphas.withUnsafeBufferPointer { alphas in
                                oneMinusAlphas.withUnsafeBufferPointer { oneMinusAlphas in
                                    recent.withUnsafeBufferPointer { recent in
                                        body(Kernel(
                                            weights: weights, bonds: bonds, consensus: consensus,
                                            activeStake: activeStake, penalty: penalty, deltaDividers: deltaDividers,
                                            bondScales: bondScales, alphas: alphas, oneMinusAlphas: oneMinusAlphas,
                                            recent: recent))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The per-cell computation over bounds-check-free buffers.
    struct Kernel {
        let weights: MaskedWeights.Reader
        let bonds: SparseStorage
        let consensus: UnsafeBufferPointer<Int64>
        let activeStake: [Int64]
        let penalty: Int64
        let deltaDividers: UnsafeBufferPointer<ProportionDivider>
        let bondScales: UnsafeBufferPointer<U16Proportion>
        let alphas: UnsafeBufferPointer<Int64>
        let oneMinusAlphas: UnsafeBufferPointer<Int64>
        let recent: UnsafeBufferPointer<Bool>

        /// Calls `body(j, EMA_ij)` for the positive cells of row `i`, by column.
        @inline(__always)
        func forEachCell(row i: Int, _ body: (Int, Int64) -> Void) {
            let row = weights.row(i)
            let a = activeStake[i]
            var k = row.rule.permitted ? weights.entries(ofRow: i).lowerBound : 0
            let kEnd = row.rule.permitted ? weights.entries(ofRow: i).upperBound : 0
            var b = bonds.rowStart[i]
            let bEnd = bonds.rowStart[i + 1]
            while k < kEnd || b < bEnd {
                let jw = k < kEnd ? row.column(k) : Int.max
                let jb = b < bEnd ? Int(bonds.columns[b]) : Int.max
                let j = min(jw, jb)
                var value: Int64 = 0
                if jw == j {
                    // ΔB_ij = W̃_ij × a_i; cells W̃ or the mask drops count as 0.
                    let w = row.score(k)
                    if w >= 0 {
                        let forBonds = Support.bondWeight(w, consensus: consensus[j], penalty: penalty)
                        let delta = saturatingProduct(max(forBonds, 0), a)
                        value = saturatingProduct(alphas[j], deltaDividers[j].quotient(delta))
                    }
                    k += 1
                }
                if jb == j {
                    if !recent[j] {
                        let normalized = bondScales[j](bonds.values[b])
                        value = saturatingSum(value, saturatingProduct(oneMinusAlphas[j], normalized))
                    }
                    b += 1
                }
                if value > 0 { body(j, value) }
            }
        }
    }
}

/// Which existing arrays the stored bonds can share their row starts and columns with.
enum StoredLayout {
    case weights, bonds, own
}

/// Tracks, row by row, whether the stored bonds have exactly the layout of the stored weights or of
/// the old bonds.
struct LayoutCandidates {
    let weights: SparseStorage
    let bonds: SparseStorage
    var weightsMatch = true
    var bondsMatch = true

    init(weights: SparseStorage, bonds: SparseStorage) {
        self.weights = weights
        self.bonds = bonds
    }

    /// Compares the columns of one computed row with both candidates.
    struct Cursor {
        let weights: SparseStorage
        let bonds: SparseStorage
        var w: Int
        let wEnd: Int
        var b: Int
        let bEnd: Int
        var weightsMatch: Bool
        var bondsMatch: Bool

        @inline(__always)
        mutating func visit(_ j: Int) {
            weightsMatch = weightsMatch && w < wEnd && Int(weights.columns[w]) == j
            bondsMatch = bondsMatch && b < bEnd && Int(bonds.columns[b]) == j
            w += 1
            b += 1
        }
    }

    @inline(__always)
    func cursor(row i: Int) -> Cursor {
        Cursor(
            weights: weights, bonds: bonds, w: weights.rowStart[i], wEnd: weights.rowStart[i + 1],
            b: bonds.rowStart[i], bEnd: bonds.rowStart[i + 1], weightsMatch: weightsMatch, bondsMatch: bondsMatch)
    }

    /// A computed row ends: every candidate cell must have been visited.
    mutating func endComputedRow(_ cursor: Cursor) {
        weightsMatch = cursor.weightsMatch && cursor.w == cursor.wEnd
        bondsMatch = cursor.bondsMatch && cursor.b == cursor.bEnd
    }

    /// A cleared row: the candidates' rows must be empty.
    mutating func endClearedRow(_ i: Int) {
        weightsMatch = weightsMatch && weights.rowStart[i] == weights.rowStart[i + 1]
        bondsMatch = bondsMatch && bonds.rowStart[i] == bonds.rowStart[i + 1]
    }

    /// A row kept from the old bonds: the weights' row must have the same columns.
    mutating func endKeptRow(_ i: Int) {
        guard weightsMatch else { return }
        let w = weights.rowStart[i]..<weights.rowStart[i + 1]
        let b = bonds.rowStart[i]..<bonds.rowStart[i + 1]
        weightsMatch = w.count == b.count && zip(w, b).allSatisfy { weights.columns[$0] == bonds.columns[$1] }
    }
}

/// Writes the stored bonds into exactly sized arrays, sharing the row starts and columns of `shared`
/// when the layout is known to be the same.
struct StoredBondsBuilder {
    let previous: SparseMatrix
    let shared: SparseMatrix?
    let count: Int
    var rowStart: [Int] = [0]
    var columns: [UInt16] = []
    var values: [UInt16] = []

    init(previous: SparseMatrix, shared: SparseMatrix?, count: Int) {
        self.previous = previous
        self.shared = shared
        self.count = count
        if shared == nil { rowStart.reserveCapacity(previous.size + 1) }
    }

    /// Appends entries row by row; `body` must write exactly `count` entries.
    mutating func write(_ body: (inout Writer) -> Void) {
        let count = count
        let ownColumns = shared == nil
        var rowStart = self.rowStart
        var columns: [UInt16] = []
        values = previous.withStorage { previous in
            [UInt16](unsafeUninitializedCapacity: count) { valueBuffer, initialized in
                if ownColumns {
                    columns = [UInt16](unsafeUninitializedCapacity: count) { columnBuffer, columnsInitialized in
                        var writer = Writer(
                            previous: previous, values: valueBuffer, columns: columnBuffer, rowStart: rowStart)
                        body(&writer)
                        rowStart = writer.rowStart
                        columnsInitialized = writer.position
                        initialized = writer.position
                    }
                } else {
                    var writer = Writer(previous: previous, values: valueBuffer, columns: nil, rowStart: [])
                    body(&writer)
                    initialized = writer.position
                }
            }
        }
        self.rowStart = rowStart
        self.columns = columns
    }

    /// The stored matrix.
    func build() -> SparseMatrix {
        if let shared {
            return SparseMatrix(size: shared.size, rowStart: shared.rowStart, columns: shared.columns, values: values)
        }
        return SparseMatrix(size: previous.size, rowStart: rowStart, columns: columns, values: values)
    }

    /// Sequential writes into the preallocated arrays.
    struct Writer {
        let previous: SparseStorage
        let values: UnsafeMutableBufferPointer<UInt16>
        let columns: UnsafeMutableBufferPointer<UInt16>?
        var rowStart: [Int]
        var position = 0

        init(previous: SparseStorage, values: UnsafeMutableBufferPointer<UInt16>,
             columns: UnsafeMutableBufferPointer<UInt16>?, rowStart: [Int]) {
            self.previous = previous
            self.values = values
            self.columns = columns
            self.rowStart = rowStart
        }

        @inline(__always)
        mutating func append(column j: Int, value: UInt16) {
            values.initializeElement(at: position, to: value)
            columns?.initializeElement(at: position, to: UInt16(truncatingIfNeeded: j))
            position += 1
        }

        /// Copies row `i` of the old bonds.
        mutating func copyPreviousRow(_ i: Int) {
            for k in previous.rowStart[i]..<previous.rowStart[i + 1] {
                append(column: Int(previous.columns[k]), value: previous.values[k])
            }
        }

        @inline(__always)
        mutating func endRow() {
            if columns != nil { rowStart.append(position) }
        }
    }
}
