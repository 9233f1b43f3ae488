import Testing

@testable import Consensus

/// ``ColumnRuns`` against entry-by-entry scans on random sorted rows.
@Suite struct ColumnRunsTests {
    /// A sorted row of distinct columns: runs of random lengths separated by random gaps.
    static func row(_ random: inout KernelRandom) -> [UInt16] {
        var columns: [UInt16] = []
        var next = Int.random(in: 0...5, using: &random)
        while columns.count < 300, next < 1_000 {
            let run = Int.random(in: 1...(random.chance(1, in: 3) ? 200 : 9), using: &random)
            for c in next..<min(next + run, 1_000) { columns.append(UInt16(c)) }
            next += run + Int.random(in: 1...4, using: &random)
        }
        return columns
    }

    @Test(arguments: Array(UInt64(1)...60))
    func runLengthsMatchAScan(seed: UInt64) {
        var random = KernelRandom(state: seed)
        let columns = Self.row(&random)
        columns.withUnsafeBufferPointer { buffer in
            for k in columns.indices {
                for limit in [
                    Int.max, Int(columns[k]) + 1, Int(columns[k]) + Int.random(in: 1...70, using: &random),
                ] {
                    var expected = 1
                    while k + expected < columns.count,
                        Int(columns[k + expected]) == Int(columns[k]) + expected,
                        Int(columns[k]) + expected < limit
                    {
                        expected += 1
                    }
                    let end = columns.count
                    #expect(
                        ColumnRuns.length(buffer, from: k, to: end, first: Int(columns[k]), limit: limit)
                            == expected,
                        "seed \(seed), entry \(k), limit \(limit)")
                }
            }
        }
    }

    @Test(arguments: Array(UInt64(1)...60))
    func sameColumnsMatchesComparison(seed: UInt64) {
        var random = KernelRandom(state: seed)
        let x = Self.row(&random)
        var y = random.chance(1, in: 2) ? x : Self.row(&random)
        if random.chance(1, in: 3), !y.isEmpty {
            // Shift one column inside a consecutive stretch, or drop the last entry.
            let index = Int.random(in: 0..<y.count, using: &random)
            if random.chance(1, in: 2) {
                y.remove(at: index)
            } else if index + 1 < y.count,
                y[index] + 1 < y[index + 1]
            {
                y[index] += 1
            }
        }
        let count = min(x.count, y.count)
        let expected = Array(x.prefix(count)) == Array(y.prefix(count))
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                #expect(ColumnRuns.same(xs, from: 0, ys, from: 0, count: count) == expected, "seed \(seed)")
            }
        }
    }

    /// A dense row (every column but the diagonal, two long runs) against rows that differ from it in
    /// one place: the runs are settled from their ends, which must still see every difference.
    @Test(arguments: [
        (diagonal: 0, missing: nil as Int?, extra: nil as Int?, same: true),
        (diagonal: 700, missing: nil, extra: nil, same: true),
        (diagonal: 999, missing: nil, extra: nil, same: true),
        (diagonal: 700, missing: 3, extra: 700, same: false),
        (diagonal: 700, missing: 699, extra: 700, same: false),
        (diagonal: 700, missing: 701, extra: 700, same: false),
        (diagonal: 0, missing: 500, extra: 0, same: false),
        (diagonal: 999, missing: 998, extra: 999, same: false),
    ])
    func denseRowsAreComparedByTheirRuns(diagonal: Int, missing: Int?, extra: Int?, same: Bool) {
        let x = (0..<1_000).filter { $0 != diagonal }.map { UInt16($0) }
        var yColumns = Set(x.map(Int.init))
        if let missing { yColumns.remove(missing) }
        if let extra { yColumns.insert(extra) }
        let y = yColumns.sorted().map { UInt16($0) }
        #expect(y.count == x.count)
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                #expect(ColumnRuns.same(xs, from: 0, ys, from: 0, count: x.count) == same)
                #expect(ColumnRuns.sameEntries(xs, from: 0, ys, from: 0, count: x.count) == same)
            }
        }
    }
}
