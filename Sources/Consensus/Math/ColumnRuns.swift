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

extension ColumnRuns {
    /// For a row with an entry in every one of `n` columns but at most one: the missing column, or -1
    /// when none is missing; nil otherwise.
    ///
    /// `likely` is checked first: in a subnet a validator's row lacks its own column. Strictly
    /// increasing columns make that three reads (entries `likely − 1` and `likely`, and the last), all
    /// other rows two run checks; a row whose columns are known this way is read in runs without
    /// looking at its columns again.
    static func missingColumn(
        _ columns: UnsafeBufferPointer<UInt16>, _ entries: Range<Int>, columns n: Int, likely: Int = -1
    ) -> Int? {
        let count = entries.count
        guard count >= n - 1, count <= n, count > 0 else { return nil }
        let start = entries.lowerBound
        let last = entries.upperBound - 1
        if count == n - 1, likely >= 0, likely < n,
            likely == 0 || Int(columns[start + likely - 1]) == likely - 1,
            likely == n - 1 || (Int(columns[start + likely]) == likely + 1 && Int(columns[last]) == n - 1)
        {
            return likely
        }
        // The run from column 0, and what follows it.
        let first = Int(columns[start])
        let head = first == 0 ? length(columns, from: start, to: entries.upperBound, first: 0) : 0
        if head == n { return -1 }
        guard count == n - 1 else { return nil }
        if head == count { return n - 1 }
        let rest = start + head
        let next = Int(columns[rest])
        guard next == head + 1,
            length(columns, from: rest, to: entries.upperBound, first: next) == count - head
        else { return nil }
        return head
    }

    /// The run at entry `k` of a row ending before entry `end`: its first column and length, read
    /// from the columns.
    @inline(__always)
    static func run(at k: Int, in columns: UnsafeBufferPointer<UInt16>, end: Int) -> (first: Int, length: Int)
    {
        let first = Int(columns[k])
        return (first, length(columns, from: k, to: end, first: first))
    }

    /// Asks for the cache lines that ``missingColumn(_:_:columns:likely:)`` reads first in row `i` of
    /// `storage` (its likely missing column being `i`): rows are read one after the other, and each
    /// one's first reads would otherwise wait for memory.
    @inline(__always)
    static func prefetchLayout(_ storage: SparseStorage, row i: Int) {
        let start = storage.rowStart[i]
        let end = storage.rowStart[i &+ 1]
        guard end > start else { return }
        Prefetch.line(storage.columns, min(start &+ i, end &- 1))
        Prefetch.line(storage.columns, end &- 1)
    }

    /// The run at entry `k` of a row whose entries start at `start` and which lacks only column
    /// `missing` (-1: none; see ``missingColumn(_:_:columns:likely:)``): its first column and length,
    /// without reading the columns.
    @inline(__always)
    static func run(at k: Int, rowStart start: Int, end: Int, missing: Int) -> (first: Int, length: Int) {
        let offset = k &- start
        let first = missing >= 0 && offset >= missing ? offset &+ 1 : offset
        return (first, missing > first ? missing &- first : end &- k)
    }
}
