/// Which existing arrays the stored bonds can share their row starts and columns with.
enum StoredLayout {
    case weights, bonds, own
}

/// Tracks, row by row, whether the stored bonds have exactly the layout of the stored weights or of
/// the old bonds.
struct LayoutCandidates {
    let weights: SparseStorage
    let bonds: SparseStorage
    var weightsMatch = true
    var bondsMatch = true

    init(weights: SparseStorage, bonds: SparseStorage) {
        self.weights = weights
        self.bonds = bonds
    }

    /// Compares the columns of one computed row with both candidates.
    struct Cursor {
        let weights: SparseStorage
        let bonds: SparseStorage
        var w: Int
        let wEnd: Int
        var b: Int
        let bEnd: Int
        var weightsMatch: Bool
        var bondsMatch: Bool

        /// Steps over `count` cells known to sit, in order, at the cursors of both candidates.
        @inline(__always)
        mutating func skip(_ count: Int) {
            w &+= count
            b &+= count
        }

        /// A candidate cell is missing from the computed row: neither layout fits.
        @inline(__always)
        mutating func mismatch() {
            weightsMatch = false
            bondsMatch = false
        }

        @inline(__always)
        mutating func visit(_ j: Int) {
            weightsMatch = weightsMatch && w < wEnd && Int(weights.columns[w]) == j
            bondsMatch = bondsMatch && b < bEnd && Int(bonds.columns[b]) == j
            w += 1
            b += 1
        }
    }

    @inline(__always)
    func cursor(row i: Int) -> Cursor {
        Cursor(
            weights: weights, bonds: bonds, w: weights.rowStart[i], wEnd: weights.rowStart[i + 1],
            b: bonds.rowStart[i], bEnd: bonds.rowStart[i + 1], weightsMatch: weightsMatch,
            bondsMatch: bondsMatch)
    }

    /// A computed row ends: every candidate cell must have been visited.
    mutating func endComputedRow(_ cursor: Cursor) {
        weightsMatch = cursor.weightsMatch && cursor.w == cursor.wEnd
        bondsMatch = cursor.bondsMatch && cursor.b == cursor.bEnd
    }

    /// A computed run row: the weights fit exactly when every one of its cells is positive, and the
    /// old bonds too when they have the same columns (`sameBonds`; otherwise they have fewer).
    mutating func endRunRow(allPositive: Bool, sameBonds: Bool) {
        weightsMatch = weightsMatch && allPositive
        bondsMatch = bondsMatch && allPositive && sameBonds
    }

    /// A cleared row: the candidates' rows must be empty.
    mutating func endClearedRow(_ i: Int) {
        weightsMatch = weightsMatch && weights.rowStart[i] == weights.rowStart[i + 1]
        bondsMatch = bondsMatch && bonds.rowStart[i] == bonds.rowStart[i + 1]
    }

    /// A row kept from the old bonds: the weights' row must have the same columns.
    mutating func endKeptRow(_ i: Int) {
        guard weightsMatch else { return }
        let w = weights.rowStart[i]..<weights.rowStart[i + 1]
        let b = bonds.rowStart[i]..<bonds.rowStart[i + 1]
        weightsMatch = w.count == b.count && zip(w, b).allSatisfy { weights.columns[$0] == bonds.columns[$1] }
    }
}

/// Writes the stored bonds into exactly sized arrays, sharing the row starts and columns of `shared`
/// when the layout is known to be the same.
struct StoredBondsBuilder {
    let previous: SparseMatrix
    let shared: SparseMatrix?
    let count: Int
    var rowStart: [Int] = []
    var columns: [UInt16] = []
    var values: [UInt16] = []

    init(previous: SparseMatrix, shared: SparseMatrix?, count: Int) {
        self.previous = previous
        self.shared = shared
        self.count = count
    }

    /// Appends entries row by row; `body` must write exactly `count` entries and end every row.
    mutating func write(_ body: (inout Writer) -> Void) {
        let count = count
        let ownColumns = shared == nil
        var columns: [UInt16] = []
        var rowStart: [Int] = []
        values = previous.withStorage { previous in
            [UInt16](unsafeUninitializedCapacity: count) { valueBuffer, initialized in
                HugePages.advise(valueBuffer)
                if ownColumns {
                    rowStart = [Int](unsafeUninitializedCapacity: previous.rowStart.count) {
                        rowBuffer, rowsInitialized in
                        columns = [UInt16](unsafeUninitializedCapacity: count) {
                            columnBuffer, columnsInitialized in
                            HugePages.advise(columnBuffer)
                            var writer = Writer(
                                previous: previous, values: valueBuffer, columns: columnBuffer,
                                rowStart: rowBuffer)
                            body(&writer)
                            columnsInitialized = writer.position
                            initialized = writer.position
                            rowsInitialized = writer.row
                        }
                    }
                } else {
                    var writer = Writer(previous: previous, values: valueBuffer, columns: nil, rowStart: nil)
                    body(&writer)
                    initialized = writer.position
                }
            }
        }
        self.rowStart = rowStart
        self.columns = columns
    }

