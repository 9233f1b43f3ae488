extension ClassicMovingAverage.Kernel {
    /// Calls `visitor.cell(j, EMA_ij)` for the positive cells of row `i`, by column; under
    /// ``ProportionArithmetic``, four consecutive columns present in both the weights and the bonds
    /// may instead go to `visitor.lanes(j, EMA)`, zero lanes included; those lanes are recorded to or
    /// replayed from `cache`, in the slots of their weight entries, where ΔB may wait for them (see
    /// ``Support``). Which cells go in lanes depends on the layout only, so both passes agree.
    @inline(__always)
    func forEachCell<A: CellArithmetic, V: CellVisitor>(
        row i: Int, arithmetic: A.Type, visitor: inout V, cache: inout LaneCache
    ) {
        let row = weights.row(i)
        let a = activeStake[i]
        let weightEntries = row.rule.permitted ? weights.entries(ofRow: i) : 0..<0
        var k = weightEntries.lowerBound
        let kEnd = weightEntries.upperBound
        var b = bonds.rowStart[i]
        let bEnd = bonds.rowStart[i + 1]
        let inLanes = A.self == ProportionArithmetic.self && lanesReady && !row.rule.checkOutdated
        let stake = SIMD4<Int64>(repeating: a)
        // The common case: bonds on exactly the weighted columns, in runs of consecutive columns.
        if inLanes, kEnd &- k == bEnd &- b,
            row.hasColumns(of: bonds.columns, from: b, rowStart: k, end: kEnd)
        {
            let rowStart = k
            while k < kEnd {
                let start = k
                let (first, length) = row.run(at: k, rowStart: rowStart, end: kEnd)
                let end = k &+ length
                while k &+ 4 <= end {
                    let j = first &+ (k &- start)
                    visitor.lanes(
                        j, cache.replaying ? cache.lanes(at: k) : recordedLanes(row, k, b, j, stake, &cache))
                    k &+= 4
                    b &+= 4
                }
                while k < end {
                    cell(row, k, b, stake: a, A.self, &visitor)
                    k &+= 1
                    b &+= 1
                }
            }
            return
        }
        // Otherwise merge the two rows by column; four consecutive columns present in both still
        // go in lanes.
        while k < kEnd || b < bEnd {
            if inLanes, k &+ 4 <= kEnd, b &+ 4 <= bEnd {
                let j = row.column(k)
                if Int(bonds.columns[b]) == j, row.column(k &+ 3) == j &+ 3,
                    Int(bonds.columns[b &+ 3]) == j &+ 3
                {
                    visitor.lanes(
                        j, cache.replaying ? cache.lanes(at: k) : recordedLanes(row, k, b, j, stake, &cache))
                    k &+= 4
                    b &+= 4
                    continue
                }
            }
            let jw = k < kEnd ? row.column(k) : Int.max
            let jb = b < bEnd ? Int(bonds.columns[b]) : Int.max
            let j = min(jw, jb)
            var value: Int64 = 0
            if jw == j {
                value = deltaTerm(row, k, j, stake: a, A.self)
                k += 1
            }
            if jb == j {
                value = A.sum(value, bondTerm(b, j, A.self))
                b += 1
            }
            if value > 0 { visitor.cell(j, value) }
        }
    }

    /// The cell at weight entry `k` and bond entry `b` (the same column).
    @inline(__always)
    private func cell<A: CellArithmetic, V: CellVisitor>(
        _ row: MaskedWeights.Row, _ k: Int, _ b: Int, stake a: Int64, _: A.Type, _ visitor: inout V
    ) {
        let j = row.column(k)
        let value = A.sum(deltaTerm(row, k, j, stake: a, A.self), bondTerm(b, j, A.self))
        if value > 0 { visitor.cell(j, value) }
    }

    /// The EMA of the four cells of columns `j...` at weight entries `k...` and bond entries `b...`,
    /// computed (from the ΔB `cache` holds, if any) and recorded.
    @inline(__always)
    private func recordedLanes(
        _ row: MaskedWeights.Row, _ k: Int, _ b: Int, _ j: Int, _ stake: SIMD4<Int64>,
        _ cache: inout LaneCache
    ) -> SIMD4<Int64> {
        let delta = cache.holdsDeltas ? cache.lanes(at: k) : deltaLanes(row, k, j, stake: stake)
        let values = emaLanes(delta: delta, b, j)
        cache.record(values, at: k)
        return values
    }
}
