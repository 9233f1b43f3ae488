import FixedPoint

extension YumaEpoch {
    /// Steps 2 and 6: the weights that count, row-normalized.
    ///
    /// Row i is dropped without an old validator permit; the diagonal is dropped except the subnet
    /// owner's self-weight; cell (i, j) is dropped when `last_update_i ≤ block_at_registration_j`
    /// (the weight predates j's registration); each row is then divided by its sum.
    static func maskedWeights(_ input: EpochInput) -> FixedRows {
        let n = input.count
        let stored = input.weights
        var rows = FixedRows(reservingRows: n, entries: stored.entryCount)
        var rowValues = [UInt16]()
        var rowColumns = [UInt16]()
        for i in 0..<n {
            defer { rows.endRow() }
            guard input.validatorPermit[i] else { continue }
            let lastUpdate = input.lastUpdate[i]
            rowValues.removeAll(keepingCapacity: true)
            rowColumns.removeAll(keepingCapacity: true)
            var sum = I32F32.zero
            for k in stored.rowStart[i]..<stored.rowStart[i + 1] {
                let j = Int(stored.columns[k])
                if j == i, input.ownerUID != i { continue }
                if lastUpdate <= input.blockAtRegistration[j] { continue }
                rowColumns.append(stored.columns[k])
                rowValues.append(stored.values[k])
                sum = sum.saturatingAdd(I32F32(saturating: stored.values[k]))
            }
            // Row normalize: w_ij / Σ_j w_ij; a zero row stays as it is (all zeros).
            if sum > .zero {
                let divider = ProportionDivider(sum.raw)
                for k in rowValues.indices {
                    rows.append(rowColumns[k], I32F32(raw: divider.quotient(Int64(rowValues[k]) << 32)))
                }
            } else {
                for k in rowValues.indices { rows.append(rowColumns[k], .zero) }
            }
        }
        return rows
    }
}
