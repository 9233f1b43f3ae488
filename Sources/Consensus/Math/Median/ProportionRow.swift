/// A row of scores that writes its scores of a block of columns as ``ProportionTile`` keys.
protocol ProportionRow: ScoreRow {
    /// Writes the key of every entry of `k..<end` whose column is below `blockEnd` to block column
    /// `column − blockStart` of `row`, and returns the first entry not written; sets `keyable` to false
    /// when a score is not a proportion ``ProportionTile`` can key.
    func gatherKeys(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int, into row: ProportionTileRow,
        keyable: inout Bool
    ) -> Int
}

extension ProportionRow {
    /// The plain gather: one entry at a time through ``ScoreRow/column(_:)`` and ``ScoreRow/score(_:)``,
    /// every score checked.
    @inline(__always)
    func gatherKeysEntryByEntry(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int, into row: ProportionTileRow,
        keyable: inout Bool
    ) -> Int {
        var k = k
        var all = true
        while k < end {
            let j = column(k)
            if j >= blockEnd { break }
            let raw = score(k)
            all = all && ProportionTile.isKeyable(raw)
            row.store(ProportionTile.key(raw), at: j &- blockStart)
            k &+= 1
        }
        if !all { keyable = false }
        return k
    }
}

extension FixedRows.Reader: ProportionRow {
    @inline(__always)
    func gatherKeys(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int, into row: ProportionTileRow,
        keyable: inout Bool
    ) -> Int {
        gatherKeysEntryByEntry(
            from: k, to: end, blockStart: blockStart, blockEnd: blockEnd, into: row, keyable: &keyable)
    }
}

extension MaskedWeights.Row: ProportionRow {
    /// Runs of consecutive columns of a row masked only on the diagonal are keyed eight at a time.
    /// Every score is a row-normalized u16 proportion, floor(w · 2^32 / Σw) with w ≤ Σw: 2^32 when
    /// w = Σw, and at most 2^32 − 2 otherwise, so every score is keyable.
    @inline(__always)
    func gatherKeys(
        from k: Int, to end: Int, blockStart: Int, blockEnd: Int, into row: ProportionTileRow,
        keyable: inout Bool
    ) -> Int {
        var k = k
        guard rule.permitted else {
            while k < end, column(k) < blockEnd { k &+= 1 }
            return k
        }
        guard !rule.checkOutdated else {
            return gatherKeysEntryByEntry(
                from: k, to: end, blockStart: blockStart, blockEnd: blockEnd, into: row, keyable: &keyable)
        }
        if let missing = rule.missingColumn {
            // Every column but `missing` has an entry, in order: at most two runs, no column read.
            var j = blockStart
            while j < blockEnd {
                let runEnd = missing >= j && missing < blockEnd ? missing : blockEnd
                keyRun(from: k, first: j, length: runEnd &- j, blockStart: blockStart, into: row)
                k &+= runEnd &- j
                j = runEnd == missing ? missing &+ 1 : runEnd
            }
            return k
        }
        while k < end {
            let first = column(k)
            if first >= blockEnd { break }
            let length = ColumnRuns.length(columns, from: k, to: end, first: first, limit: blockEnd)
            keyRun(from: k, first: first, length: length, blockStart: blockStart, into: row)
            k &+= length
        }
        return k
    }

