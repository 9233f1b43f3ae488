import FixedPoint

/// `mat_ema_sparse` on the normalized inputs, computed per cell when needed: per row,
/// EMA_ij = α_j·ΔB_ij/ΣΔB_j + (1 − α_j)·B_ij/ΣB_j over the union of columns, keeping cells > 0.
/// Recently registered columns have ΣB_j = 0 here, which makes their bond term 0 as the chain's
/// masking does.
struct ClassicMovingAverage {
    let weights: MaskedWeights
    let bonds: SparseMatrix
    let consensus: [Int64]
    let activeStake: [Int64]
    let penalty: Int64
    let deltaLanes: DividerLanes
    let bondMultipliers: [UInt64]
    let bondDivisors: [UInt64]
    let alphas: [Int64]
    let oneMinusAlphas: [Int64]
    /// Whether every α and 1 − α is below 1 (unless bonds_moving_average is 0 or above 10^6).
    let alphasBelowOne: Bool
    /// Whether every α is the first (no liquid alpha).
    let constantAlpha: Bool
    /// Whether every bond multiplier is below 2^32 (every nonzero bond column sum above 2^16).
    let narrowBonds: Bool

    init(
        weights: MaskedWeights, bonds: SparseMatrix, consensus: [Int64], activeStake: [Int64], penalty: Int64,
        deltaSums: [Int64], bondSums: [UInt64], alphas: [Int64]
    ) {
        self.weights = weights
        self.bonds = bonds
        self.consensus = consensus
        self.activeStake = activeStake
        self.penalty = penalty
        deltaLanes = DividerLanes(divisors: deltaSums)
        var bondMultipliers = [UInt64](repeating: 0, count: bondSums.count)
        var bondDivisors = [UInt64](repeating: 0, count: bondSums.count)
        for (j, sum) in bondSums.enumerated() {
            let scale = U16Proportion(sum: sum)
            bondMultipliers[j] = scale.multiplier
            bondDivisors[j] = scale.divisor
        }
        self.bondMultipliers = bondMultipliers
        self.bondDivisors = bondDivisors
        self.alphas = alphas
        oneMinusAlphas = alphas.map { I32F32.one.saturatingSub(I32F32(raw: $0)).raw }
        alphasBelowOne = (alphas + oneMinusAlphas).allSatisfy { $0 < 1 << 32 }
        constantAlpha = alphas.allSatisfy { $0 == alphas.first }
        narrowBonds = bondMultipliers.allSatisfy { $0 < 1 << 32 }
    }

