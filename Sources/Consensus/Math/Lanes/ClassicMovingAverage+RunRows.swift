/// The classic passes over a "run row": a permitted row masked only on the diagonal whose bonds sit
/// on exactly its weighted columns, every weight slot holding ΔB from ``Support`` (β ∈ {0, 1}, every
/// a_i below 1) and every divisor lane-safe. Such rows (in a subnet built by `set_weights`, nearly
/// all validator rows) are read run by run without per-cell bookkeeping: the first pass writes every
/// cell's EMA into its slot, the second replays every slot, so both passes agree on all cells. A row
/// of known layout whose bonds sit on only some of its columns (B = 0 elsewhere) is read the same way,
/// its bonds first spread over its weight entries.
extension ClassicMovingAverage.Kernel {
    /// Whether row `i` is a run row (see the extension's comment); `holdsDeltas` says whether the
    /// slots hold ΔB.
    @inline(__always)
    func isRunRow(_ i: Int, holdsDeltas: Bool) -> Bool {
        guard holdsDeltas, lanesReady else { return false }
        let row = weights.row(i)
        guard row.rule.permitted, !row.rule.checkOutdated else { return false }
        let k = weights.stored.rowStart[i]
        let kEnd = weights.stored.rowStart[i &+ 1]
        let b = bonds.rowStart[i]
        guard kEnd &- k == bonds.rowStart[i &+ 1] &- b else { return false }
        return row.hasColumns(of: bonds.columns, from: b, rowStart: k, end: kEnd)
    }

    /// Whether row `i` would be a run row but that its bonds sit on only some of its weighted columns
    /// (a dense row some of whose bonds have decayed to 0), its weights having a known layout; if so,
    /// writes the row's bonds to `expanded` in the order of its weight entries, 0 where it has none,
    /// for ``recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``.
    ///
    /// Not inlined: it runs for few rows, and the pass around it must stay small (see
    /// ``recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``).
    @inline(never)
    private func expandsBonds(_ i: Int, holdsDeltas: Bool, into expanded: UnsafeMutablePointer<UInt16>)
        -> Bool
    {
        guard holdsDeltas, lanesReady else { return false }
        let row = weights.row(i)
        guard row.rule.permitted, !row.rule.checkOutdated, let missing = row.rule.missingColumn else {
            return false
        }
        let count = weights.stored.rowStart[i &+ 1] &- weights.stored.rowStart[i]
        let entries = bonds.rowStart[i]..<bonds.rowStart[i &+ 1]
        guard entries.count < count else { return false }
        expanded.update(repeating: 0, count: count)
        for e in entries {
            let column = Int(bonds.columns[e])
            guard column != missing else { return false }
            expanded[missing >= 0 && column > missing ? column &- 1 : column] = bonds.values[e]
        }
        return true
    }

    /// Pass 1 of row `i` if it is a run row (see ``isRunRow(_:holdsDeltas:)``), or one but for bonds
    /// on fewer columns (see ``expandsBonds(_:holdsDeltas:into:)``, which uses `expanded`): adds every
    /// EMA cell to `sums` and `maxima`, overwrites the cell's ΔB slot with it (see
    /// ``EmaColumns/emaLanes(delta:bonds:_:)``) and returns the number of positive cells and whether
    /// the bonds had the row's columns; nil for other rows.
    ///
    /// The sums and maxima are 32-bit (one `vpmaxud` for a maximum, and fewer instructions than
    /// 64-bit lanes). In the common shape every cell is below 2^32: with ΔB/ΣΔB ≤ 1,
    /// B/ΣB < 1 and a = α · 2^32 below 2^32, a cell is at most a + ⌊(2^32 − a)(2^32 − 1)/2^32⌋ =
    /// 2^32 − 1. A column's cells sum to at most α·ΣΔB/ΣΔB + (1 − α)·ΣB/ΣB = 1, that is 2^32, over
    /// all rows, so its 32-bit sum is exact but for that one value, which wraps to 0 while the
    /// column's maximum is positive (``RunColumnTotals``).
    /// Not inlined: as a function of its own it stays far below the size at which the SIL inliner
    /// stops inlining into a caller (see the EpochSpeed article), so its kernels stay inlined.
    @inline(never)
    func recordRunRow(
        _ i: Int, holdsDeltas: Bool, slots: UnsafeMutablePointer<UInt32>,
        expanded: UnsafeMutablePointer<UInt16>,
        columns: EmaColumns, sums: UnsafeMutablePointer<UInt32>, maxima: UnsafeMutablePointer<UInt32>
    ) -> (positive: Int, sameBonds: Bool)? {
        let bondValues: UnsafePointer<UInt16>
        let sameBonds = isRunRow(i, holdsDeltas: holdsDeltas)
        if sameBonds {
            bondValues =
                UnsafePointer(bonds.values.baseAddress.unsafelyUnwrapped)
                + (bonds.rowStart[i] &- weights.stored.rowStart[i])
        } else if expandsBonds(i, holdsDeltas: holdsDeltas, into: expanded) {
            bondValues = UnsafePointer(expanded) - weights.stored.rowStart[i]
        } else {
            return nil
        }
        let positive = recordRuns(
            i, slots: slots, bondValues: bondValues, columns: columns.commonShape, sums: sums, maxima: maxima)
        return (positive, sameBonds)
    }

