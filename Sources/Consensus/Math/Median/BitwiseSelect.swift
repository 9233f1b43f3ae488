/// The weighted median of eight columns at once, bit by bit, on the keys of a ``ProportionTile`` group.
///
/// For a column, S(x) = Σ{stake : score ≤ x} is a step function that rises only at scores; the median
/// is the smallest x with S(x) > target. Deciding its bits from the top down, bit b is 0 exactly when
/// S(prefix | (2^b − 1)) > target, so one pass over the voters per bit settles it: the pass compares
/// every voter's eight keys with the eight thresholds and adds the voter's stake where the key is not
/// above them (a comparison, a mask and an addition for eight columns). The smallest such x is a score,
/// so no rounding or tie rule enters. The stakes sum to at most 2^32, so the 32-bit sums are exact
/// except for the whole stake 2^32, which wraps to 0; they reach it only at a threshold at or above the
/// column's largest key, where the answer is known (every voter counts) and the sum is not consulted.
/// The passes start at the highest bit set in any of the eight columns.
///
/// Once a few bits are decided, most voters' keys lie below or above the prefix in all eight columns:
/// such a voter's stake counts in every later pass, or in none. Every few passes the voters still
/// undecided in some column are packed into `scratch` and the others' stake below the prefix is kept
/// as a per-column base, so that later passes read a few rows instead of every voter.
enum BitwiseSelect {
    /// Passes between two packings.
    static let packEvery = 4
    /// Fewer rows than this are not packed.
    static let packMinimum = 32

    /// The unbiased median value of each of the eight columns of `group` (`voters` rows of keys).
    ///
    /// Requires `target` < Σ stakes ≤ 2^32 (stakes are their value modulo 2^32), every voter's stake
    /// positive if they sum to 2^32; `scratch` and `scratchStakes` hold `voters` rows. `guess` is the
    /// bit the passes are expected to start at (the previous group's, 1...32): the first pass runs
    /// there and finds the columns' largest keys on the way. A pass above the start is decided by
    /// those (every key lies below its threshold), so the passes continue from the start; a start
    /// above the guess discards the pass. `guess` becomes this group's start.
    @inline(__always)
    static func medians(
        _ group: UnsafePointer<SIMD8<Int32>>, voters: Int, stakes: UnsafePointer<UInt32>, target: UInt32,
        scratch: UnsafeMutablePointer<SIMD8<Int32>>, scratchStakes: UnsafeMutablePointer<UInt32>,
        guess: inout Int
    ) -> SIMD8<UInt32> {
        let targets = SIMD8<UInt32>(repeating: target)
        var bit = max(1, guess)
        var prefix = SIMD8<UInt32>(repeating: 0)
        var highest = SIMD8<Int32>(repeating: .min)
        // The first pass, which also finds the columns' largest keys.
        let firstThreshold = threshold(prefix, bit)
        var first = SIMD8<UInt32>(repeating: 0)
        var other = SIMD8<UInt32>(repeating: 0)
        var otherHighest = highest
        var v = 0
        while v &+ 2 <= voters {
            let a = group[v]
            let b = group[v &+ 1]
            highest.replace(with: a, where: a .> highest)
            otherHighest.replace(with: b, where: b .> otherHighest)
            first &+= SIMD8(repeating: stakes[v]).replacing(with: 0, where: a .> firstThreshold)
            other &+= SIMD8(repeating: stakes[v &+ 1]).replacing(with: 0, where: b .> firstThreshold)
            v &+= 2
        }
        if v < voters {
            let a = group[v]
            highest.replace(with: a, where: a .> highest)
            first &+= SIMD8(repeating: stakes[v]).replacing(with: 0, where: a .> firstThreshold)
        }
        highest.replace(with: otherHighest, where: otherHighest .> highest)
        first &+= other
        let top = (SIMD8<UInt32>(truncatingIfNeeded: highest) ^ 0x8000_0000).max()
        let start = UInt32.bitWidth &- top.leadingZeroBitCount
        var sincePack = 0
        if start == bit {
            prefix.replace(
                with: prefix | (UInt32(1) &<< UInt32(bit &- 1)),
                where: (first .<= targets) .& (firstThreshold .< highest))
            bit &-= 1
            sincePack = 1
        } else {
            bit = start
        }
        guess = max(1, start)
        var rows = group
        var rowStakes = stakes
        var count = voters
        var base = SIMD8<UInt32>(repeating: 0)
        while bit > 0 {
            if sincePack >= packEvery, count >= packMinimum {
                count = pack(
                    rows, stakes: rowStakes, count: count, prefix: prefix, bit: bit, into: scratch,
                    stakes: scratchStakes, base: &base)
                rows = UnsafePointer(scratch)
                rowStakes = UnsafePointer(scratchStakes)
                sincePack = 0
            }
            let threshold = threshold(prefix, bit)
            var sum = base
            var other = SIMD8<UInt32>(repeating: 0)
            var v = 0
            while v &+ 2 <= count {
                sum &+= SIMD8(repeating: rowStakes[v]).replacing(with: 0, where: rows[v] .> threshold)
                other &+= SIMD8(repeating: rowStakes[v &+ 1]).replacing(
                    with: 0, where: rows[v &+ 1] .> threshold)
                v &+= 2
            }
            if v < count {
                sum &+= SIMD8(repeating: rowStakes[v]).replacing(with: 0, where: rows[v] .> threshold)
            }
            sum &+= other
            bit &-= 1
            prefix.replace(
                with: prefix | (UInt32(1) &<< UInt32(bit)), where: (sum .<= targets) .& (threshold .< highest))
            sincePack &+= 1
        }
        return prefix
    }

