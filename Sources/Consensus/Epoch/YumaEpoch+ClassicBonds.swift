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
    @inline(never)
    static func classicBonds(
        _ input: EpochInput, weights: MaskedWeights, support: Support, activeStake: [I32F32],
        consensus: [I32F32], penalty: I32F32, newPermits: [Bool], liquid: Bool,
        lanes: UnsafeMutableBufferPointer<UInt32>
    ) -> BondsResult {
        let n = input.count
        // α = 1 − bonds_moving_average / 1e6, or per column with the 2024 liquid alpha.
        let constantAlpha = movingAverageAlpha(input.hyperparameters.bondsMovingAverage)
        let alphas =
            (liquid ? LegacyLiquidAlpha.columnAlphas(consensus: consensus, input.hyperparameters) : nil)
            ?? [I32F32](repeating: constantAlpha, count: n)
        let lastTempo = lastTempo(input)
        let ema = ClassicMovingAverage(
            weights: weights, bonds: input.bonds, consensus: consensus.rawValues,
            activeStake: activeStake.rawValues,
            penalty: penalty.raw, deltaSums: support.bondDeltaSums,
            bondSums: maskedBondColumnSums(input, lastTempo: lastTempo), alphas: alphas.rawValues)
        // α ∈ [0, 1] (always, unless bonds_moving_average exceeds 10^6) keeps every EMA term a proportion.
        if alphas.allSatisfy({ $0 >= .zero && $0 <= .one }) {
            return classicPasses(
                input, ema: ema, incentive: support.incentive, newPermits: newPermits,
                cache: LaneCache(storage: lanes, holdsDeltas: support.bondDeltasKept),
                arithmetic: ProportionArithmetic.self)
        }
        return classicPasses(
            input, ema: ema, incentive: support.incentive, newPermits: newPermits,
            cache: LaneCache(storage: UnsafeMutableBufferPointer(start: nil, count: 0), holdsDeltas: false),
            arithmetic: SaturatingArithmetic.self)
    }

    /// The two row passes of ``classicBonds(_:weights:support:activeStake:consensus:penalty:newPermits:liquid:lanes:)``;
    /// `cache` has a slot per weight entry, or none (then the second pass recomputes the EMA).
    static func classicPasses<A: CellArithmetic>(
        _ input: EpochInput, ema: ClassicMovingAverage, incentive: [I32F32], newPermits: [Bool],
        cache: LaneCache, arithmetic: A.Type
    ) -> BondsResult {
        let n = input.count

        // Pass 1: Σ_i EMA_ij, max_i EMA_ij and the cells each row keeps; whether the stored matrix will
        // have the layout of the weights or of the old bonds (then it shares their row and column arrays).
        var emaSums = [Int64](repeating: 0, count: n)
        var emaMaxima = [Int64](repeating: 0, count: n)
        var rowCounts = [Int](repeating: 0, count: n)
        // The same for the run rows, in 32 bits (see ``RunColumnTotals``).
        var runSums = [UInt32](repeating: 0, count: n)
        var runMaxima = [UInt32](repeating: 0, count: n)
        // A run row's bonds by weight entry when they sit on only some of its columns.
        let expandedBonds = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(1, n))
        defer { expandedBonds.deallocate() }
        // EMA of the lane runs, kept from pass 1 for pass 2 when it is small (4 bytes a cell).
        var cache = cache
        // Rows without weights or bonds (most miners) have no cells, keep both layouts and store
        // nothing: both passes step over them.
        let emptyRows = (0..<n).map {
            input.weights.entryCount(ofRow: $0) == 0 && input.bonds.entryCount(ofRow: $0) == 0
        }
        // Run rows (see ``ClassicMovingAverage/Kernel/isRunRow(_:holdsDeltas:)``) and whether each
        // has only positive cells.
        let runRowsPossible = A.self == ProportionArithmetic.self
        var runRows = [Bool](repeating: false, count: n)
        var allPositiveRows = [Bool](repeating: false, count: n)
        let layout: StoredLayout = input.weights.withStorage { weightsStorage in
            input.bonds.withStorage { bondsStorage in
                var candidates = LayoutCandidates(weights: weightsStorage, bonds: bondsStorage)
                ema.withKernel { kernel in
                    do {
                        let commonShape = n > 0 && kernel.emaColumns.isCommonShape
                        emaSums.withUnsafeMutableBufferPointer { sums in
                            emaMaxima.withUnsafeMutableBufferPointer { maxima in
                                runSums.withUnsafeMutableBufferPointer { runSums in
                                    runMaxima.withUnsafeMutableBufferPointer { runMaxima in
                                        for i in 0..<n where !emptyRows[i] {
                                            // A run row's check reads its bonds' columns at the
                                            // ends of its runs: the next row's are asked for now.
                                            if i + 1 < n {
                                                ColumnRuns.prefetchLayout(bondsStorage, row: i + 1)
                                            }
                                            if runRowsPossible, commonShape, cache.holdsDeltas,
                                                let (count, sameBonds) = kernel.recordRunRow(
                                                    i, holdsDeltas: cache.holdsDeltas,
                                                    slots: cache.storage.baseAddress.unsafelyUnwrapped,
                                                    expanded: expandedBonds.baseAddress.unsafelyUnwrapped,
                                                    columns: kernel.emaColumns,
                                                    sums: runSums.baseAddress.unsafelyUnwrapped,
                                                    maxima: runMaxima.baseAddress.unsafelyUnwrapped)
                                            {
                                                runRows[i] = true
                                                rowCounts[i] = count
                                                let allPositive = count == input.weights.entryCount(ofRow: i)
                                                allPositiveRows[i] = allPositive
                                                if newPermits[i] {
                                                    candidates.endRunRow(
                                                        allPositive: allPositive, sameBonds: sameBonds)
                                                } else if input.validatorPermit[i] {
                                                    candidates.endClearedRow(i)
                                                } else {
                                                    candidates.endKeptRow(i)
                                                }
                                                continue
                                            }
                                            var visitor = SumsAndMaxima<A>(
                                                sums: sums, maxima: maxima, cursor: candidates.cursor(row: i))
                                            kernel.forEachCell(
                                                row: i, arithmetic: A.self, visitor: &visitor, cache: &cache)
                                            rowCounts[i] = visitor.count
                                            if newPermits[i] {
                                                candidates.endComputedRow(visitor.cursor)
                                            } else if input.validatorPermit[i] {
                                                candidates.endClearedRow(i)
                                            } else {
                                                candidates.endKeptRow(i)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                return candidates.weightsMatch ? .weights : candidates.bondsMatch ? .bonds : .own
            }
        }
        RunColumnTotals.add(runSums, runMaxima, toSums: &emaSums, maxima: &emaMaxima)

        // Pass 2: D_i = Σ_j colnorm(EMA)_ij I_j, and the stored rows: new permit ⇒ colnorm(EMA) divided
        // by its column maximum, as u16; old permit lost ⇒ cleared; otherwise untouched.
        let normalizerLanes = DividerLanes(divisors: emaSums)
        let upscalerLanes = DividerLanes(divisors: normalizerLanes.boundedQuotients(emaMaxima))
        let lanesReady = normalizerLanes.isLaneSafe && upscalerLanes.isLaneSafe
        let incentive = incentive.rawValues
        let incentiveBelowOne = incentive.allSatisfy { $0 < 1 << 32 }
        // The second pass's run rows need the common shape of ``DividendColumns``.
        let dividendShape =
            incentiveBelowOne && normalizerLanes.range != .wide && upscalerLanes.range == .below31
        var dividends = [I32F32](repeating: .zero, count: n)
        var builder = StoredBondsBuilder(
            previous: input.bonds,
            shared: layout == .weights ? input.weights : layout == .bonds ? input.bonds : nil,
            count: storedCount(
                rowCounts: rowCounts, newPermits: newPermits, oldPermits: input.validatorPermit,
                previous: input.bonds))
        ema.withKernel { kernel in
            do {
                cache.startReplay()
                normalizerLanes.withBuffers { normalizerDivisors, normalizerReciprocals in
                    upscalerLanes.withBuffers { upscalerDivisors, upscalerReciprocals in
                        incentive.withUnsafeBufferPointer { incentive in
                            builder.write { writer in
                                withUnsafeMutablePointer(to: &writer) { writer in
                                    for i in 0..<n {
                                        if emptyRows[i] {
                                            writer.pointee.endRow()
                                            continue
                                        }
                                        if runRows[i], cache.replaying, lanesReady, dividendShape,
                                            !newPermits[i] || allPositiveRows[i]
                                        {
                                            dividends[i] = I32F32(
                                                raw: kernel.replayRunRow(
                                                    i,
                                                    slots: UnsafePointer(
                                                        cache.storage.baseAddress.unsafelyUnwrapped),
                                                    columns: DividendColumns(
                                                        normalizerDivisors: normalizerDivisors.baseAddress
                                                            .unsafelyUnwrapped,
                                                        normalizerReciprocals: normalizerReciprocals
                                                            .baseAddress
                                                            .unsafelyUnwrapped,
                                                        upscalerDivisors: upscalerDivisors.baseAddress
                                                            .unsafelyUnwrapped,
                                                        upscalerReciprocals: upscalerReciprocals.baseAddress
                                                            .unsafelyUnwrapped,
                                                        incentive: incentive.baseAddress.unsafelyUnwrapped,
                                                        incentiveBelowOne: incentiveBelowOne,
                                                        normalizerRange: normalizerLanes.range,
                                                        upscalerRange: upscalerLanes.range),
                                                    stores: newPermits[i], allPositive: allPositiveRows[i],
                                                    writer: writer))
                                            if !newPermits[i], !input.validatorPermit[i] {
                                                writer.pointee.copyPreviousRow(i)
                                            }
                                            writer.pointee.endRow()
                                            continue
                                        }
                                        var visitor = DividendsAndStorage<A>(
                                            normalizerDivisors: normalizerDivisors,
                                            normalizerReciprocals: normalizerReciprocals,
                                            upscalerDivisors: upscalerDivisors,
                                            upscalerReciprocals: upscalerReciprocals,
                                            incentive: incentive, incentiveBelowOne: incentiveBelowOne,
                                            lanesReady: lanesReady,
                                            narrow: normalizerLanes.isNarrow && upscalerLanes.isNarrow,
                                            stores: newPermits[i],
                                            writer: writer)
                                        kernel.forEachCell(
                                            row: i, arithmetic: A.self, visitor: &visitor, cache: &cache)
                                        if !newPermits[i], !input.validatorPermit[i] {
                                            writer.pointee.copyPreviousRow(i)
                                        }
                                        writer.pointee.endRow()
                                        dividends[i] = I32F32(
                                            raw: A.sum(visitor.sum, visitor.laneSum.wrappedSum()))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return BondsResult(dividends: EpochMath.normalize(dividends), stored: builder.build())
    }

    /// The entries of the stored bonds: a new permit keeps the row's computed cells, a lost permit
    /// none, and no permit the previous row.
    @inline(never)
    static func storedCount(
        rowCounts: [Int], newPermits: [Bool], oldPermits: [Bool], previous: SparseMatrix
    ) -> Int {
        previous.withStorage { previous in
            var total = 0
            for i in rowCounts.indices {
                total &+=
                    newPermits[i]
                    ? rowCounts[i]
                    : oldPermits[i] ? 0 : previous.rowStart[i &+ 1] &- previous.rowStart[i]
            }
            return total
        }
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
}