    func withKernel<R>(_ body: (Kernel) -> R) -> R {
        weights.withReader { weights in
            bonds.withStorage { bonds in
                consensus.withUnsafeBufferPointer { consensus in
                    deltaLanes.withBuffers { deltaDivisors, deltaReciprocals in
                        bondMultipliers.withUnsafeBufferPointer { bondMultipliers in
                            bondDivisors.withUnsafeBufferPointer { bondDivisors in
                                alphas.withUnsafeBufferPointer { alphas in
                                    oneMinusAlphas.withUnsafeBufferPointer { oneMinusAlphas in
                                        body(
                                            Kernel(
                                                weights: weights, bonds: bonds, consensus: consensus,
                                                activeStake: activeStake, penalty: penalty,
                                                deltaDivisors: deltaDivisors,
                                                deltaReciprocals: deltaReciprocals,
                                                bondMultipliers: bondMultipliers, bondDivisors: bondDivisors,
                                                alphas: alphas, oneMinusAlphas: oneMinusAlphas,
                                                alphasBelowOne: alphasBelowOne,
                                                constantAlpha: constantAlpha, narrowBonds: narrowBonds,
                                                narrowDeltas: deltaLanes.isNarrow,
                                                deltaRange: deltaLanes.range,
                                                lanesReady: deltaLanes.isLaneSafe
                                                    && (penalty == 0 || penalty == 1 << 32)))
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
        let deltaDivisors: UnsafeBufferPointer<Int64>
        let deltaReciprocals: UnsafeBufferPointer<Double>
        let bondMultipliers: UnsafeBufferPointer<UInt64>
        let bondDivisors: UnsafeBufferPointer<UInt64>
        let alphas: UnsafeBufferPointer<Int64>
        let oneMinusAlphas: UnsafeBufferPointer<Int64>
        /// Whether four-lane runs are exact here: β ∈ {0, 1} and no saturated ΔB column sum.
        /// Whether every ΔB column sum is below 2^32.
        let alphasBelowOne: Bool
        let constantAlpha: Bool
        let narrowBonds: Bool
        let narrowDeltas: Bool
        let deltaRange: DivisorRange
        let lanesReady: Bool

        /// The operands of ``recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``
        /// (valid inside `withKernel`).
        var emaColumns: EmaColumns {
            EmaColumns(
                deltaDivisors: deltaDivisors.baseAddress.unsafelyUnwrapped,
                deltaReciprocals: deltaReciprocals.baseAddress.unsafelyUnwrapped,
                bondMultipliers: bondMultipliers.baseAddress.unsafelyUnwrapped,
                bondDivisors: bondDivisors.baseAddress.unsafelyUnwrapped,
                alphas: alphas.baseAddress.unsafelyUnwrapped,
                oneMinusAlphas: oneMinusAlphas.baseAddress.unsafelyUnwrapped,
                constantAlpha: constantAlpha, alphasBelowOne: alphasBelowOne, deltaRange: deltaRange,
                narrowBonds: narrowBonds)
        }

        /// α_j · ΔB_ij / ΣΔB_j for weight entry `k` of `row` (0 where the mask drops the cell), with
        /// ΔB_ij = W̃_ij × a_i where W̃_ij > 0 (W̃ and a are proportions, so that product is bounded).
        @inline(__always)
        func deltaTerm<A: CellArithmetic>(
            _ row: MaskedWeights.Row, _ k: Int, _ j: Int, stake a: Int64, _: A.Type
        ) -> Int64 {
            let w = row.score(k)
            if w < 0 { return 0 }
            let forBonds = Support.bondWeight(w, consensus: consensus[j], penalty: penalty)
            let delta = proportionProduct(max(forBonds, 0), a)
            return A.product(
                alphas[j],
                ProportionDivider(divisor: deltaDivisors[j], reciprocal: deltaReciprocals[j]).quotient(delta))
        }

        /// (1 − α_j) · B_ij / ΣB_j for bond entry `b`.
        @inline(__always)
        func bondTerm<A: CellArithmetic>(_ b: Int, _ j: Int, _: A.Type) -> Int64 {
            A.product(
                oneMinusAlphas[j],
                U16Proportion(multiplier: bondMultipliers[j], divisor: bondDivisors[j])(bonds.values[b]))
        }

        /// ΔB = W̃ ∘ a of the four cells at weight entries `k...`, columns `j...` of a row masked only at
        /// `selfColumn` (W̃ = W̄ = max(clip(W, C), 0) for β = 1, W for β = 0).
        @inline(__always)
        func deltaLanes(_ row: MaskedWeights.Row, _ k: Int, _ j: Int, stake: SIMD4<Int64>) -> SIMD4<Int64> {
            let columns = SIMD4<Int64>(repeating: Int64(j)) &+ SIMD4<Int64>(0, 1, 2, 3)
            var w = row.rule.scale.vector(
                SIMD4<UInt64>(truncatingIfNeeded: ProportionLanes.load(row.values, k)))
            w.replace(with: 0, where: columns .== SIMD4<Int64>(repeating: Int64(row.rule.selfColumn)))
            var forBonds = w
            if penalty != 0 {
                let c = ProportionLanes.load(consensus, j)
                forBonds = w.replacing(with: c, where: c .< w)
                forBonds.replace(with: 0, where: c .<= 0)
            }
            return ProportionLanes.products(stake, forBonds)
        }

        /// EMA of the four cells with ΔB `delta`, bond entries `b...`, columns `j...` (α in 0...1).
        @inline(__always)
        func emaLanes(delta: SIMD4<Int64>, _ b: Int, _ j: Int) -> SIMD4<Int64> {
            let normalizedDelta = ProportionLanes.quotients(
                delta, divisors: ProportionLanes.load(deltaDivisors, j),
                reciprocals: ProportionLanes.load(deltaReciprocals, j), narrow: narrowDeltas)
            let normalizedBond = ProportionLanes.proportions(
                SIMD4<UInt64>(truncatingIfNeeded: ProportionLanes.load(bonds.values, b)),
                multipliers: ProportionLanes.load(bondMultipliers, j),
                divisors: ProportionLanes.load(bondDivisors, j))
            if alphasBelowOne {
                return ProportionLanes.products(belowOne: ProportionLanes.load(alphas, j), normalizedDelta)
                    &+ ProportionLanes.products(
                        belowOne: ProportionLanes.load(oneMinusAlphas, j), normalizedBond)
            }
            return ProportionLanes.products(ProportionLanes.load(alphas, j), normalizedDelta)
                &+ ProportionLanes.products(ProportionLanes.load(oneMinusAlphas, j), normalizedBond)
        }
    }
}

/// What a row pass does with the EMA cells of a row (structs rather than closures, so that every call
/// is inlined into the kernel).
protocol CellVisitor {
    /// One positive cell.
    mutating func cell(_ j: Int, _ value: Int64)
    /// Four cells of consecutive columns `j...`; zero lanes are not cells.
    mutating func lanes(_ j: Int, _ values: SIMD4<Int64>)
}

/// Pass 1: column sums and maxima of EMA, the row's cell count and its layout.
struct SumsAndMaxima<A: CellArithmetic>: CellVisitor {
    let sums: UnsafeMutableBufferPointer<Int64>
    let maxima: UnsafeMutableBufferPointer<Int64>
    var cursor: LayoutCandidates.Cursor
    var count = 0

    init(
        sums: UnsafeMutableBufferPointer<Int64>, maxima: UnsafeMutableBufferPointer<Int64>,
        cursor: LayoutCandidates.Cursor
    ) {
        self.sums = sums
        self.maxima = maxima
        self.cursor = cursor
    }

    @inline(__always)
    mutating func cell(_ j: Int, _ value: Int64) {
        sums[j] = A.sum(sums[j], value)
        maxima[j] = max(maxima[j], value)
        cursor.visit(j)
        count += 1
    }

    /// Only under ProportionArithmetic: plain sums, and zero lanes add nothing.
    @inline(__always)
    mutating func lanes(_ j: Int, _ values: SIMD4<Int64>) {
        ProportionLanes.store(ProportionLanes.load(UnsafeBufferPointer(sums), j) &+ values, sums, j)
        let previous = ProportionLanes.load(UnsafeBufferPointer(maxima), j)
        ProportionLanes.store(previous.replacing(with: values, where: values .> previous), maxima, j)
        // Lanes come only from rows whose weights and bonds have the same columns, and only while
        // the cursors stand on these four columns if they still match: four positive cells step both
        // cursors; a zero lane leaves a column of both rows out of the result, so neither layout fits.
        let positive = values .> 0
        if all(positive) {
            cursor.skip(4)
            count &+= 4
        } else {
            cursor.mismatch()
            let ones = SIMD4<Int64>(repeating: 0).replacing(with: 1, where: positive)
            count &+= Int(truncatingIfNeeded: ones.wrappedSum())
        }
    }
}

/// Pass 2: D_i = Σ_j colnorm(EMA)_ij I_j and, for a row with a new permit, its stored u16 cells.
struct DividendsAndStorage<A: CellArithmetic>: CellVisitor {
    let normalizerDivisors: UnsafeBufferPointer<Int64>
    let normalizerReciprocals: UnsafeBufferPointer<Double>
    let upscalerDivisors: UnsafeBufferPointer<Int64>
    let upscalerReciprocals: UnsafeBufferPointer<Double>
    let incentive: UnsafeBufferPointer<Int64>
    /// Whether no normalizer or upscaler divisor reaches 2^61.
    let lanesReady: Bool
    /// Whether every incentive is below 1.
    let incentiveBelowOne: Bool
    /// Whether every normalizer and upscaler divisor is below 2^32.
    let narrow: Bool
    /// Whether the row is stored (new permit).
    let stores: Bool
    /// The stored rows' writer, shared by the rows (a pointer: the writer is too large to copy per row).
    let writer: UnsafeMutablePointer<StoredBondsBuilder.Writer>
    var sum: Int64 = 0
    var laneSum = SIMD4<Int64>(repeating: 0)

    init(
        normalizerDivisors: UnsafeBufferPointer<Int64>, normalizerReciprocals: UnsafeBufferPointer<Double>,
        upscalerDivisors: UnsafeBufferPointer<Int64>, upscalerReciprocals: UnsafeBufferPointer<Double>,
        incentive: UnsafeBufferPointer<Int64>, incentiveBelowOne: Bool, lanesReady: Bool, narrow: Bool,
        stores: Bool,
        writer: UnsafeMutablePointer<StoredBondsBuilder.Writer>
    ) {
        self.normalizerDivisors = normalizerDivisors
        self.normalizerReciprocals = normalizerReciprocals
        self.upscalerDivisors = upscalerDivisors
        self.upscalerReciprocals = upscalerReciprocals
        self.incentive = incentive
        self.lanesReady = lanesReady
        self.incentiveBelowOne = incentiveBelowOne
        self.narrow = narrow
        self.stores = stores
        self.writer = writer
    }

    @inline(__always)
    mutating func cell(_ j: Int, _ value: Int64) {
        let normalized = ProportionDivider(
            divisor: normalizerDivisors[j], reciprocal: normalizerReciprocals[j]
        )
        .quotient(value)
        sum = A.sum(sum, A.product(incentive[j], normalized))
        if stores {
            writer.pointee.append(
                column: j,
                value: proportionToU16(
                    ProportionDivider(divisor: upscalerDivisors[j], reciprocal: upscalerReciprocals[j])
                        .quotient(normalized)))
        }
    }

    /// Only under ProportionArithmetic, so the row sum may be split into lanes.
    @inline(__always)
    mutating func lanes(_ j: Int, _ values: SIMD4<Int64>) {
        guard lanesReady else {
            for lane in 0..<4 where values[lane] > 0 { cell(j + lane, values[lane]) }
            return
        }
        let normalized = ProportionLanes.quotients(
            values, divisors: ProportionLanes.load(normalizerDivisors, j),
            reciprocals: ProportionLanes.load(normalizerReciprocals, j), narrow: narrow)
        let incentives = ProportionLanes.load(incentive, j)
        laneSum &+=
            incentiveBelowOne
            ? ProportionLanes.products(belowOne: incentives, normalized)
            : ProportionLanes.products(incentives, normalized)
        guard stores else { return }
        let upscaled = ProportionLanes.quotients(
            normalized, divisors: ProportionLanes.load(upscalerDivisors, j),
            reciprocals: ProportionLanes.load(upscalerReciprocals, j), narrow: narrow)
        let stored = SIMD4<UInt16>(
            truncatingIfNeeded: (SIMD4<UInt64>(truncatingIfNeeded: upscaled) &* 65_535) &>> 32)
        if all(values .> 0) {
            writer.pointee.append(firstColumn: j, values: stored)
        } else {
            for lane in 0..<4 where values[lane] > 0 {
                writer.pointee.append(column: j + lane, value: stored[lane])
            }
        }
    }
}
