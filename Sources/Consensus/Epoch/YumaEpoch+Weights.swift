import FixedPoint

/// Steps 2 and 6: the weights that count, row-normalized, as a view of the stored u16 weights.
///
/// Row i is dropped without an old validator permit; the diagonal is dropped except the subnet
/// owner's self-weight; cell (i, j) is dropped when `last_update_i ≤ block_at_registration_j` (the
/// weight predates j's registration); each row is then divided by its sum. Only the row sums are
/// stored: W_ij = floor(w_ij · 2^32 / Σ_j w_ij) is recomputed by ``U16Proportion`` (one multiply and a
/// correction) wherever it is read, which costs less than storing and reloading it.
struct MaskedWeights: ScoreRows {
    /// The stored weights.
    let stored: SparseMatrix
    /// `block_at_registration` per uid.
    let registration: [UInt64]
    /// How each row is masked and normalized.
    let rules: [RowRule]

    /// The mask and normalization of one row (word-sized fields first, so that a rule is read with
    /// plain loads).
    struct RowRule {
        /// Division by the row's sum.
        var scale = U16Proportion(sum: 0)
        /// `last_update` of the row.
        var lastUpdate: UInt64 = 0
        /// The column dropped as self-weight, or -1.
        var selfColumn = -1
        /// ``missingColumn`` stored without an optional's tag byte (`Int.min` for nil).
        private var missing = Int.min
        /// Whether the row counts at all (old validator permit).
        var permitted = false
        /// Whether some column may have registered at or after the row's last update.
        var checkOutdated = false

        /// For a row with an entry in every column but at most one: that column (-1 for none), so
        /// that the entry of a column is known without reading the columns; nil for other rows.
        var missingColumn: Int? {
            get { missing == Int.min ? nil : missing }
            set { missing = newValue ?? Int.min }
        }
    }

    init(_ input: EpochInput) {
        let weights = input.weights
        let registration = input.blockAtRegistration
        let latestRegistration = registration.max() ?? 0
        var rules = [RowRule](repeating: RowRule(), count: input.count)
        weights.withStorage { stored in
            registration.withUnsafeBufferPointer { registered in
                for i in 0..<input.count where input.validatorPermit[i] {
                    var rule = RowRule()
                    rule.permitted = true
                    rule.selfColumn = input.ownerUID == i ? -1 : i
                    rule.lastUpdate = input.lastUpdate[i]
                    rule.checkOutdated = rule.lastUpdate <= latestRegistration
                    let entries = stored.rowStart[i]..<stored.rowStart[i + 1]
                    // A validator's row usually lacks its own column; the next row's reads are
                    // asked for now, as each row's columns are read here first.
                    if i + 1 < input.count { ColumnRuns.prefetchLayout(stored, row: i + 1) }
                    rule.missingColumn = ColumnRuns.missingColumn(
                        stored.columns, entries, columns: input.count, likely: i)
                    rule.scale = U16Proportion(
                        sum: rule.checkOutdated
                            ? Self.maskedSum(stored, entries, rule: rule, registration: registered)
                            : Self.sumWithoutSelf(
                                stored, entries, selfColumn: rule.selfColumn, missing: rule.missingColumn))
                    rules[i] = rule
                }
            }
        }
        self.stored = weights
        self.registration = registration
        self.rules = rules
    }

    func entries(ofRow i: Int) -> Range<Int> { stored.rowStart[i]..<stored.rowStart[i + 1] }

    func withReader<R>(_ body: (Reader) -> R) -> R {
        stored.withStorage { stored in
            registration.withUnsafeBufferPointer { registration in
                rules.withUnsafeBufferPointer { rules in
                    body(Reader(stored: stored, registration: registration, rules: rules))
                }
            }
        }
    }

    /// Bounds-check-free access to the rows.
    struct Reader: ScoreReader {
        let stored: SparseStorage
        let registration: UnsafeBufferPointer<UInt64>
        let rules: UnsafeBufferPointer<RowRule>

        @inline(__always)
        func row(_ i: Int) -> Row {
            Row(
                columns: stored.columns, values: stored.values, registration: registration,
                rulePointer: rules.baseAddress.unsafelyUnwrapped + i)
        }

        /// The entries of row `i`.
        @inline(__always)
        func entries(ofRow i: Int) -> Range<Int> { stored.rowStart[i]..<stored.rowStart[i + 1] }
    }

    /// One row of W.
    struct Row: ScoreRow {
        let columns: UnsafeBufferPointer<UInt16>
        let values: UnsafeBufferPointer<UInt16>
        let registration: UnsafeBufferPointer<UInt64>
        /// The row's rule, read in place (fields are loaded where they are used).
        let rulePointer: UnsafePointer<RowRule>

        @inline(__always) var rule: RowRule { rulePointer.pointee }

        @inline(__always) func column(_ k: Int) -> Int { Int(columns[k]) }

