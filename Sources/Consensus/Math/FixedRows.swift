import FixedPoint

/// A working sparse matrix of `I32F32` values stored by rows, with columns sorted within a row.
struct FixedRows: Sendable {
    /// `rowStart[i]..<rowStart[i + 1]` indexes the entries of row `i`.
    var rowStart: [Int]
    /// Column of every entry.
    var columns: [UInt16]
    /// Value of every entry.
    var values: [I32F32]

    /// The number of rows.
    var rowCount: Int { rowStart.count - 1 }

    /// An empty matrix to be filled row by row.
    init(reservingRows rows: Int, entries: Int) {
        rowStart = [0]
        rowStart.reserveCapacity(rows + 1)
        columns = []
        columns.reserveCapacity(entries)
        values = []
        values.reserveCapacity(entries)
    }

    /// Appends an entry to the current row.
    @inline(__always)
    mutating func append(_ column: UInt16, _ value: I32F32) {
        columns.append(column)
        values.append(value)
    }

    /// Closes the current row.
    @inline(__always)
    mutating func endRow() { rowStart.append(columns.count) }

    /// Sum of each column's values (saturating).
    func columnSums(count: Int) -> [I32F32] {
        var sums = [I32F32](repeating: .zero, count: count)
        for k in 0..<columns.count {
            let j = Int(columns[k])
            sums[j] = sums[j].saturatingAdd(values[k])
        }
        return sums
    }

    /// Largest value of each column (0 for empty columns).
    func columnMaxima(count: Int) -> [I32F32] {
        var maxima = [I32F32](repeating: .zero, count: count)
        for k in 0..<columns.count {
            let j = Int(columns[k])
            if maxima[j] < values[k] { maxima[j] = values[k] }
        }
        return maxima
    }

    /// Divides every value by its column's divisor where that divisor is non-zero (values ≤ divisor).
    mutating func divideColumns(by divisors: [I32F32]) {
        let dividers = divisors.map { $0.raw > 0 ? ProportionDivider($0.raw) : nil }
        for k in 0..<columns.count {
            if let divider = dividers[Int(columns[k])] {
                values[k] = I32F32(raw: divider.quotient(values[k].raw))
            }
        }
    }

    /// Sum of each row's values (saturating).
    func rowSums() -> [I32F32] {
        (0..<rowCount).map { i in
            var sum = I32F32.zero
            for k in rowStart[i]..<rowStart[i + 1] { sum = sum.saturatingAdd(values[k]) }
            return sum
        }
    }
}