    /// The loop of ``recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``, for operands of
    /// the common shape and bonds `bondValues` indexed by weight entry (one copy of the loop only,
    /// which keeps the passes small enough for their kernels to be inlined).
    @inline(__always)
    private func recordRuns(
        _ i: Int, slots: UnsafeMutablePointer<UInt32>, bondValues: UnsafePointer<UInt16>, columns: EmaColumns,
        sums: UnsafeMutablePointer<UInt32>, maxima: UnsafeMutablePointer<UInt32>
    ) -> Int {
        let row = weights.row(i)
        var k = weights.stored.rowStart[i]
        let kStart = k
        let kEnd = weights.stored.rowStart[i &+ 1]
        var zeroLanes = SIMD4<UInt32>(repeating: 0)
        var zeros = 0
        while k < kEnd {
            let (first, length) = row.run(at: k, rowStart: kStart, end: kEnd)
            let end = k &+ length
            let shift = first &- k
            while k &+ 4 <= end {
                let j = k &+ shift
                let delta = SIMD4<Int64>(
                    truncatingIfNeeded: UnsafeRawPointer(slots + k).loadUnaligned(as: SIMD4<UInt32>.self))
                let bond = SIMD4<UInt64>(
                    truncatingIfNeeded: UnsafeRawPointer(bondValues + k).loadUnaligned(as: SIMD4<UInt16>.self)
                )
                let ema = SIMD4<UInt32>(
                    truncatingIfNeeded: columns.commonEmaLanes(delta: delta, bonds: bond, j))
                let sum = UnsafeRawPointer(sums + j).loadUnaligned(as: SIMD4<UInt32>.self) &+ ema
                UnsafeMutableRawPointer(sums + j).storeBytes(of: sum, as: SIMD4<UInt32>.self)
                let previous = UnsafeRawPointer(maxima + j).loadUnaligned(as: SIMD4<UInt32>.self)
                UnsafeMutableRawPointer(maxima + j).storeBytes(
                    of: pointwiseMax(previous, ema), as: SIMD4<UInt32>.self)
                UnsafeMutableRawPointer(slots + k).storeBytes(of: ema, as: SIMD4<UInt32>.self)
                zeroLanes &+= SIMD4<UInt32>(repeating: 0).replacing(with: 1, where: ema .== 0)
                k &+= 4
            }
            while k < end {
                let j = k &+ shift
                let ema = UInt32(
                    truncatingIfNeeded: columns.ema(delta: Int64(slots[k]), bond: bondValues[k], j))
                sums[j] &+= ema
                maxima[j] = max(maxima[j], ema)
                if ema == 0 { zeros &+= 1 }
                slots[k] = ema
                k &+= 1
            }
        }
        return kEnd &- kStart &- zeros &- Int(truncatingIfNeeded: zeroLanes.wrappedSum())
    }
}

/// The 32-bit EMA column sums and maxima of the run rows (see
/// ``ClassicMovingAverage/Kernel/recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``),
/// added into the 64-bit ones of the other rows once the first pass is over.
enum RunColumnTotals {
    /// Adds the run rows' `runSums` and `runMaxima` to `sums` and `maxima`: a 32-bit sum of 0 under a
    /// positive maximum is 2^32.
    static func add(
        _ runSums: [UInt32], _ runMaxima: [UInt32], toSums sums: inout [Int64], maxima: inout [Int64]
    ) {
        for j in sums.indices {
            let maximum = Int64(runMaxima[j])
            sums[j] &+= runSums[j] == 0 && maximum > 0 ? 1 << 32 : Int64(runSums[j])
            maxima[j] = max(maxima[j], maximum)
        }
    }
}