        /// The run of consecutive columns at entry `k` of this row (entries `start..<end`): its first
        /// column and length, from the row's layout when ``RowRule/missingColumn`` is known (no column
        /// read), otherwise from its columns.
        @inline(__always)
        func run(at k: Int, rowStart start: Int, end: Int) -> (first: Int, length: Int) {
            if let missing = rule.missingColumn {
                return ColumnRuns.run(at: k, rowStart: start, end: end, missing: missing)
            }
            return ColumnRuns.run(at: k, in: columns, end: end)
        }

        /// Whether the `end − start` entries of `other` from `b` have the columns of this row's entries
        /// `start..<end` (see ``ColumnRuns/same(_:from:_:from:count:)``): with a known layout, the two
        /// ends of each of the row's runs are compared in `other` only.
        @inline(__always)
        func hasColumns(of other: UnsafeBufferPointer<UInt16>, from b: Int, rowStart start: Int, end: Int)
            -> Bool
        {
            guard let missing = rule.missingColumn else {
                return ColumnRuns.same(columns, from: start, other, from: b, count: end &- start)
            }
            var k = start
            while k < end {
                let (first, length) = ColumnRuns.run(at: k, rowStart: start, end: end, missing: missing)
                let y = b &+ (k &- start)
                guard Int(other[y]) == first, Int(other[y &+ length &- 1]) == first &+ length &- 1 else {
                    return false
                }
                k &+= length
            }
            return true
        }

        /// Asks for the values of the `count` entries from `k`, and their columns unless the row's
        /// layout makes them known.
        @inline(__always)
        func prefetch(_ k: Int, count: Int) {
            if rule.missingColumn == nil { Prefetch.lines(columns, k, count: count) }
            Prefetch.lines(values, k, count: count)
        }

        /// A row without a permit writes nothing; the others write every entry (masked ones as 0). A
        /// row whose layout is known fills every block but the one of its missing column, which is
        /// decided without reading its columns.
        @inline(__always)
        func fillsBlock(from k: Int, to end: Int, blockStart: Int, blockEnd: Int) -> Bool {
            guard rule.permitted else { return false }
            if let missing = rule.missingColumn { return missing < blockStart || missing >= blockEnd }
            let last = k &+ (blockEnd &- blockStart) &- 1
            return last < end && column(k) == blockStart && column(last) == blockEnd &- 1
        }

        /// Raw W of entry `k`, or -1 when the mask drops it.
        @inline(__always)
        func score(_ k: Int) -> Int64 {
            let j = Int(columns[k])
            if !rule.permitted || j == rule.selfColumn
                || (rule.checkOutdated && rule.lastUpdate <= registration[j])
            {
                return -1
            }
            return rule.scale(values[k])
        }

        /// ``ScoreRow/gather(from:to:blockStart:blockEnd:into:)`` with runs of consecutive columns of a
        /// row masked only on the diagonal computed four at a time (the masked cell becomes 0).
        @inline(__always)
        func gather(
            from k: Int, to end: Int, blockStart: Int, blockEnd: Int,
            into tile: UnsafeMutableBufferPointer<UInt64>
        ) -> Int {
            var k = k
            guard rule.permitted else {
                while k < end, column(k) < blockEnd { k += 1 }
                return k
            }
            guard !rule.checkOutdated else {
                return gatherEntryByEntry(
                    from: k, to: end, blockStart: blockStart, blockEnd: blockEnd, into: tile)
            }
            if let missing = rule.missingColumn {
                // Every column but `missing` has an entry, in order: at most two runs, no column read.
                var j = blockStart
                while j < blockEnd {
                    let runEnd = missing >= j && missing < blockEnd ? missing : blockEnd
                    gatherRun(from: k, first: j, length: runEnd - j, blockStart: blockStart, into: tile)
                    k += runEnd - j
                    j = runEnd == missing ? missing + 1 : runEnd
                }
                return k
            }
            while k < end {
                let first = column(k)
                if first >= blockEnd { break }
                let length = ColumnRuns.length(columns, from: k, to: end, first: first, limit: blockEnd)
                gatherRun(from: k, first: first, length: length, blockStart: blockStart, into: tile)
                k += length
            }
            return k
        }

        /// Writes the scores of the `length` entries from `k`, of consecutive columns `first...`, to
        /// `tile[column − blockStart]`, four at a time (the masked self cell becomes 0).
        @inline(__always)
        func gatherRun(
            from k: Int, first: Int, length: Int, blockStart: Int,
            into tile: UnsafeMutableBufferPointer<UInt64>
        ) {
            let selfColumn = SIMD4<Int64>(repeating: Int64(rule.selfColumn))
            var t = 0
            while t + 4 <= length {
                var w = rule.scale.vector(
                    SIMD4<UInt64>(truncatingIfNeeded: ProportionLanes.load(values, k + t)))
                let columns = SIMD4<Int64>(repeating: Int64(first + t)) &+ SIMD4<Int64>(0, 1, 2, 3)
                w.replace(with: 0, where: columns .== selfColumn)
                ProportionLanes.store(SIMD4<UInt64>(truncatingIfNeeded: w), tile, first + t - blockStart)
                t += 4
            }
            while t < length {
                let j = first + t
                tile[j - blockStart] =
                    j == rule.selfColumn ? 0 : UInt64(bitPattern: rule.scale(values[k + t]))
                t += 1
            }
        }
    }
}
