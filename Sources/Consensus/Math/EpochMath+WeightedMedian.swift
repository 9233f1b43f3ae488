import FixedPoint

extension EpochMath {
    /// `weighted_median_col_sparse`: the stake-weighted median of every column of `scores`.
    ///
    /// Rows with positive stake vote (renormalized to sum 1); a row without an entry in a column votes 0.
    /// The chain's recursive partition returns, for `minority = Σstake − majority`, the smallest score x
    /// with `Σ{stake : score ≤ x} > minority`, or the largest score when no x qualifies, or 0 when no
    /// row has stake. Proportion scores (every score in `0...2^32`, as row-normalized weights are) take
    /// the 32-bit path of ``proportionMedianColumns(stake:scores:columns:majority:)``; other inputs
    /// ``wideMedianColumns(stake:scores:columns:majority:)``. Both compute exactly that value.
    static func weightedMedianColumns<Scores: ScoreRows>(
        stake: [I32F32], scores: Scores, columns: Int, majority: I32F32
    ) -> [I32F32] where Scores.Reader.Row: ProportionRow {
        if let median = proportionMedianColumns(
            stake: stake, scores: scores, columns: columns, majority: majority)
        {
            return median
        }
        return wideMedianColumns(stake: stake, scores: scores, columns: columns, majority: majority)
    }

    /// ``weightedMedianColumns(stake:scores:columns:majority:)`` on 64-bit scores and stakes, for any
    /// scores: the positive scores of a block of columns are gathered column by column (the block sized
    /// to stay in cache), and each column is resolved by a radix selection on exact integer stake sums
    /// (see ``weightedSelect(values:stakes:low:high:target:histogram:)``).
    static func wideMedianColumns<Scores: ScoreRows>(
        stake: [I32F32], scores: Scores, columns: Int, majority: I32F32
    ) -> [I32F32] {
        let voters = stake.indices.filter { stake[$0] > .zero }
        guard !voters.isEmpty else { return [I32F32](repeating: .zero, count: columns) }
        let useStake = normalize(voters.map { stake[$0] }).map(\.raw)
        let stakeSum = useStake.map(I32F32.init(raw:)).saturatingSum().raw
        let minority = I32F32(raw: stakeSum).saturatingSub(majority).raw

        // A tile holds a block of columns for every voter, row by row (voter v at v·stride), sized to
        // stay in cache (about 128 KiB, at least 16 columns); each column is then read down the tile.
        let slots = voters.count
        let width = max(1, min(columns, max(16, (1 << 14) / slots)))
        // Tile rows lie `stride` apart: one cache line more than the block, so that a column's scores
        // fall into different L1 sets instead of one set when the width is a large power of two.
        let stride = width + 8
        let scratch = MedianScratch(
            voters: voters.map { scores.entries(ofRow: $0) }, width: stride, buckets: 1 << selectBits)
        defer { scratch.deallocate() }
        var median = [I32F32](repeating: .zero, count: columns)
        scores.withReader { reader in
            useStake.withUnsafeBufferPointer { useStake in
                var blockStart = 0
                while blockStart < columns {
                    let blockEnd = min(columns, blockStart + width)
                    // Gather the block: max(score, 0) per voter and column, 0 where absent.
                    // Rows are read a few entries at a time, each from a different place in memory:
                    // the entries of the voter `touchAhead` rows on are prefetched, so that several
                    // cache misses are under way at once instead of one at the start of every row.
                    for v in 0..<slots {
                        let ahead = v &+ touchAhead
                        if ahead < slots, scratch.cursor[ahead] < scratch.rowEnd[ahead] {
                            reader.row(voters[ahead]).prefetch(scratch.cursor[ahead], count: 1)
                        }
                        let tileRow = UnsafeMutableBufferPointer(
                            rebasing: scratch.tile[(v * stride)..<(v * stride + width)])
                        let row = reader.row(voters[v])
                        if !row.fillsBlock(
                            from: scratch.cursor[v], to: scratch.rowEnd[v], blockStart: blockStart,
                            blockEnd: blockEnd)
                        {
                            tileRow.update(repeating: 0)
                        }
                        scratch.cursor[v] = row.gather(
                            from: scratch.cursor[v], to: scratch.rowEnd[v], blockStart: blockStart,
                            blockEnd: blockEnd,
                            into: tileRow)
                    }
                    // Columns four at a time: their positive counts, stakes and bounds in lanes.
                    var c = 0
                    while c < blockEnd - blockStart {
                        let lanes = min(4, blockEnd - blockStart - c)
                        // Four columns: their statistics in lanes, and the columns copied out
                        // contiguously so that the passes of the selection read memory in order.
                        let stats =
                            lanes == 4
                            ? ColumnStats.lanes(scratch, column: c, width: stride, stake: useStake)
                            : nil
                        for lane in 0..<lanes {
                            let column =
                                stats?[lane]
                                ?? ColumnStats(scratch, column: c + lane, width: stride, stake: useStake)
                            let scores =
                                stats == nil
                                ? UnsafePointer(scratch.tile.baseAddress.map { $0 + c + lane })
                                : UnsafePointer(scratch.columns.baseAddress.map { $0 + lane * slots })
                            median[blockStart + c + lane] = I32F32(
                                raw: Int64(
                                    bitPattern: columnMedian(
                                        scratch, scores: scores, step: stats == nil ? stride : 1,
                                        stats: column, stake: useStake,
                                        stakeSum: stakeSum, minority: minority)))
                        }
                        c += lanes
                    }
                    blockStart = blockEnd
                }
            }
        }
        return median
    }

