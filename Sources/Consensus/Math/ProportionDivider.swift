/// Exact `I32F32` division `x / d` for `0 ≤ x ≤ d`, the shape of every normalization in the epoch:
/// the quotient is `floor(x · 2^32 / d)`, as `safe_div` computes it, but by a multiplication with a
/// precomputed reciprocal and one correction step instead of a 128-bit division per entry.
struct ProportionDivider: Sendable {
    /// The divisor's raw value, positive.
    let divisor: UInt64
    /// `2^32 / divisor`, rounded.
    let reciprocal: Double

    /// A divider by the raw value `divisor`, which must be positive.
    @inline(__always)
    init(_ divisor: Int64) {
        self.divisor = UInt64(divisor)
        self.reciprocal = 4_294_967_296.0 / Double(divisor)
    }

    /// `floor(x · 2^32 / divisor)` for `0 ≤ x ≤ divisor`; exact.
    ///
    /// The estimate is within one unit of the quotient (its relative error is below 2^-51 and the
    /// quotient at most 2^32); the remainder `x · 2^32 − q · d` is computed modulo 2^64, which is exact
    /// because its true magnitude is below `2 · d < 2^63`, and corrects the estimate.
    @inline(__always)
    func quotient(_ x: Int64) -> Int64 {
        let numerator = UInt64(truncatingIfNeeded: x) &<< 32
        var q = UInt64(Double(x) * reciprocal)
        var r = Int64(bitPattern: numerator &- q &* divisor)
        while r < 0 {
            q &-= 1
            r &+= Int64(bitPattern: divisor)
        }
        while r >= Int64(bitPattern: divisor) {
            q &+= 1
            r &-= Int64(bitPattern: divisor)
        }
        return Int64(bitPattern: q)
    }
}
