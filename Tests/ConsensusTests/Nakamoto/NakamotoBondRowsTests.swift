@testable import Consensus
import Testing

@Suite("Nakamoto bond rows")
struct NakamotoBondRowsTests {
    /// A row as written (any order, duplicates allowed) and as stored.
    struct RowCase: Sendable, CustomTestStringConvertible {
        let written: [(uid: UInt32, amount: UInt64)]
        let stored: [(uid: UInt32, amount: UInt64)]
        var testDescription: String { "\(written.map(\.uid))" }
    }

    static let rows: [RowCase] = [
        RowCase(written: [], stored: []),
        RowCase(written: [(1, 10), (3, 30)], stored: [(1, 10), (3, 30)]),
        RowCase(written: [(3, 30), (1, 10)], stored: [(1, 10), (3, 30)]),
        RowCase(written: [(2, 5), (0, 1), (2, 7)], stored: [(0, 1), (2, 7)]),
        RowCase(written: [(4, 0), (4, 9), (0, 0)], stored: [(0, 0), (4, 9)]),
    ]

    @Test("a written row is stored by ascending uid, a later duplicate winning", arguments: rows)
    func storesRows(_ row: RowCase) {
        var bonds = NakamotoBondRows(count: 5)
        bonds.setRow(2, row.written.map { NakamotoBond(uid: $0.uid, amount: $0.amount) })
        #expect(bonds.rows[2] == row.stored.map { NakamotoBond(uid: $0.uid, amount: $0.amount) })
        #expect(bonds.rows[1].isEmpty)
    }

    @Test("an opened row reads its bonds, takes new ones and is stored sorted")
    func updatesRows() {
        var bonds = NakamotoBondRows(count: 6)
        bonds.setRow(0, [NakamotoBond(uid: 2, amount: 20), NakamotoBond(uid: 4, amount: 40)])
        bonds.openRow(0)
        #expect(bonds.amount(2) == 20)
        #expect(bonds.amount(3) == 0)
        bonds.setAmount(5, 50)
        bonds.setAmount(1, 10)
        bonds.setAmount(2, 21)
        bonds.finishRow(0)
        #expect(bonds.rows[0].map(\.uid) == [1, 2, 4, 5])
        #expect(bonds.rows[0].map(\.amount) == [10, 21, 40, 50])
        // The scratch row is clean again: another row starts from nothing.
        bonds.openRow(1)
        #expect((0..<6).allSatisfy { bonds.amount($0) == 0 })
        bonds.finishRow(1)
        #expect(bonds.rows[1].isEmpty)
    }
}