    /// The median of the column whose scores lie `step` apart from `scores`, whose positive scores
    /// `stats` describes; voters without a positive score vote 0. The first radix level of
    /// ``weightedSelect(values:stakes:low:high:target:histogram:)`` runs on the column in place, so only
    /// the entries of the crossing bucket are copied out.
    @inline(__always)
    private static func columnMedian(
        _ scratch: MedianScratch, scores: UnsafePointer<UInt64>?, step width: Int, stats: ColumnStats,
        stake: UnsafeBufferPointer<Int64>,
        stakeSum: Int64, minority: Int64
    ) -> UInt64 {
        let slots = stake.count
        let hasZero = stats.positive < slots
        let zeroStake = stakeSum &- stats.positiveStake
        if stats.positive == 0 || (hasZero && zeroStake > minority) { return 0 }
        var target = hasZero ? minority &- zeroStake : minority
        var low = stats.low
        var high = stats.high
        var kept = 0
        // The column's scores, `width` apart in the tile; raw pointers keep the loops free of checks.
        guard let column = scores, let stakes = stake.baseAddress,
            let values = scratch.values.baseAddress, let keptStakes = scratch.stakes.baseAddress
        else { return 0 }
        if stats.positive <= 24 || low == high {
            // Copy the positive entries out (branch-free) and select among them.
            var score = column
            for v in 0..<slots {
                let value = score.pointee
                values[kept] = value
                keptStakes[kept] = stakes[v]
                kept &+= value > 0 ? 1 : 0
                score += width
            }
        } else {
            let level = RadixLevel(count: stats.positive, low: low, high: high)
            let histogram = scratch.histogram
            for b in 0..<level.buckets { histogram[b] = 0 }
            var score = column
            for v in 0..<slots {
                let value = score.pointee
                let positive = value > 0
                histogram[level.bucket(positive ? value : low)] &+= positive ? stakes[v] : 0
                score += width
            }
            guard let (chosen, before) = level.crossing(histogram, target: target) else { return high }
            target &-= before
            low = .max
            high = 0
            // About one entry in `buckets` falls in the chosen bucket: a predictable branch.
            score = column
            for v in 0..<slots {
                let value = score.pointee
                score += width
                if value > 0, level.bucket(value) == chosen {
                    values[kept] = value
                    keptStakes[kept] = stakes[v]
                    kept &+= 1
                    low = min(low, value)
                    high = max(high, value)
                }
            }
        }
        return weightedSelect(
            values: UnsafeMutableBufferPointer(rebasing: scratch.values[0..<kept]),
            stakes: UnsafeMutableBufferPointer(rebasing: scratch.stakes[0..<kept]),
            low: low, high: high, target: target, histogram: scratch.histogram)
    }

    /// How many voters ahead the gather loads a row's next entries.
    private static let touchAhead = 16

    /// Bits of the widest radix level (at most 2^selectBits buckets).
    private static let selectBits = 8

    /// `weighted_median_col` on a dense score matrix (rows × columns), for callers outside the epoch.
    public static func weightedMedianColumns(
        stake: [I32F32], scores: [[I32F32]], majority: I32F32
    ) -> [I32F32] {
        let columns = scores.first?.count ?? 0
        var rows = FixedRows(rowStart: [0], columns: [], values: [])
        for row in scores {
            for (j, value) in row.enumerated() where value != .zero {
                rows.columns.append(UInt16(truncatingIfNeeded: j))
                rows.values.append(value.raw)
            }
            rows.rowStart.append(rows.columns.count)
        }
        return weightedMedianColumns(stake: stake, scores: rows, columns: columns, majority: majority)
    }
}

