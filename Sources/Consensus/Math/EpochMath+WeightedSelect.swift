import FixedPoint

extension EpochMath {
    /// The smallest value x with `Σ{stake : value ≤ x} > target`, or the largest value if none; the
    /// buffers are reordered.
    ///
    /// Radix selection: values are bucketed by their offset from the minimum `low` (`high` is the
    /// maximum), shifted so the range fits about count/2 buckets (about two entries a bucket); exact
    /// `Int64` stake sums per bucket (the stakes are I32F32 proportions summing to at most 1, so they
    /// cannot overflow) locate the first bucket at which the running sum exceeds `target`. The answer
    /// lies in that bucket: its entries are kept, the stake before it is subtracted from `target`, and
    /// the search repeats on a range at least 2^(bits−1) times narrower.
    /// Few entries are finished by insertion sort and a cumulative walk.
    @inline(__always)
    static func weightedSelect(
        values: UnsafeMutableBufferPointer<UInt64>, stakes: UnsafeMutableBufferPointer<Int64>, low: UInt64,
        high: UInt64, target: Int64, histogram: UnsafeMutableBufferPointer<Int64>
    ) -> UInt64 {
        var count = values.count
        var target = target
        var low = low
        var high = high
        while count > 24 {
            // Equal values: the crossing value and the fallback are the same.
            if low == high { return low }
            let level = RadixLevel(count: count, low: low, high: high)
            for b in 0..<level.buckets { histogram[b] = 0 }
            for k in 0..<count { histogram[level.bucket(values[k])] &+= stakes[k] }
            // No crossing (only possible on the first level): the largest value.
            guard let (chosen, before) = level.crossing(histogram, target: target) else { return high }
            target &-= before
            var kept = 0
            var keptLow = UInt64.max
            var keptHigh: UInt64 = 0
            for k in 0..<count {
                let value = values[k]
                let stake = stakes[k]
                values[kept] = value
                stakes[kept] = stake
                let keep = level.bucket(value) == chosen
                kept &+= keep ? 1 : 0
                keptLow = min(keptLow, keep ? value : .max)
                keptHigh = max(keptHigh, keep ? value : 0)
            }
            count = kept
            low = keptLow
            high = keptHigh
        }
        // Few entries: insertion sort, then walk the cumulative stake.
        if count > 1 {
            for i in 1..<count {
                let v = values[i]
                let s = stakes[i]
                var j = i - 1
                while j >= 0, values[j] > v {
                    values[j + 1] = values[j]
                    stakes[j + 1] = stakes[j]
                    j -= 1
                }
                values[j + 1] = v
                stakes[j + 1] = s
            }
        }
        var cumulative: Int64 = 0
        for k in 0..<count {
            cumulative &+= stakes[k]
            if cumulative > target, k + 1 == count || values[k + 1] != values[k] { return values[k] }
        }
        return count > 0 ? values[count - 1] : 0
    }
}

/// One level of the radix selection: values in `low...high` go to about count/2 buckets (4 to 8
/// bits): few entries reach the next level, and few branches on them are mispredicted.
struct RadixLevel {
    let low: UInt64
    let shift: UInt64
    let buckets: Int

    @inline(__always)
    init(count: Int, low: UInt64, high: UInt64) {
        let rangeBits = UInt64.bitWidth - (high - low).leadingZeroBitCount
        let countBits = Int.bitWidth - count.leadingZeroBitCount
        let bits = min(8, max(4, countBits - 1))
        self.low = low
        shift = UInt64(max(0, rangeBits - bits))
        buckets = Int((high - low) &>> shift) + 1
    }

    /// The bucket of a value in `low...high`.
    @inline(__always)
    func bucket(_ value: UInt64) -> Int { Int(truncatingIfNeeded: (value &- low) &>> shift) }

    /// The first bucket at which the running stake exceeds `target`, with the stake before it.
    @inline(__always)
    func crossing(_ histogram: UnsafeMutableBufferPointer<Int64>, target: Int64) -> (Int, Int64)? {
        var before: Int64 = 0
        for b in 0..<buckets {
            let through = before &+ histogram[b]
            if through > target { return (b, before) }
            before = through
        }
        return nil
    }
}
