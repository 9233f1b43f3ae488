extension YumaEpoch {
    /// Column sums of the stored bonds as integers, without recently registered columns.
    static func maskedBondColumnSums(_ input: EpochInput, lastTempo: UInt64) -> [UInt64] {
        let n = input.count
        // At most 2^16 rows of u16 values: every column sum is below 2^32 and fits 32-bit lanes.
        if n <= 1 << 16 {
            var narrow = [UInt32](repeating: 0, count: n)
            input.bonds.withStorage { bonds in
                narrow.withUnsafeMutableBufferPointer { narrow in
                    addNarrowColumnSums(bonds, rows: n, into: narrow.baseAddress.unsafelyUnwrapped)
                }
            }
            // Widened and masked in one pass over plain buffers.
            return [UInt64](unsafeUninitializedCapacity: n) { sums, initialized in
                narrow.withUnsafeBufferPointer { narrow in
                    input.blockAtRegistration.withUnsafeBufferPointer { registered in
                        for j in 0..<n {
                            sums[j] = lastTempo <= registered[j] ? 0 : UInt64(narrow[j])
                        }
                    }
                }
                initialized = n
            }
        }
        var sums = [UInt64](repeating: 0, count: n)
        input.bonds.withStorage { bonds in
            sums.withUnsafeMutableBufferPointer { sums in
                // Runs of consecutive columns four at a time, the rest entry by entry.
                for i in 0..<n {
                    var k = bonds.rowStart[i]
                    let end = bonds.rowStart[i + 1]
                    while k < end {
                        let first = Int(bonds.columns[k])
                        let length = ColumnRuns.length(bonds.columns, from: k, to: end, first: first)
                        var t = 0
                        while t &+ 4 <= length {
                            let values = SIMD4<UInt64>(
                                truncatingIfNeeded: ProportionLanes.load(bonds.values, k &+ t))
                            let total = ProportionLanes.load(UnsafeBufferPointer(sums), first &+ t) &+ values
                            ProportionLanes.store(total, sums, first &+ t)
                            t &+= 4
                        }
                        while t < length {
                            sums[first &+ t] &+= UInt64(bonds.values[k &+ t])
                            t &+= 1
                        }
                        k &+= length
                    }
                }
            }
        }
        for j in 0..<n where lastTempo <= input.blockAtRegistration[j] { sums[j] = 0 }
        return sums
    }

    /// Adds the u16 values of the rows of `bonds` to their columns' 32-bit sums (at most 2^16 rows):
    /// runs of consecutive columns eight at a time, the rest entry by entry. A row with every column
    /// but one (usually a validator's own) is read in its two runs without searching its columns.
    static func addNarrowColumnSums(
        _ bonds: SparseStorage, rows n: Int, into sums: UnsafeMutablePointer<UInt32>
    ) {
        let values = bonds.values.baseAddress.unsafelyUnwrapped
        for i in 0..<n {
            var k = bonds.rowStart[i]
            let start = k
            let end = bonds.rowStart[i &+ 1]
            if i &+ 1 < n { ColumnRuns.prefetchLayout(bonds, row: i &+ 1) }
            let missing = ColumnRuns.missingColumn(bonds.columns, start..<end, columns: n, likely: i)
            while k < end {
                let (first, length) =
                    missing.map { ColumnRuns.run(at: k, rowStart: start, end: end, missing: $0) }
                    ?? ColumnRuns.run(at: k, in: bonds.columns, end: end)
                var t = 0
                while t &+ 8 <= length {
                    let lanes = SIMD8<UInt32>(
                        truncatingIfNeeded: UnsafeRawPointer(values + (k &+ t)).loadUnaligned(
                            as: SIMD8<UInt16>.self))
                    let column = UnsafeMutableRawPointer(sums + (first &+ t))
                    column.storeBytes(
                        of: column.loadUnaligned(as: SIMD8<UInt32>.self) &+ lanes, as: SIMD8<UInt32>.self)
                    t &+= 8
                }
                while t < length {
                    sums[first &+ t] &+= UInt32(values[k &+ t])
                    t &+= 1
                }
                k &+= length
            }
        }
    }
}