/// How many positive scores a tile column has, their stake and their bounds.
private struct ColumnStats {
    var positive = 0
    var positiveStake: Int64 = 0
    var low = UInt64.max
    var high: UInt64 = 0

    /// The statistics of column `c`.
    @inline(__always)
    init(_ scratch: MedianScratch, column c: Int, width: Int, stake: UnsafeBufferPointer<Int64>) {
        for v in 0..<stake.count {
            let score = scratch.tile[v &* width &+ c]
            let isPositive = score > 0
            positive &+= isPositive ? 1 : 0
            positiveStake &+= isPositive ? stake[v] : 0
            low = min(low, isPositive ? score : .max)
            high = max(high, score)
        }
    }

    init(positive: Int, positiveStake: Int64, low: UInt64, high: UInt64) {
        self.positive = positive
        self.positiveStake = positiveStake
        self.low = low
        self.high = high
    }

    /// The statistics of columns `c..<c + 4` at once (adjacent in each tile row).
    @inline(__always)
    static func lanes(
        _ scratch: MedianScratch, column c: Int, width: Int, stake: UnsafeBufferPointer<Int64>
    ) -> Lanes {
        var count = SIMD4<Int64>(repeating: 0)
        var stakes = SIMD4<Int64>(repeating: 0)
        var low = SIMD4<UInt64>(repeating: .max)
        var high = SIMD4<UInt64>(repeating: 0)
        let tile = UnsafeBufferPointer(scratch.tile)
        let slots = stake.count
        let columns = scratch.columns
        for v in 0..<slots {
            let score = ProportionLanes.load(tile, v &* width &+ c)
            columns[v] = score[0]
            columns[slots &+ v] = score[1]
            columns[2 &* slots &+ v] = score[2]
            columns[3 &* slots &+ v] = score[3]
            let positive = score .> 0
            count.replace(with: count &+ 1, where: positive)
            stakes.replace(with: stakes &+ stake[v], where: positive)
            low.replace(with: score, where: positive .& (score .< low))
            high.replace(with: score, where: score .> high)
        }
        return Lanes(count: count, stakes: stakes, low: low, high: high)
    }

    /// Four columns' statistics in lanes.
    struct Lanes {
        let count: SIMD4<Int64>
        let stakes: SIMD4<Int64>
        let low: SIMD4<UInt64>
        let high: SIMD4<UInt64>

        subscript(lane: Int) -> ColumnStats {
            ColumnStats(
                positive: Int(count[lane]), positiveStake: stakes[lane], low: low[lane], high: high[lane])
        }
    }
}

/// The working memory of ``EpochMath/weightedMedianColumns(stake:scores:columns:majority:)``.
private struct MedianScratch {
    /// The block of scores, voter by voter.
    let tile: UnsafeMutableBufferPointer<UInt64>
    /// One column's positive scores and their stakes.
    let values: UnsafeMutableBufferPointer<UInt64>
    let stakes: UnsafeMutableBufferPointer<Int64>
    let histogram: UnsafeMutableBufferPointer<Int64>
    /// Four columns of the tile, one after the other (voter by voter within each).
    let columns: UnsafeMutableBufferPointer<UInt64>
    /// Each voter's next entry, and the end of its row.
    let cursor: UnsafeMutableBufferPointer<Int>
    let rowEnd: UnsafeMutableBufferPointer<Int>

    init(voters: [Range<Int>], width: Int, buckets: Int) {
        tile = .allocate(capacity: width * voters.count)
        tile.initialize(repeating: 0)
        values = .allocate(capacity: voters.count)
        values.initialize(repeating: 0)
        stakes = .allocate(capacity: voters.count)
        stakes.initialize(repeating: 0)
        histogram = .allocate(capacity: buckets)
        histogram.initialize(repeating: 0)
        columns = .allocate(capacity: 4 * voters.count)
        columns.initialize(repeating: 0)
        cursor = .allocate(capacity: voters.count)
        _ = cursor.initialize(from: voters.map(\.lowerBound))
        rowEnd = .allocate(capacity: voters.count)
        _ = rowEnd.initialize(from: voters.map(\.upperBound))
    }

    func deallocate() {
        for buffer in [tile, values, columns] { buffer.deallocate() }
        for buffer in [stakes, histogram] { buffer.deallocate() }
        for buffer in [cursor, rowEnd] { buffer.deallocate() }
    }
}
