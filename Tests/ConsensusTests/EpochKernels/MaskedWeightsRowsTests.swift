import Testing

@testable import Consensus

@Suite struct MaskedWeightsRowsTests {
    /// Rows of a 6-column matrix and the column each one misses (-1: none; nil: not complete).
    static let rows: [([UInt16], Int?)] = [
        ([0, 1, 2, 3, 4, 5], -1),
        ([1, 2, 3, 4, 5], 0),
        ([0, 1, 2, 4, 5], 3),
        ([0, 1, 2, 3, 4], 5),
        ([0, 2, 3, 4], nil),
        ([0, 1, 3, 5], nil),
        ([], nil),
        ([5], nil),
    ]

    @Test(arguments: rows)
    func missingColumnOfARow(columns: [UInt16], expected: Int?) throws {
        let row = columns.map { (column: $0, value: UInt16(1)) }
        let matrix = try SparseMatrix(size: 6, rows: [row] + Array(repeating: [], count: 5))
        let found = matrix.withStorage { stored in
            (-1...6).map { likely in
                ColumnRuns.missingColumn(stored.columns, 0..<columns.count, columns: 6, likely: likely)
            }
        }
        // The likely column only shortens the search: every guess gives the same answer.
        #expect(found == Array(repeating: expected, count: found.count))
        if let missing = expected {
            // The runs read from the layout are those of the columns.
            var k = 0
            while k < columns.count {
                let run = ColumnRuns.run(at: k, rowStart: 0, end: columns.count, missing: missing)
                #expect(Int(columns[k]) == run.first)
                #expect(Int(columns[k + run.length - 1]) == run.first + run.length - 1)
                #expect(
                    k + run.length == columns.count || Int(columns[k + run.length]) > run.first + run.length)
                k += run.length
            }
        }
    }

    @Test(arguments: [-1, 0, 2, 5, 9])
    func sumWithoutSelfLeavesOutTheSelfColumn(selfColumn: Int) throws {
        let entries: [(column: UInt16, value: UInt16)] = [(0, 7), (2, 11), (5, 13), (9, 17)]
        let matrix = try SparseMatrix(size: 10, rows: [entries] + Array(repeating: [], count: 9))
        let sum = matrix.withStorage { MaskedWeights.sumWithoutSelf($0, 0..<4, selfColumn: selfColumn) }
        let expected = entries.filter { Int($0.column) != selfColumn }
            .reduce(UInt64(0)) { $0 + UInt64($1.value) }
        #expect(sum == expected)
    }

    @Test(arguments: [-1, 0, 2, 3, 5])
    func sumWithoutSelfFromTheLayoutLeavesOutTheSelfColumn(selfColumn: Int) throws {
        // Every column of six but column 3.
        let entries: [(column: UInt16, value: UInt16)] = [(0, 7), (1, 11), (2, 13), (4, 17), (5, 19)]
        let matrix = try SparseMatrix(size: 6, rows: [entries] + Array(repeating: [], count: 5))
        let sum = matrix.withStorage {
            MaskedWeights.sumWithoutSelf($0, 0..<5, selfColumn: selfColumn, missing: 3)
        }
        let expected = entries.filter { Int($0.column) != selfColumn }
            .reduce(UInt64(0)) { $0 + UInt64($1.value) }
        #expect(sum == expected)
    }
}
