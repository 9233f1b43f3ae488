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
        let latestRegistration = input.blockAtRegistration.max() ?? 0
        var rowStart = [Int](repeating: 0, count: n + 1)
        var columns = [UInt16](repeating: 0, count: stored.entryCount)
        var values = [Int64](repeating: 0, count: stored.entryCount)
        var count = 0
        stored.columns.withUnsafeBufferPointer { storedColumns in
            stored.values.withUnsafeBufferPointer { storedValues in
                input.blockAtRegistration.withUnsafeBufferPointer { registered in
                    columns.withUnsafeMutableBufferPointer { columns in
                        values.withUnsafeMutableBufferPointer { values in
                            for i in 0..<n {
                                rowStart[i] = count
                                guard input.validatorPermit[i] else { continue }
                                let lastUpdate = input.lastUpdate[i]
                                let checkOutdated = lastUpdate <= latestRegistration
                                let keepSelf = input.ownerUID == i
                                let rowBegin = count
                                var sum: UInt64 = 0
                                for k in stored.rowStart[i]..<stored.rowStart[i + 1] {
                                    let j = Int(storedColumns[k])
                                    if j == i, !keepSelf { continue }
                                    if checkOutdated, lastUpdate <= registered[j] { continue }
                                    columns[count] = storedColumns[k]
                                    values[count] = Int64(storedValues[k])
                                    sum &+= UInt64(storedValues[k])
                                    count += 1
                                }
                                // Row normalize: w_ij / Σ_j w_ij (the sum saturates as I32F32 does); a
                                // zero row stays as it is.
                                let rawSum = sum > UInt64(Int64.max >> 32) ? Int64.max : Int64(sum) << 32
                                let divider = ProportionDivider(rawSum)
                                for k in rowBegin..<count { values[k] = divider.quotient(values[k] << 32) }
                            }
                        }
                    }
                }
            }
        }
        rowStart[n] = count
        columns.removeSubrange(count...)
        values.removeSubrange(count...)
        return FixedRows(rowStart: rowStart, columns: columns, values: values)
    }
}
