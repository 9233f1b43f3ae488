import FixedPoint

extension EpochMath {
    /// `weighted_median_col_sparse`: the stake-weighted median of every column of `scores`.
    ///
    /// Rows with positive stake vote (renormalized to sum 1); a row without an entry in a column votes 0.
    /// The chain's recursive partition returns, for `minority = Σstake − majority`, the smallest score x
    /// with `Σ{stake : score ≤ x} > minority`, or the largest score when no x qualifies, or 0 when no
    /// row has stake. This computes exactly that value with an in-place weighted selection per column,
    /// gathering columns in blocks so memory stays small for dense matrices.
    static func weightedMedianColumns(
        stake: [I32F32], scores: FixedRows, columns: Int, majority: I32F32
    ) -> [I32F32] {
        let voters = stake.indices.filter { stake[$0] > .zero }
        guard !voters.isEmpty else { return [I32F32](repeating: .zero, count: columns) }
        let useStake = normalize(voters.map { stake[$0] })
        let stakeSum = useStake.saturatingSum()
        let minority = stakeSum.saturatingSub(majority)

        var median = [I32F32](repeating: .zero, count: columns)
        var cursor = voters.map { scores.rowStart[$0] }
        let rowEnd = voters.map { scores.rowStart[$0 + 1] }
        let blockWidth = max(1, min(columns, (1 << 21) / max(1, voters.count)))
        var counts = [Int](repeating: 0, count: blockWidth + 1)
        var values = [Int64]()
        var weights = [Int64]()

        var blockStart = 0
        while blockStart < columns {
            let blockEnd = min(columns, blockStart + blockWidth)
            // Count this block's entries per column.
            for c in 0...blockWidth { counts[c] = 0 }
            for v in voters.indices {
                var k = cursor[v]
                while k < rowEnd[v], Int(scores.columns[k]) < blockEnd {
                    counts[Int(scores.columns[k]) - blockStart + 1] += 1
                    k += 1
                }
            }
            for c in 0..<blockWidth { counts[c + 1] += counts[c] }
            let total = counts[blockWidth]
            if values.count < total {
                values = [Int64](repeating: 0, count: total)
                weights = [Int64](repeating: 0, count: total)
            }
            // Scatter (score, stake) pairs column by column; counts[c] becomes column c's fill position.
            for v in voters.indices {
                var k = cursor[v]
                let s = useStake[v].raw
                while k < rowEnd[v], Int(scores.columns[k]) < blockEnd {
                    let c = Int(scores.columns[k]) - blockStart
                    values[counts[c]] = scores.values[k]
                    weights[counts[c]] = s
                    counts[c] += 1
                    k += 1
                }
                cursor[v] = k
            }
            // counts[c] now ends column c; column c starts where column c - 1 ended.
            var start = 0
            for c in 0..<(blockEnd - blockStart) {
                let end = counts[c]
                median[blockStart + c] = I32F32(
                    raw: values.withUnsafeMutableBufferPointer { vals in
                        weights.withUnsafeMutableBufferPointer { wts in
                            columnMedian(
                                values: UnsafeMutableBufferPointer(rebasing: vals[start..<end]),
                                stakes: UnsafeMutableBufferPointer(rebasing: wts[start..<end]),
                                voterCount: voters.count, stakeSum: stakeSum.raw, minority: minority.raw)
                        }
                    })
                start = end
            }
            blockStart = blockEnd
        }
        return median
    }

    /// The median of one column from its present entries; absent voters count as score 0.
    @inline(__always)
    private static func columnMedian(
        values: UnsafeMutableBufferPointer<Int64>, stakes: UnsafeMutableBufferPointer<Int64>,
        voterCount: Int, stakeSum: Int64, minority: Int64
    ) -> Int64 {
        // Move positive scores to the front; every other voter scores 0.
        var positive = 0
        var positiveStake: Int64 = 0
        for k in 0..<values.count where values[k] > 0 {
            values.swapAt(k, positive)
            stakes.swapAt(k, positive)
            positiveStake &+= stakes[positive]
            positive += 1
        }
        let hasZero = positive < voterCount
        let zeroStake = stakeSum &- positiveStake
        if hasZero, zeroStake > minority { return 0 }
        if positive == 0 { return 0 }
        let target = hasZero ? minority &- zeroStake : minority
        return weightedSelect(
            values: UnsafeMutableBufferPointer(rebasing: values[0..<positive]),
            stakes: UnsafeMutableBufferPointer(rebasing: stakes[0..<positive]), target: target)
    }

    /// The smallest value x with `Σ{stake : value ≤ x} > target`, or the largest value if none; the
    /// buffers are reordered. Quickselect with a three-way partition around a median-of-three pivot.
    private static func weightedSelect(
        values: UnsafeMutableBufferPointer<Int64>, stakes: UnsafeMutableBufferPointer<Int64>, target: Int64
    ) -> Int64 {
        var lo = 0
        var hi = values.count
        var target = target
        while hi - lo > 16 {
            let a = values[lo]
            let b = values[(lo + hi) >> 1]
            let c = values[hi - 1]
            let pivot = max(min(a, b), min(max(a, b), c))
            // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot.
            var lt = lo
            var i = lo
            var gt = hi - 1
            var lowerStake: Int64 = 0
            var equalStake: Int64 = 0
            while i <= gt {
                let v = values[i]
                if v < pivot {
                    lowerStake &+= stakes[i]
                    values.swapAt(i, lt)
                    stakes.swapAt(i, lt)
                    lt += 1
                    i += 1
                } else if v > pivot {
                    values.swapAt(i, gt)
                    stakes.swapAt(i, gt)
                    gt -= 1
                } else {
                    equalStake &+= stakes[i]
                    i += 1
                }
            }
            if lowerStake > target, lt > lo {
                hi = lt
            } else if lowerStake &+ equalStake > target {
                return pivot
            } else if gt + 1 < hi {
                target &-= lowerStake &+ equalStake
                lo = gt + 1
            } else {
                return pivot
            }
        }
        // Small range: insertion sort, then walk the cumulative stake.
        if lo + 1 < hi {
            for i in (lo + 1)..<hi {
                let v = values[i]
                let s = stakes[i]
                var j = i - 1
                while j >= lo, values[j] > v {
                    values[j + 1] = values[j]
                    stakes[j + 1] = stakes[j]
                    j -= 1
                }
                values[j + 1] = v
                stakes[j + 1] = s
            }
        }
        var cumulative: Int64 = 0
        var k = lo
        while k < hi {
            let v = values[k]
            while k < hi, values[k] == v {
                cumulative &+= stakes[k]
                k += 1
            }
            if cumulative > target { return v }
        }
        return hi > lo ? values[hi - 1] : 0
    }

    /// `weighted_median_col` on a dense score matrix (rows × columns), for callers outside the epoch.
    public static func weightedMedianColumns(
        stake: [I32F32], scores: [[I32F32]], majority: I32F32
    ) -> [I32F32] {
        let columns = scores.first?.count ?? 0
        var rows = FixedRows(rowStart: [0], columns: [], values: [])
        for row in scores {
            for (j, value) in row.enumerated() where value != .zero {
                rows.columns.append(UInt16(j))
                rows.values.append(value.raw)
            }
            rows.rowStart.append(rows.columns.count)
        }
        return weightedMedianColumns(stake: stake, scores: rows, columns: columns, majority: majority)
    }
}
