/// How large the divisors of a lane division may be, which decides how its remainder is formed.
enum DivisorRange: Equatable {
    /// Every divisor below 2^31.
    case below31
    /// Every divisor below 2^32.
    case below32
    /// Every divisor below 2^61 (``ProportionLanes/quotients(_:divisors:reciprocals:narrow:)``).
    case wide

    /// The range holding every divisor of `divisors` (all below 2^61).
    init(largest: Int64) {
        self = largest < 1 << 31 ? .below31 : largest < 1 << 32 ? .below32 : .wide
    }
}

/// Lane kernels for operands whose range the caller has proven, with the checks that range makes
/// unnecessary left out.
extension ProportionLanes {
    /// ``quotients(_:divisors:reciprocals:narrow:)`` (every `x` below 2^52) when every `x` is at most its divisor and the
    /// divisor's reciprocal is 0 where the divisor is 0 (as ``ProportionDivider`` makes it).
    ///
    /// A zero divisor then has `x = 0`, whose estimate `0 · 0` rounds to 0 with remainder 0: the lane
    /// needs no blend. The rounded estimate `q` is the floor or the floor plus one, and the floor is
    /// at most 2^32 − 2 unless `x = d` (`floor(x · 2^32 / d) = 2^32 − 1` would need `d − x ≤ d / 2^32
    /// < 1`), so `q` fits 32 bits except for `x = d`, where it is exactly 2^32 and right. For divisors
    /// below 2^32 the remainder `x · 2^32 − q · d` is formed from the low 32 bits of `q` (one 32 × 32
    /// multiply): exact, in `[−d, d)`, when `x < d`; for `x = d` it is `d · 2^32`, which is positive
    /// when `d < 2^31` and is otherwise excluded by comparing `x` with `d`.
    @inline(__always)
    static func boundedQuotients(
        _ x: SIMD4<Int64>, divisors d: SIMD4<Int64>, reciprocals: SIMD4<Double>, range: DivisorRange
    ) -> SIMD4<Int64> {
        guard range != .wide else {
            let bits = SIMD4<UInt64>(truncatingIfNeeded: x)
            let rounded = roundedEstimates(bits, reciprocals: reciprocals)
            let r = SIMD4<Int64>(
                truncatingIfNeeded: (bits &<< 32) &- rounded &* SIMD4<UInt64>(truncatingIfNeeded: d))
            return SIMD4<Int64>(truncatingIfNeeded: rounded)
                &+ SIMD4<Int64>(repeating: 0).replacing(with: -1, where: r .< 0)
        }
        let (q, correction) = narrowEstimates(x, divisors: d, reciprocals: reciprocals)
        guard range == .below32 else { return q &+ correction }
        return q &+ (correction & SIMD4<Int64>(repeating: 0).replacing(with: -1, where: x .!= d))
    }

    /// The rounded estimates of `x · 2^32 / d` for divisors below 2^32, and −1 where the remainder
    /// formed from their low 32 bits (one 32 × 32 multiply) is negative, 0 elsewhere (masks combined
    /// as integers, which keeps every step in vector registers).
    @inline(__always)
    private static func narrowEstimates(
        _ x: SIMD4<Int64>, divisors d: SIMD4<Int64>, reciprocals: SIMD4<Double>
    ) -> (estimates: SIMD4<Int64>, correction: SIMD4<Int64>) {
        let bits = SIMD4<UInt64>(truncatingIfNeeded: x)
        let rounded = roundedEstimates(bits, reciprocals: reciprocals)
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let r = SIMD4<Int64>(
            truncatingIfNeeded: (bits &<< 32) &- (rounded & low32)
                &* (SIMD4<UInt64>(truncatingIfNeeded: d) & low32))
        return (
            SIMD4<Int64>(truncatingIfNeeded: rounded),
            SIMD4<Int64>(repeating: 0).replacing(with: -1, where: r .< 0)
        )
    }

