import FixedPoint

/// Rows of scores the weighted median reads: a score per entry, with entries sorted by column.
protocol ScoreRows {
    /// The entries of row `i`.
    func entries(ofRow i: Int) -> Range<Int>
    /// Calls `body` with a reader of this matrix valid for the duration of the call.
    func withReader<R>(_ body: (Reader) -> R) -> R
    associatedtype Reader: ScoreReader
}

/// Unsafe access to the rows of a ``ScoreRows``.
protocol ScoreReader {
    associatedtype Row: ScoreRow
    /// Row `i`.
    func row(_ i: Int) -> Row
}

/// Unsafe access to the entries of one row.
protocol ScoreRow {
    /// The column of entry `k`.
    func column(_ k: Int) -> Int
    /// The raw score of entry `k`; negative when the entry is not in the matrix.
    func score(_ k: Int) -> Int64
    /// Asks for the cache lines of the stored columns and values of the `count` entries from `k`
    /// (inside the row; see ``Prefetch``).
    func prefetch(_ k: Int, count: Int)
    /// Whether ``gather(from:to:blockStart:blockEnd:into:)`` from entry `k` writes every column of
    /// `blockStart..<blockEnd` (so that the tile row need not be cleared first).
    func fillsBlock(from k: Int, to end: Int, blockStart: Int, blockEnd: Int) -> Bool
    /// Writes max(score, 0) of the entries `k..<end` whose column is below `blockEnd` to
    /// `tile[column − blockStart]` and returns the first entry not written.
    func gather(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int,
        into tile: UnsafeMutableBufferPointer<UInt64>
    ) -> Int
}

extension ScoreRow {

    /// Every entry is written: the block is filled when the entries from `k` are exactly its columns
    /// (sorted distinct columns: the first and the last one decide).
    @inline(__always)
    func fillsBlock(from k: Int, to end: Int, blockStart: Int, blockEnd: Int) -> Bool {
        let last = k &+ (blockEnd &- blockStart) &- 1
        return last < end && column(k) == blockStart && column(last) == blockEnd &- 1
    }

    @inline(__always)
    func gather(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int,
        into tile: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        gatherEntryByEntry(from: k, to: end, blockStart: blockStart, blockEnd: blockEnd, into: tile)
    }

    /// The plain gather: one entry at a time through ``column(_:)`` and ``score(_:)``.
    @inline(__always)
    func gatherEntryByEntry(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int,
        into tile: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var k = k
        while k < end {
            let j = column(k)
            if j >= blockEnd { break }
            tile[j - blockStart] = UInt64(bitPattern: max(score(k), 0))
            k += 1
        }
        return k
    }
}

extension FixedRows: ScoreRows {
    func entries(ofRow i: Int) -> Range<Int> { rowStart[i]..<rowStart[i + 1] }

    func withReader<R>(_ body: (Reader) -> R) -> R {
        columns.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in body(Reader(columns: columns, values: values)) }
        }
    }

    /// Entry access without bounds checks.
    struct Reader: ScoreReader, ScoreRow {
        let columns: UnsafeBufferPointer<UInt16>
        let values: UnsafeBufferPointer<Int64>

        @inline(__always) func row(_ i: Int) -> Reader { self }
        @inline(__always) func column(_ k: Int) -> Int { Int(columns[k]) }
        @inline(__always) func score(_ k: Int) -> Int64 { values[k] }

        @inline(__always)
        func prefetch(_ k: Int, count: Int) {
            Prefetch.lines(columns, k, count: count)
            Prefetch.lines(values, k, count: count)
        }
    }
}