    /// The threshold key of the pass deciding bit `bit − 1`: the prefix with every lower bit set.
    @inline(__always)
    static func threshold(_ prefix: SIMD8<UInt32>, _ bit: Int) -> SIMD8<Int32> {
        let below = UInt32(1) &<< UInt32(bit &- 1) &- 1
        return SIMD8<Int32>(truncatingIfNeeded: (prefix | below) ^ 0x8000_0000)
    }

    /// Packs into `scratch` the rows with a key that agrees with `prefix` on the bits from `bit` up in
    /// some column (undecided there), and adds to `base` the stake of every row in the columns where
    /// its key lies below the prefix; a kept row's key in such a column becomes the largest key, which
    /// no later threshold reaches (a threshold has a zero bit). Returns the number of rows kept;
    /// `scratch` may be `rows`.
    @inline(__always)
    static func pack(
        _ rows: UnsafePointer<SIMD8<Int32>>, stakes: UnsafePointer<UInt32>, count: Int, prefix: SIMD8<UInt32>,
        bit: Int, into scratch: UnsafeMutablePointer<SIMD8<Int32>>,
        stakes scratchStakes: UnsafeMutablePointer<UInt32>, base: inout SIMD8<UInt32>
    ) -> Int {
        let shift = SIMD8<UInt32>(repeating: UInt32(bit))
        let high = SIMD8<Int32>(truncatingIfNeeded: prefix &>> shift)
        var kept = 0
        var sum = base
        for v in 0..<count {
            let key = rows[v]
            let stake = stakes[v]
            let shifted = SIMD8<Int32>(
                truncatingIfNeeded: (SIMD8<UInt32>(truncatingIfNeeded: key) ^ 0x8000_0000) &>> shift)
            let below = shifted .< high
            sum &+= SIMD8(repeating: stake).replacing(with: 0, where: .!below)
            scratch[kept] = key.replacing(with: .max, where: below)
            scratchStakes[kept] = stake
            kept &+= Int(unsafeBitCast(any(shifted .== high), to: UInt8.self))
        }
        base = sum
        return kept
    }
}