    /// Writes the keys of the `length` entries from `k`, of consecutive columns `first...`: single
    /// entries up to a group boundary, then whole groups of eight; the self cell becomes the zero key.
    @inline(__always)
    func keyRun(from k: Int, first: Int, length: Int, blockStart: Int, into row: ProportionTileRow) {
        let scale = rule.scale
        var c = first &- blockStart
        var t = 0
        while t < length, c & 7 != 0 {
            row.store(ProportionTile.key(scale(values[k &+ t])), at: c)
            t &+= 1
            c &+= 1
        }
        if t &+ 8 <= length, let base = values.baseAddress, let narrow = NarrowKeys(scale) {
            repeat {
                let w = UnsafeRawPointer(base + (k &+ t)).loadUnaligned(as: SIMD8<UInt16>.self)
                row.store(narrow.keys(w), group: c &>> 3)
                t &+= 8
                c &+= 8
            } while t &+ 8 <= length
        } else if t &+ 8 <= length, let base = values.baseAddress {
            repeat {
                let w = UnsafeRawPointer(base + (k &+ t)).loadUnaligned(as: SIMD8<UInt16>.self)
                let low = scale.vector(SIMD4<UInt64>(truncatingIfNeeded: w.lowHalf))
                let high = scale.vector(SIMD4<UInt64>(truncatingIfNeeded: w.highHalf))
                row.store(Self.keys(low, high), group: c &>> 3)
                t &+= 8
                c &+= 8
            } while t &+ 8 <= length
        }
        while t < length {
            row.store(ProportionTile.key(scale(values[k &+ t])), at: c)
            t &+= 1
            c &+= 1
        }
        let selfColumn = rule.selfColumn
        if selfColumn >= first, selfColumn < first &+ length {
            row.store(ProportionTile.zeroKey, at: selfColumn &- blockStart)
        }
    }

    /// The keys of eight proportions in `0...2^32`.
    @inline(__always)
    static func keys(_ low: SIMD4<Int64>, _ high: SIMD4<Int64>) -> SIMD8<Int32> {
        let a = SIMD4<UInt64>(truncatingIfNeeded: low)
        let b = SIMD4<UInt64>(truncatingIfNeeded: high)
        let values = SIMD8<UInt32>(
            lowHalf: SIMD4<UInt32>(truncatingIfNeeded: a &- (a &>> 32)),
            highHalf: SIMD4<UInt32>(truncatingIfNeeded: b &- (b &>> 32)))
        return SIMD8<Int32>(truncatingIfNeeded: values ^ 0x8000_0000)
    }
}

/// ``U16Proportion`` keys of eight u16 values in 32-bit lanes, for a row sum `d` in `2^16 + 1..<2^31`.
///
/// With the multiplier `m = ceil(2^48 / d) < 2^32` split as `m = h · 2^16 + l`, the estimate
/// `floor(v · m / 2^16) = v · h + floor(v · l / 2^16)` (two 32-bit products) is the quotient
/// `floor(v · 2^32 / d)` or one more; as `v ≤ 65_535 < d`, it is below 2^32. The remainder
/// `v · 2^32 − q · d` lies in `−d..<d`, so its sign is the sign of its low 32 bits, `−q · d` modulo 2^32.
struct NarrowKeys {
    let high: SIMD8<UInt32>
    let low: SIMD8<UInt32>
    let divisor: SIMD8<UInt32>

    @inline(__always)
    init?(_ scale: U16Proportion) {
        guard scale.divisor > 1 << 16, scale.divisor < 1 << 31, scale.multiplier < 1 << 32 else { return nil }
        high = SIMD8(repeating: UInt32(truncatingIfNeeded: scale.multiplier &>> 16))
        low = SIMD8(repeating: UInt32(truncatingIfNeeded: scale.multiplier & 0xFFFF))
        divisor = SIMD8(repeating: UInt32(truncatingIfNeeded: scale.divisor))
    }

    /// The ``ProportionTile`` keys of eight u16 values.
    @inline(__always)
    func keys(_ w: SIMD8<UInt16>) -> SIMD8<Int32> {
        SIMD8<Int32>(truncatingIfNeeded: proportions(w) ^ 0x8000_0000)
    }

    /// The proportions `floor(v · 2^32 / d)` of eight u16 values (each below 2^32).
    @inline(__always)
    func proportions(_ w: SIMD8<UInt16>) -> SIMD8<UInt32> {
        proportions(widening: SIMD8<UInt32>(truncatingIfNeeded: w))
    }

    /// ``proportions(_:)`` of eight u16 values already in 32-bit lanes.
    @inline(__always)
    func proportions(widening v: SIMD8<UInt32>) -> SIMD8<UInt32> {
        let q = v &* high &+ ((v &* low) &>> 16)
        let remainder = SIMD8<Int32>(truncatingIfNeeded: 0 &- q &* divisor)
        return q &+ SIMD8<UInt32>(truncatingIfNeeded: remainder &>> 31)
    }
}
