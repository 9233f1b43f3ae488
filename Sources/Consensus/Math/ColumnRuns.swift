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
            if Int(columns[k &+ middle &- 1]) == first &+ middle &- 1 { low = middle } else { high = middle &- 1 }
        }
        return low
    }

    /// Whether two sorted rows of `count` entries have the same columns: equal first and last columns
    /// of runs that are consecutive decide at once; otherwise entry by entry.
    @inline(__always)
    static func same(
        _ x: UnsafeBufferPointer<UInt16>, from xStart: Int, _ y: UnsafeBufferPointer<UInt16>, from yStart: Int,
        count: Int
    ) -> Bool {
        guard count > 0 else { return true }
        let first = x[xStart]
        guard first == y[yStart] else { return false }
        let last = count &- 1
        if Int(x[xStart &+ last]) == Int(first) &+ last { return Int(y[yStart &+ last]) == Int(first) &+ last }
        var difference: UInt16 = 0
        for t in 0..<count { difference |= x[xStart &+ t] ^ y[yStart &+ t] }
        return difference == 0
    }
}
