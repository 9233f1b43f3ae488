/// A square matrix of `UInt16` entries stored row by row (compressed sparse rows), as the chain stores
/// `Weights` and `Bonds`: each row is a list of `(column, value)` pairs sorted by column.
///
/// An entry that is present with value 0 is distinct from an absent entry; the dense initializer treats
/// 0 as absent, which is how the conformance vectors encode matrices.
public struct SparseMatrix: Sendable, Equatable {
    /// The number of rows (and columns).
    public let size: Int
    /// `rowStart[i]..<rowStart[i + 1]` indexes the entries of row `i`.
    public private(set) var rowStart: [Int]
    /// Column of every entry.
    public private(set) var columns: [UInt16]
    /// Value of every entry.
    public private(set) var values: [UInt16]

    /// An empty `size × size` matrix.
    public init(size: Int) {
        self.size = size
        self.rowStart = Array(repeating: 0, count: size + 1)
        self.columns = []
        self.values = []
    }

    /// Builds a matrix from rows of `(column, value)` pairs; each row is sorted by column.
    ///
    /// - Throws: ``SparseMatrixError`` when a column is out of range or appears twice in one row.
    public init(size: Int, rows: [[(column: UInt16, value: UInt16)]]) throws(SparseMatrixError) {
        guard rows.count == size else { throw .rowCount(expected: size, found: rows.count) }
        var builder = SparseMatrixBuilder(size: size, reserving: rows.reduce(0) { $0 + $1.count })
        for (i, row) in rows.enumerated() {
            let sorted = row.sorted { $0.column < $1.column }
            var previous: Int = -1
            for entry in sorted {
                guard Int(entry.column) < size else {
                    throw .columnOutOfRange(row: i, column: Int(entry.column), size: size)
                }
                guard Int(entry.column) != previous else {
                    throw .duplicateColumn(row: i, column: Int(entry.column))
                }
                previous = Int(entry.column)
                builder.append(column: entry.column, value: entry.value)
            }
            builder.endRow()
        }
        self = builder.build()
    }

    /// Builds a matrix from dense rows in which 0 means "no entry".
    ///
    /// - Throws: ``SparseMatrixError`` when the matrix is not square.
    public init(dense: [[UInt16]]) throws(SparseMatrixError) {
        let size = dense.count
        var builder = SparseMatrixBuilder(size: size, reserving: 0)
        for (i, row) in dense.enumerated() {
            guard row.count == size else { throw .rowLength(row: i, expected: size, found: row.count) }
            for (j, value) in row.enumerated() where value != 0 {
                builder.append(column: UInt16(truncatingIfNeeded: j), value: value)
            }
            builder.endRow()
        }
        self = builder.build()
    }

    init(size: Int, rowStart: [Int], columns: [UInt16], values: [UInt16]) {
        self.size = size
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
    }

    /// The number of stored entries.
    public var entryCount: Int { columns.count }

    /// The number of stored entries of row `i`.
    func entryCount(ofRow i: Int) -> Int { rowStart[i + 1] - rowStart[i] }

    /// The entries of row `i` as `(column, value)` pairs.
    public func row(_ i: Int) -> [(column: UInt16, value: UInt16)] {
        (rowStart[i]..<rowStart[i + 1]).map { (columns[$0], values[$0]) }
    }

    /// The value at `(i, j)`, or nil when there is no entry.
    public func value(row i: Int, column j: Int) -> UInt16? {
        for k in rowStart[i]..<rowStart[i + 1] where Int(columns[k]) == j { return values[k] }
        return nil
    }

    /// The matrix as dense rows, with 0 where there is no entry.
    public func denseRows() -> [[UInt16]] {
        (0..<size).map { i in
            var dense = [UInt16](repeating: 0, count: size)
            for k in rowStart[i]..<rowStart[i + 1] { dense[Int(columns[k])] = values[k] }
            return dense
        }
    }

    /// A copy in which row `i` is replaced by `entries` (sorted by column, columns in range).
    public func replacingRow(_ i: Int, with entries: [(column: UInt16, value: UInt16)]) -> SparseMatrix {
        var builder = SparseMatrixBuilder(size: size, reserving: entryCount)
        for r in 0..<size {
            if r == i {
                for entry in entries.sorted(by: { $0.column < $1.column }) {
                    builder.append(column: entry.column, value: entry.value)
                }
            } else {
                for k in rowStart[r]..<rowStart[r + 1] {
                    builder.append(column: columns[k], value: values[k])
                }
            }
            builder.endRow()
        }
        return builder.build()
    }
}

/// What is wrong with the rows given to a ``SparseMatrix``.
public enum SparseMatrixError: Error, Equatable, CustomStringConvertible {
    /// The number of rows differs from the matrix size.
    case rowCount(expected: Int, found: Int)
    /// A dense row has the wrong length.
    case rowLength(row: Int, expected: Int, found: Int)
    /// An entry names a column outside the matrix.
    case columnOutOfRange(row: Int, column: Int, size: Int)
    /// A row names the same column twice.
    case duplicateColumn(row: Int, column: Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .rowCount(let expected, let found): "expected \(expected) rows, found \(found)"
        case .rowLength(let row, let expected, let found):
            "row \(row) has \(found) entries, expected \(expected)"
        case .columnOutOfRange(let row, let column, let size):
            "row \(row) names uid \(column), but only uids 0..<\(size) exist"
        case .duplicateColumn(let row, let column): "row \(row) names uid \(column) twice"
        }
    }
}

/// Appends rows to a ``SparseMatrix`` without intermediate arrays.
struct SparseMatrixBuilder {
    let size: Int
    var rowStart: [Int]
    var columns: [UInt16]
    var values: [UInt16]

    init(size: Int, reserving capacity: Int) {
        self.size = size
        rowStart = [0]
        rowStart.reserveCapacity(size + 1)
        columns = []
        values = []
        columns.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func append(column: UInt16, value: UInt16) {
        columns.append(column)
        values.append(value)
    }

    mutating func endRow() { rowStart.append(columns.count) }

    func build() -> SparseMatrix {
        SparseMatrix(size: size, rowStart: rowStart, columns: columns, values: values)
    }
}

extension SparseMatrix {
    /// Calls `body` with bounds-check-free views of the storage, valid for the duration of the call.
    func withStorage<R>(_ body: (SparseStorage) throws -> R) rethrows -> R {
        try rowStart.withUnsafeBufferPointer { rowStart in
            try columns.withUnsafeBufferPointer { columns in
                try values.withUnsafeBufferPointer { values in
                    try body(SparseStorage(rowStart: rowStart, columns: columns, values: values))
                }
            }
        }
    }
}

/// The storage of a ``SparseMatrix`` as unsafe buffers, for the epoch's kernels.
struct SparseStorage {
    let rowStart: UnsafeBufferPointer<Int>
    let columns: UnsafeBufferPointer<UInt16>
    let values: UnsafeBufferPointer<UInt16>
}