extension ClassicMovingAverage.Kernel {
    /// Pass 2 of run row `i` from the EMA its slots hold: returns D_i = Σ_j colnorm(EMA)_ij I_j and,
    /// when `stores`, appends the row's stored u16 cells; only for operands of the common shape and,
    /// for a stored row, with every cell positive (other rows take the general pass, which replays
    /// the same slots four at a time and recomputes the rest).
    /// Not inlined, like ``recordRunRow(_:holdsDeltas:slots:expanded:columns:sums:maxima:)``.
    @inline(never)
    func replayRunRow(
        _ i: Int, slots: UnsafePointer<UInt32>, columns: DividendColumns, stores: Bool, allPositive: Bool,
        writer: UnsafeMutablePointer<StoredBondsBuilder.Writer>
    ) -> Int64 {
        replayRuns(
            i, slots: slots, columns: columns.commonShape, stores: stores, allPositive: allPositive,
            writer: writer)
    }

    /// ``replayRunRow(_:slots:columns:stores:allPositive:writer:)`` for operands of the common shape.
    @inline(__always)
    private func replayRuns(
        _ i: Int, slots: UnsafePointer<UInt32>, columns: DividendColumns, stores: Bool, allPositive: Bool,
        writer: UnsafeMutablePointer<StoredBondsBuilder.Writer>
    ) -> Int64 {
        let row = weights.row(i)
        let k = weights.stored.rowStart[i]
        let kEnd = weights.stored.rowStart[i &+ 1]
        assert(!stores || allPositive, "a stored run row replays only when every cell is positive")
        if stores, k < kEnd {
            // Every cell is stored, in the order of the weight entries: written in place.
            let kStart = k
            let sum = replayLoop(i, slots: slots, columns: columns, out: writer.pointee.valueCursor - kStart)
            if let missing = row.rule.missingColumn {
                writer.pointee.advance(count: kEnd &- kStart, columnsExcept: missing)
            } else {
                writer.pointee.advance(
                    count: kEnd &- kStart, columns: row.columns.baseAddress.unsafelyUnwrapped + kStart)
            }
            return sum
        }
        return replayLoop(i, slots: slots, columns: columns, out: nil)
    }

    /// The loop of ``replayRuns(_:slots:columns:stores:allPositive:writer:)``; the stored u16 of
    /// entry `k` goes to `out[k]` when `out` is given.
    @inline(__always)
    private func replayLoop(
        _ i: Int, slots: UnsafePointer<UInt32>, columns: DividendColumns, out: UnsafeMutablePointer<UInt16>?
    ) -> Int64 {
        let row = weights.row(i)
        var k = weights.stored.rowStart[i]
        let kStart = k
        let kEnd = weights.stored.rowStart[i &+ 1]
        var laneSum = SIMD4<Int64>(repeating: 0)
        var sum: Int64 = 0
        while k < kEnd {
            let (first, length) = row.run(at: k, rowStart: kStart, end: kEnd)
            let end = k &+ length
            let shift = first &- k
            while k &+ 4 <= end {
                let j = k &+ shift
                let ema = SIMD4<Int64>(
                    truncatingIfNeeded: UnsafeRawPointer(slots + k).loadUnaligned(as: SIMD4<UInt32>.self))
                let lanes = columns.commonLanes(ema, j)
                laneSum &+= lanes.dividends
                if let out {
                    UnsafeMutableRawPointer(out + k).storeBytes(of: lanes.stored, as: SIMD4<UInt16>.self)
                }
                k &+= 4
            }
            while k < end {
                let j = k &+ shift
                let ema = Int64(slots[k])
                if ema > 0 {
                    let normalized = columns.normalized(ema, j)
                    sum &+= proportionProduct(columns.incentive[j], normalized)
                    out?[k] = columns.stored(normalized, j)
                }
                k &+= 1
            }
        }
        return sum &+ laneSum.wrappedSum()
    }
}
