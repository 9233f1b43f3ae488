extension MaskedWeights {
    /// Σ_j w_ij over the row's entries but the self column (a row masked only on the diagonal): all
    /// values summed in one vectorizable loop, the self column's value found by binary search and
    /// taken back out. A row has at most 2^16 entries (one per u16 column), so the sum is below
    /// 2^16 · 65_535 < 2^32: it is accumulated in 32 bits, eight entries to a vector instruction.
    static func sumWithoutSelf(_ stored: SparseStorage, _ entries: Range<Int>, selfColumn: Int) -> UInt64 {
        var sum: UInt32 = 0
        for k in entries { sum &+= UInt32(stored.values[k]) }
        if let k = entry(stored.columns, entries, column: selfColumn) { sum &-= UInt32(stored.values[k]) }
        return UInt64(sum)
    }

    /// Σ_j w_ij over the entries the mask keeps: not the self column, not a column registered at or
    /// after the row's last update.
    static func maskedSum(
        _ stored: SparseStorage, _ entries: Range<Int>, rule: RowRule,
        registration: UnsafeBufferPointer<UInt64>
    ) -> UInt64 {
        var sum: UInt64 = 0
        for k in entries {
            let j = Int(stored.columns[k])
            if j == rule.selfColumn || rule.lastUpdate <= registration[j] { continue }
            sum &+= UInt64(stored.values[k])
        }
        return sum
    }

    /// The entry of `column` in a row, by binary search over its sorted columns.
    static func entry(_ columns: UnsafeBufferPointer<UInt16>, _ entries: Range<Int>, column: Int) -> Int? {
        var low = entries.lowerBound
        var high = entries.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if Int(columns[middle]) < column { low = middle + 1 } else { high = middle }
        }
        return low < entries.upperBound && Int(columns[low]) == column ? low : nil
    }

    /// For a row with an entry in every one of `n` columns but at most one: the missing column, or -1
    /// when none is missing; nil otherwise. Sorted columns make this two run checks.
    static func missingColumn(_ columns: UnsafeBufferPointer<UInt16>, _ entries: Range<Int>, columns n: Int)
        -> Int?
    {
        let count = entries.count
        guard count >= n - 1, count <= n, count > 0 else { return nil }
        let start = entries.lowerBound
        // The run from column 0, and what follows it.
        let first = Int(columns[start])
        let head = first == 0 ? ColumnRuns.length(columns, from: start, to: entries.upperBound, first: 0) : 0
        if head == n { return -1 }
        guard count == n - 1 else { return nil }
        if head == count { return n - 1 }
        let rest = start + head
        let next = Int(columns[rest])
        guard next == head + 1,
            ColumnRuns.length(columns, from: rest, to: entries.upperBound, first: next) == count - head
        else { return nil }
        return head
    }
}
