extension MaskedWeights {
    /// Σ_j w_ij over the row's entries but the self column (a row masked only on the diagonal): all
    /// values summed in one vectorizable loop, the self column's value found (from the row's layout
    /// `missing` when known, see ``ColumnRuns/missingColumn(_:_:columns:likely:)``, otherwise by binary
    /// search) and taken back out. A row has at most 2^16 entries (one per u16 column), so the sum is
    /// below 2^16 · 65_535 < 2^32: it is accumulated in 32 bits, eight entries to a vector instruction.
    static func sumWithoutSelf(
        _ stored: SparseStorage, _ entries: Range<Int>, selfColumn: Int, missing: Int? = nil
    ) -> UInt64 {
        var sum: UInt32 = 0
        for k in entries { sum &+= UInt32(stored.values[k]) }
        let selfEntry =
            if let missing {
                selfColumn < 0 || selfColumn == missing
                    ? nil : entries.lowerBound + selfColumn - (missing >= 0 && selfColumn > missing ? 1 : 0)
            } else {
                entry(stored.columns, entries, column: selfColumn)
            }
        if let k = selfEntry { sum &-= UInt32(stored.values[k]) }
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
}