    /// The stored matrix.
    func build() -> SparseMatrix {
        if let shared {
            return SparseMatrix(
                size: shared.size, rowStart: shared.rowStart, columns: shared.columns, values: values)
        }
        return SparseMatrix(size: previous.size, rowStart: rowStart, columns: columns, values: values)
    }

    /// Sequential writes into the preallocated arrays.
    struct Writer {
        let previous: SparseStorage
        let values: UnsafeMutableBufferPointer<UInt16>
        let columns: UnsafeMutableBufferPointer<UInt16>?
        let rowStart: UnsafeMutableBufferPointer<Int>?
        var position = 0
        var row = 0

        init(
            previous: SparseStorage, values: UnsafeMutableBufferPointer<UInt16>,
            columns: UnsafeMutableBufferPointer<UInt16>?, rowStart: UnsafeMutableBufferPointer<Int>?
        ) {
            self.previous = previous
            self.values = values
            self.columns = columns
            self.rowStart = rowStart
            rowStart?.initializeElement(at: 0, to: 0)
            row = 1
        }

        @inline(__always)
        mutating func append(column j: Int, value: UInt16) {
            values.initializeElement(at: position, to: value)
            columns?.initializeElement(at: position, to: UInt16(truncatingIfNeeded: j))
            position += 1
        }

        /// Appends four entries with consecutive columns `firstColumn...`.
        @inline(__always)
        mutating func append(firstColumn j: Int, values lanes: SIMD4<UInt16>) {
            UnsafeMutableRawBufferPointer(values).storeBytes(
                of: lanes, toByteOffset: position * MemoryLayout<UInt16>.stride, as: SIMD4<UInt16>.self)
            if let columns {
                let first = UInt16(truncatingIfNeeded: j)
                UnsafeMutableRawBufferPointer(columns).storeBytes(
                    of: SIMD4<UInt16>(repeating: first) &+ SIMD4<UInt16>(0, 1, 2, 3),
                    toByteOffset: position * MemoryLayout<UInt16>.stride, as: SIMD4<UInt16>.self)
            }
            position += 4
        }

        /// Where the next value goes (the writer must have room for one more entry).
        @inline(__always)
        var valueCursor: UnsafeMutablePointer<UInt16> { values.baseAddress.unsafelyUnwrapped + position }

        /// Takes the `count` values written from ``valueCursor`` as entries with the columns at `source`.
        @inline(__always)
        mutating func advance(count: Int, columns source: UnsafePointer<UInt16>) {
            if let columns {
                (columns.baseAddress.unsafelyUnwrapped + position).initialize(from: source, count: count)
            }
            position &+= count
        }

        /// Takes the `count` values written from ``valueCursor`` as the entries of a row with every
        /// column but `missing` (-1: none): the columns are written, not copied.
        @inline(__always)
        mutating func advance(count: Int, columnsExcept missing: Int) {
            if let columns {
                let target = columns.baseAddress.unsafelyUnwrapped + position
                let head = missing >= 0 ? min(missing, count) : count
                Self.fill(target, first: 0, count: head)
                Self.fill(target + head, first: head &+ 1, count: count &- head)
            }
            position &+= count
        }

        /// Writes the columns `first..<first + count` to `target`, eight at a time.
        @inline(__always)
        private static func fill(_ target: UnsafeMutablePointer<UInt16>, first: Int, count: Int) {
            var lanes = SIMD8<UInt16>(0, 1, 2, 3, 4, 5, 6, 7) &+ UInt16(truncatingIfNeeded: first)
            var t = 0
            while t &+ 8 <= count {
                UnsafeMutableRawPointer(target + t).storeBytes(of: lanes, as: SIMD8<UInt16>.self)
                lanes &+= 8
                t &+= 8
            }
            while t < count {
                target[t] = UInt16(truncatingIfNeeded: first &+ t)
                t &+= 1
            }
        }

        /// Copies row `i` of the old bonds.
        mutating func copyPreviousRow(_ i: Int) {
            for k in previous.rowStart[i]..<previous.rowStart[i + 1] {
                append(column: Int(previous.columns[k]), value: previous.values[k])
            }
        }

        @inline(__always)
        mutating func endRow() {
            if let rowStart {
                rowStart.initializeElement(at: row, to: position)
                row += 1
            }
        }
    }
}