    /// ``boundedQuotients(_:divisors:reciprocals:range:)`` for divisors below 2^31, with a shorter
    /// remainder test: for `x < d` the remainder `r = x · 2^32 − q · d` lies in `[−d, d) ⊂ (−2^31,
    /// 2^31)`, so its sign is that of its low 32 bits read as signed, which are those of `−q · d`:
    /// `r < 0` exactly when the low 32 bits of `q · d`, moved to the top of the lane, are positive.
    /// For `x = d` the estimate is 2^32, whose low 32 bits are 0: product 0, no correction.
    @inline(__always)
    static func quotientsBelow31(
        _ x: SIMD4<Int64>, divisors d: SIMD4<Int64>, reciprocals: SIMD4<Double>
    ) -> SIMD4<Int64> {
        let bits = SIMD4<UInt64>(truncatingIfNeeded: x)
        let rounded = roundedEstimates(bits, reciprocals: reciprocals)
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let top = SIMD4<Int64>(
            truncatingIfNeeded: ((rounded & low32) &* (SIMD4<UInt64>(truncatingIfNeeded: d) & low32)) &<< 32)
        return SIMD4<Int64>(truncatingIfNeeded: rounded)
            &+ SIMD4<Int64>(repeating: 0).replacing(with: -1, where: top .> 0)
    }

    /// ``boundedQuotients(_:divisors:reciprocals:range:)`` for divisors below 2^32 when every `x` is
    /// below its divisor (or 0 over 0): the quotient is below 2^32 − 1, so the remainder formed from
    /// the low 32 bits of the estimate is exact, in `[−d, d)`, and its sign alone corrects it.
    @inline(__always)
    static func quotientsBelowDivisors(
        _ x: SIMD4<Int64>, divisors d: SIMD4<Int64>, reciprocals: SIMD4<Double>
    ) -> SIMD4<Int64> {
        let (q, correction) = narrowEstimates(x, divisors: d, reciprocals: reciprocals)
        return q &+ correction
    }

    /// ``proportions(_:multipliers:divisors:)`` when every multiplier is below 2^32: every nonzero u16
    /// sum `S` above 2^16 (or saturated: multiplier 2^17, divisor 0). Every result is below 2^32.
    ///
    /// With `u = v · 2^16 < 2^32`, `q = (u · m) >> 32 = (v · m) >> 16` is one 32 × 32-bit multiply. As
    /// `v ≤ 65_535 < S`, the floor of `v · 2^32 / S` is at most 2^32 − 2 (see
    /// ``boundedQuotients(_:divisors:reciprocals:range:)``), so `q`, at most one more, fits 32 bits.
    /// The remainder `r = v · 2^32 − q · S` lies in `[−S, S)` with `S < 2^31`, so it is the low 32 bits
    /// of `−q · S` read as signed: `r < 0` exactly when the low 32 bits of `q · S` (one more 32 × 32
    /// multiply), read as signed, are positive — tested by shifting them to the top of the lane.
    @inline(__always)
    static func narrowProportions(
        _ v: SIMD4<UInt64>, multipliers: SIMD4<UInt64>, divisors: SIMD4<UInt64>
    ) -> SIMD4<Int64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let q = ((v &<< 16) &* (multipliers & low32)) &>> 32
        let top = SIMD4<Int64>(truncatingIfNeeded: (q &* (divisors & low32)) &<< 32)
        return SIMD4<Int64>(truncatingIfNeeded: q)
            &+ SIMD4<Int64>(repeating: 0).replacing(
                with: -1, where: top .> 0)
    }

    /// ``products(_:_:)`` when every `a` and `b` is below 2^32: one 32 × 32-bit multiply, no 1.0 check.
    @inline(__always)
    static func narrowProducts(_ a: SIMD4<Int64>, _ b: SIMD4<Int64>) -> SIMD4<Int64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        return SIMD4<Int64>(
            truncatingIfNeeded: ((SIMD4<UInt64>(truncatingIfNeeded: a) & low32)
                &* (SIMD4<UInt64>(truncatingIfNeeded: b) & low32)) &>> 32)
    }
}
