/// The classic passes over a "run row": a permitted row masked only on the diagonal whose bonds sit
/// on exactly its weighted columns, every weight slot holding ΔB from ``Support`` (β ∈ {0, 1}, every
/// a_i below 1) and every divisor lane-safe. Such rows (in a subnet built by `set_weights`, nearly
/// all validator rows) are read run by run without per-cell bookkeeping: the first pass writes every
/// cell's EMA into its slot, the second replays every slot, so both passes agree on all cells.
extension ClassicMovingAverage.Kernel {
    /// What the first pass learned about a run row.
    struct RunRowRecord {
        /// The number of positive EMA cells.
        var count = 0
        /// Whether some EMA cell reached 2^32 (then its slot does not hold it: the second pass must
        /// recompute).
        var overflow = false
    }

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
        return ColumnRuns.same(row.columns, from: k, bonds.columns, from: b, count: kEnd &- k)
    }

    /// Pass 1 of run row `i`: adds every EMA cell to `sums` and `maxima` and overwrites the cell's
    /// ΔB slot with it (see ``EmaColumns/emaLanes(delta:bonds:_:)``).
    /// Not inlined: as a function of its own it stays far below the size at which the SIL inliner
    /// stops inlining into a caller (see the EpochSpeed article), so its kernels stay inlined.
    @inline(never)
    func recordRunRow(
        _ i: Int, slots: UnsafeMutablePointer<UInt32>, columns: EmaColumns,
        sums: UnsafeMutablePointer<Int64>, maxima: UnsafeMutablePointer<Int64>
    ) -> RunRowRecord {
        recordRuns(i, slots: slots, columns: columns.commonShape, sums: sums, maxima: maxima)
    }

    /// ``recordRunRow(_:slots:columns:sums:maxima:)`` for operands of the common shape (one copy of
    /// the loop only, which keeps the passes small enough for their kernels to be inlined).
    @inline(__always)
    private func recordRuns(
        _ i: Int, slots: UnsafeMutablePointer<UInt32>, columns: EmaColumns,
        sums: UnsafeMutablePointer<Int64>, maxima: UnsafeMutablePointer<Int64>
    ) -> RunRowRecord {
        let row = weights.row(i)
        var k = weights.stored.rowStart[i]
        let kEnd = weights.stored.rowStart[i &+ 1]
        let b0 = bonds.rowStart[i]
        let bondValues = bonds.values.baseAddress.unsafelyUnwrapped + (b0 &- k)
        var positive = SIMD4<Int64>(repeating: 0)
        var high = SIMD4<Int64>(repeating: 0)
        var record = RunRowRecord()
        while k < kEnd {
            let first = row.column(k)
            let end = k &+ ColumnRuns.length(row.columns, from: k, to: kEnd, first: first)
            let shift = first &- k
            while k &+ 4 <= end {
                let j = k &+ shift
                let delta = SIMD4<Int64>(
                    truncatingIfNeeded: UnsafeRawPointer(slots + k).loadUnaligned(as: SIMD4<UInt32>.self))
                let bond = SIMD4<UInt64>(
                    truncatingIfNeeded: UnsafeRawPointer(bondValues + k).loadUnaligned(as: SIMD4<UInt16>.self)
                )
                let ema = columns.commonEmaLanes(delta: delta, bonds: bond, j)
                let sum = UnsafeRawPointer(sums + j).loadUnaligned(as: SIMD4<Int64>.self) &+ ema
                UnsafeMutableRawPointer(sums + j).storeBytes(of: sum, as: SIMD4<Int64>.self)
                let previous = UnsafeRawPointer(maxima + j).loadUnaligned(as: SIMD4<Int64>.self)
                UnsafeMutableRawPointer(maxima + j).storeBytes(
                    of: pointwiseMax(previous, ema), as: SIMD4<Int64>.self)
                UnsafeMutableRawPointer(slots + k).storeBytes(
                    of: SIMD4<UInt32>(truncatingIfNeeded: ema), as: SIMD4<UInt32>.self)
                positive &+= SIMD4<Int64>(repeating: 0).replacing(with: 1, where: ema .> 0)
                high |= ema
                k &+= 4
            }
            while k < end {
                let j = k &+ shift
                let ema = columns.ema(delta: Int64(slots[k]), bond: bondValues[k], j)
                if ema > 0 {
                    sums[j] &+= ema
                    maxima[j] = max(maxima[j], ema)
                    record.count &+= 1
                }
                slots[k] = UInt32(truncatingIfNeeded: ema)
                high[0] |= ema
                k &+= 1
            }
        }
        record.count &+= Int(truncatingIfNeeded: positive.wrappedSum())
        record.overflow = any((high &>> 32) .!= 0)
        return record
    }
}

extension ClassicMovingAverage.Kernel {
    /// Pass 2 of run row `i` from the EMA its slots hold: returns D_i = Σ_j colnorm(EMA)_ij I_j and,
    /// when `stores`, appends the row's stored u16 cells; only for operands of the common shape and,
    /// for a stored row, with every cell positive (other rows take the general pass, which replays
    /// the same slots four at a time and recomputes the rest).
    /// Not inlined, like ``recordRunRow(_:slots:columns:sums:maxima:)``.
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
        var k = weights.stored.rowStart[i]
        let kEnd = weights.stored.rowStart[i &+ 1]
        assert(!stores || allPositive, "a stored run row replays only when every cell is positive")
        if stores, k < kEnd {
            // Every cell is stored, in the order of the weight entries: written in place.
            let kStart = k
            let sum = replayLoop(i, slots: slots, columns: columns, out: writer.pointee.valueCursor - kStart)
            writer.pointee.advance(
                count: kEnd &- kStart, columns: row.columns.baseAddress.unsafelyUnwrapped + kStart)
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
        let kEnd = weights.stored.rowStart[i &+ 1]
        var laneSum = SIMD4<Int64>(repeating: 0)
        var sum: Int64 = 0
        while k < kEnd {
            let first = row.column(k)
            let end = k &+ ColumnRuns.length(row.columns, from: k, to: kEnd, first: first)
            let shift = first &- k
            while k &+ 4 <= end {
                let j = k &+ shift
                let ema = SIMD4<Int64>(
                    truncatingIfNeeded: UnsafeRawPointer(slots + k).loadUnaligned(as: SIMD4<UInt32>.self))
                let lanes = columns.commonLanes(ema, j)
                laneSum &+= lanes.dividends
                if let out { UnsafeMutableRawPointer(out + k).storeBytes(of: lanes.stored, as: SIMD4<UInt16>.self) }
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
