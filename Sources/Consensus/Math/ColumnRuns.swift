/// Runs of consecutive columns in a sorted sparse row.
///
/// Within a row the columns strictly increase, so `columns[k + t] == columns[k] + t` holds for every
/// `t` below the run's length and for none above it: the predicate is monotone, and the run's end is
/// found by checking the longest possible run first (one comparison for a full row) and otherwise by
/// binary search, instead of a scan that costs a compare and a branch per entry.
enum ColumnRuns {
    /// The length of the run of consecutive columns that starts at entry `k` (column `first`), looking
    /// at entries before `end` and columns below `limit` only.
    @inline(__always)
    static func length(
        _ columns: UnsafeBufferPointer<UInt16>, from k: Int, to end: Int, first: Int, limit: Int = .max
    ) -> Int {
        // The longest run possible; columns[k + t] == first + t holds for t = 0.
        var high = min(end &- k, limit &- first)
        if high <= 1 || Int(columns[k &+ high &- 1]) == first &+ high &- 1 { return max(high, 0) }
        // Invariant: the run holds `low` entries and fewer than `high`.
        var low = 1
        high &-= 1
        while low < high {
            let middle = low &+ (high &- low &+ 1) / 2
            if Int(columns[k &+ middle &- 1]) == first &+ middle &- 1 {
                low = middle
            } else {
                high = middle &- 1
            }
        }
        return low
    }

    /// Whether two sorted rows of `count` entries have the same columns.
    ///
    /// Row `y` strictly increases too, so where `x` has a run of `L` consecutive columns from entry
    /// `t`, `y` has the same `L` columns there exactly when its entries `t` and `t + L − 1` equal the
    /// run's first and last column: long runs are settled by two comparisons each. Once a run is
    /// shorter than ``shortRun`` the rest of the row is compared entry by entry.
    @inline(__always)
    static func same(
        _ x: UnsafeBufferPointer<UInt16>, from xStart: Int, _ y: UnsafeBufferPointer<UInt16>,
        from yStart: Int,
        count: Int
    ) -> Bool {
        var t = 0
        while t < count {
            let first = Int(x[xStart &+ t])
            guard Int(y[yStart &+ t]) == first else { return false }
            let run = length(x, from: xStart &+ t, to: xStart &+ count, first: first)
            guard Int(y[yStart &+ t &+ run &- 1]) == first &+ run &- 1 else { return false }
            t &+= run
            if run < shortRun {
                return sameEntries(x, from: xStart &+ t, y, from: yStart &+ t, count: count &- t)
            }
        }
        return true
    }

    /// The run length below which ``same(_:from:_:from:count:)`` compares entry by entry (a run costs
    /// a binary search).
    static let shortRun = 16

    /// Whether `count` entries of `x` from `xStart` equal those of `y` from `yStart`.
    @inline(__always)
    static func sameEntries(
        _ x: UnsafeBufferPointer<UInt16>, from xStart: Int, _ y: UnsafeBufferPointer<UInt16>,
        from yStart: Int,
        count: Int
    ) -> Bool {
        var difference: UInt16 = 0
        for t in 0..<count { difference |= x[xStart &+ t] ^ y[yStart &+ t] }
        return difference == 0
    }
}
