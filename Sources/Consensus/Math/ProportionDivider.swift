/// Exact `I32F32` division `x / d` for `0 ≤ x ≤ d`, the shape of every normalization in the epoch:
/// the quotient is `floor(x · 2^32 / d)`, as `safe_div` computes it, but by a multiplication with a
/// precomputed reciprocal and a correction step instead of a 128-bit division per entry.
///
/// A divider by 0 returns `x` unchanged, which is what the chain's normalizations do with a zero sum.
struct ProportionDivider: Sendable {
    /// The divisor's raw value (0 = leave unchanged).
    let divisor: Int64
    /// `2^32 / divisor`, rounded.
    let reciprocal: Double

    /// A divider by the raw value `divisor` (non-negative).
    @inline(__always)
    init(_ divisor: Int64) {
        self.divisor = divisor
        self.reciprocal = divisor > 0 ? 4_294_967_296.0 / Double(divisor) : 0
    }

    /// `floor(x · 2^32 / divisor)` for `0 ≤ x ≤ divisor`, or `x` when the divisor is 0; exact.
    ///
    /// The estimate is within one unit of the quotient (its relative error is below 2^-51 and the
    /// quotient at most 2^32); the remainder `x · 2^32 − q · d` is computed modulo 2^64, which is exact
    /// while its true magnitude stays below 2^63, and corrects the estimate. Divisors of 2^61 or more
    /// (sums that saturated) take the exact 128-bit path.
    @inline(__always)
    func quotient(_ x: Int64) -> Int64 {
        if divisor <= 0 { return x }
        if divisor >= 1 << 61 { return exactQuotient(x) }
        let d = UInt64(bitPattern: divisor)
        var q = UInt64(Double(x) * reciprocal)
        var r = Int64(bitPattern: (UInt64(bitPattern: x) &<< 32) &- q &* d)
        while r < 0 {
            q &-= 1
            r &+= divisor
        }
        while r >= divisor {
            q &+= 1
            r &-= divisor
        }
        return Int64(bitPattern: q)
    }

    /// The same quotient by a 128-bit division, for very large divisors.
    private func exactQuotient(_ x: Int64) -> Int64 {
        let numerator = Int128(x) << 32
        let q = numerator / Int128(divisor)
        return Int64(clamping: q)
    }
}
