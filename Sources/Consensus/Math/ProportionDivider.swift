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

    /// The divider whose parts ``DividerLanes`` keeps.
    @inline(__always)
    init(divisor: Int64, reciprocal: Double) {
        self.divisor = divisor
        self.reciprocal = reciprocal
    }

    /// `floor(x · 2^32 / divisor)` for `0 ≤ x ≤ divisor`, or `x` when the divisor is 0; exact.
    ///
    /// The estimate `x · reciprocal` has a relative error below 2^-50 and is at most 2^32, so it is
    /// within 2^-18 of the true quotient; rounding it to the nearest integer (by adding 2^52, which
    /// leaves the integer in the low mantissa bits) gives the floor or the floor plus one. The
    /// remainder `x · 2^32 − q · d`, computed modulo 2^64 (exact while its true magnitude stays below
    /// 2^63), tells which, with one branch-free step either way. Divisors of 2^61 or more (sums that
    /// saturated) take the exact 128-bit path.
    @inline(__always)
    func quotient(_ x: Int64) -> Int64 {
        if divisor <= 0 { return x }
        if divisor >= 1 << 61 { return exactQuotient(x) }
        let rounded = (Double(x) * reciprocal + 0x1p52).bitPattern & 0x000F_FFFF_FFFF_FFFF
        var q = Int64(bitPattern: rounded)
        let r = Int64(
            bitPattern: (UInt64(bitPattern: x) &<< 32) &- UInt64(bitPattern: q) &* UInt64(bitPattern: divisor)
        )
        q &-= r < 0 ? 1 : 0
        q &+= r >= divisor ? 1 : 0
        return q
    }

    /// The same quotient by a 128-bit division, for very large divisors.
    private func exactQuotient(_ x: Int64) -> Int64 {
        let numerator = Int128(x) << 32
        let q = numerator / Int128(divisor)
        return Int64(clamping: q)
    }
}

/// `ProportionDivider(D).quotient(v << 32)` for u16 entries `v` of a row or column whose u16 sum is
/// `S`, with `D = S << 32` saturated to `Int64.max` when `S > 2^31 − 1` — how the epoch normalizes
/// stored weights and bonds — by one integer multiply, shift and correction.
///
/// Unsaturated, the quotient is `floor(v · 2^32 / S)`. With `m = ceil(2^48 / S)`, `(v · m) >> 16`
/// overestimates `v · 2^32 / S` by less than `v / 2^16 < 1`, so it is the floor or the floor plus one,
/// and the sign of the remainder `v · 2^32 − q · S` decides. Saturated, the quotient is
/// `floor(v · 2^64 / (2^63 − 1)) = 2v` (multiplier 2^17, remainder check disabled by `S = 0`). A zero
/// sum means every entry is 0 (multiplier 0).
struct U16Proportion: Sendable {
    let multiplier: UInt64
    let divisor: UInt64

    /// The normalization whose parts ``ClassicMovingAverage`` keeps apart.
    @inline(__always)
    init(multiplier: UInt64, divisor: UInt64) {
        self.multiplier = multiplier
        self.divisor = divisor
    }

    /// The normalization by the u16 sum `sum`.
    init(sum: UInt64) {
        if sum == 0 {
            multiplier = 0
            divisor = 1
        } else if sum > UInt64(Int64.max >> 32) {
            multiplier = 1 << 17
            divisor = 0
        } else {
            multiplier = Self.ceilingQuotient(sum)
            divisor = sum
        }
    }

    /// ceil(2^48 / d) for 0 < d < 2^31, without an integer division: the `Double` quotient is
    /// correctly rounded and below 2^48, so within 2^-5 of the exact one, and its ceiling is the
    /// answer or one off; exact products m·d (near 2^48) decide which.
    @inline(__always)
    static func ceilingQuotient(_ d: UInt64) -> UInt64 {
        let two48: UInt64 = 1 << 48
        var m = UInt64((0x1p48 / Double(d)).rounded(.up))
        if m &* d < two48 { m &+= 1 }
        if (m &- 1) &* d >= two48 { m &-= 1 }
        return m
    }

    /// The raw `I32F32` proportion of `v`.
    @inline(__always)
    func callAsFunction(_ v: UInt16) -> Int64 {
        let wide = UInt64(v)
        let q = (wide &* multiplier) &>> 16
        let r = Int64(bitPattern: (wide &<< 32) &- q &* divisor)
        return Int64(bitPattern: q) &- (r < 0 ? 1 : 0)
    }
}

extension U16Proportion {
    /// The proportions of four u16 values (in `UInt64` lanes) at once, as raw `I32F32`.
    ///
    /// The estimate is below 2^33 and the divisor below 2^31, so the remainder's product is narrow.
    @inline(__always)
    func vector(_ v: SIMD4<UInt64>) -> SIMD4<Int64> {
        let q = (v &* multiplier) &>> 16
        let r = SIMD4<Int64>(
            truncatingIfNeeded: (v &<< 32) &- ProportionLanes.narrowProduct(q, SIMD4(repeating: divisor)))
        var result = SIMD4<Int64>(truncatingIfNeeded: q)
        result.replace(with: result &- 1, where: r .< 0)
        return result
    }
}

/// `fixed_proportion_to_u16` for a raw value in `0...2^32`: floor(x × 65_535), as the product
/// `x · (65_535 << 32) >> 32` is exact in that range.
@inline(__always)
func proportionToU16(_ raw: Int64) -> UInt16 {
    UInt16(truncatingIfNeeded: (UInt64(bitPattern: raw) &* 65_535) &>> 32)
}

/// Four-lane versions of the proportion kernels, for rows whose columns run consecutively.
enum ProportionLanes {
    /// `ProportionDivider.quotient` in four lanes, each with its divisor and reciprocal; every divisor
    /// must be below 2^61 and every `x` in `0...divisor` (below 2^52). A lane with divisor 0 keeps `x`.
    ///
    /// The same estimate as the scalar path: `x` becomes a `Double` exactly (its bits under the
    /// exponent of 2^52), the product is rounded to an integer by adding 2^52, and the sign of the
    /// remainder corrects it by one downwards.
    ///
    /// `narrow` says every divisor is below 2^32, which saves most of the 64-bit multiply.
    @inline(__always)
    static func quotients(
        _ x: SIMD4<Int64>, divisors d: SIMD4<Int64>, reciprocals: SIMD4<Double>, narrow: Bool = false
    ) -> SIMD4<Int64> {
        let bits = SIMD4<UInt64>(truncatingIfNeeded: x)
        let rounded = roundedEstimates(bits, reciprocals: reciprocals)
        var q = SIMD4<Int64>(truncatingIfNeeded: rounded)
        let r = SIMD4<Int64>(truncatingIfNeeded: (bits &<< 32) &- lowProduct(rounded, d, narrow: narrow))
        // The estimate is within 2^-19 of x · 2^32 / d (at most 2^32), so rounding it gives the floor
        // or the floor plus one: only the second needs correcting.
        q.replace(with: q &- 1, where: r .< 0)
        q.replace(with: x, where: d .<= 0)
        return q
    }

    /// `x · reciprocal` rounded to an integer, for `x` below 2^52 (its bits): `x` becomes a `Double`
    /// exactly by placing its bits under the exponent of 2^52, and adding 2^52 to the product leaves
    /// the rounded integer in the low mantissa bits. Every lane division starts here.
    @inline(__always)
    static func roundedEstimates(_ bits: SIMD4<UInt64>, reciprocals: SIMD4<Double>) -> SIMD4<UInt64> {
        let value = unsafeBitCast(bits | 0x4330_0000_0000_0000, to: SIMD4<Double>.self) - 0x1p52
        let estimate = value * reciprocals + 0x1p52
        return unsafeBitCast(estimate, to: SIMD4<UInt64>.self) & 0x000F_FFFF_FFFF_FFFF
    }

    /// `q · d` modulo 2^64 for a quotient estimate `q ≤ 2^32` (an exact `x / d ≤ 1` rounded): the
    /// general 64-bit lane multiply, or with `narrow` (every `d` below 2^32) ``narrowProduct(_:_:)``.
    @inline(__always)
    static func lowProduct(_ q: SIMD4<UInt64>, _ d: SIMD4<Int64>, narrow: Bool) -> SIMD4<UInt64> {
        let divisors = SIMD4<UInt64>(truncatingIfNeeded: d)
        return narrow ? narrowProduct(q, divisors) : q &* divisors
    }

    /// `q · d` modulo 2^64 for `q < 2^33` and `d < 2^32`: one 32 × 32-bit multiply of the low halves,
    /// plus `d · 2^32` where bit 32 of `q` is set (instead of the three multiplies of a 64-bit product).
    @inline(__always)
    static func narrowProduct(_ q: SIMD4<UInt64>, _ d: SIMD4<UInt64>) -> SIMD4<UInt64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let low = (q & low32) &* (d & low32)
        return low &+ ((d &<< 32) & (SIMD4<UInt64>(repeating: 0) &- (q &>> 32)))
    }

    /// ``proportionProduct(_:_:)`` in four lanes (a, b in `0...2^32`): below 2^32 both operands fit
    /// the 32 × 32 → 64-bit lane multiply exactly; an operand equal to 2^32 (1.0) yields the other.
    @inline(__always)
    static func products(_ a: SIMD4<Int64>, _ b: SIMD4<Int64>) -> SIMD4<Int64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let wide =
            (SIMD4<UInt64>(truncatingIfNeeded: a) & low32) &* (SIMD4<UInt64>(truncatingIfNeeded: b) & low32)
        var p = SIMD4<Int64>(truncatingIfNeeded: wide &>> 32)
        p.replace(with: b, where: a .== 1 << 32)
        p.replace(with: a, where: b .== 1 << 32)
        return p
    }

    /// ``products(_:_:)`` when every `a` is below 2^32 (only `b` may be 1.0): one comparison less.
    @inline(__always)
    static func products(belowOne a: SIMD4<Int64>, _ b: SIMD4<Int64>) -> SIMD4<Int64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let wide =
            (SIMD4<UInt64>(truncatingIfNeeded: a) & low32) &* (SIMD4<UInt64>(truncatingIfNeeded: b) & low32)
        var p = SIMD4<Int64>(truncatingIfNeeded: wide &>> 32)
        p.replace(with: a, where: b .== 1 << 32)
        return p
    }

    /// ``U16Proportion`` in four lanes, each with its own multiplier and divisor (below 2^31, as
    /// ``U16Proportion`` makes them, so the remainder's product is narrow).
    @inline(__always)
    static func proportions(
        _ v: SIMD4<UInt64>, multipliers: SIMD4<UInt64>, divisors: SIMD4<UInt64>
    ) -> SIMD4<Int64> {
        let q = (v &* multipliers) &>> 16
        let r = SIMD4<Int64>(truncatingIfNeeded: (v &<< 32) &- narrowProduct(q, divisors))
        var result = SIMD4<Int64>(truncatingIfNeeded: q)
        result.replace(with: result &- 1, where: r .< 0)
        return result
    }

    /// Four consecutive elements of `buffer` from `index`.
    @inline(__always)
    static func load<T: SIMDScalar>(_ buffer: UnsafeBufferPointer<T>, _ index: Int) -> SIMD4<T> {
        UnsafeRawBufferPointer(buffer).loadUnaligned(
            fromByteOffset: index * MemoryLayout<T>.stride, as: SIMD4<T>.self)
    }

    /// Stores four consecutive elements of `buffer` from `index`.
    @inline(__always)
    static func store<T: SIMDScalar>(_ lanes: SIMD4<T>, _ buffer: UnsafeMutableBufferPointer<T>, _ index: Int)
    {
        UnsafeMutableRawBufferPointer(buffer).storeBytes(
            of: lanes, toByteOffset: index * MemoryLayout<T>.stride, as: SIMD4<T>.self)
    }
}

/// The divisors and reciprocals of a vector of ``ProportionDivider``s as separate arrays, for lanes.
struct DividerLanes {
    let divisors: [Int64]
    let reciprocals: [Double]
    /// Whether every divisor is below 2^61 (lanes have no 128-bit fallback).
    let isLaneSafe: Bool
    /// Whether every divisor is below 2^32 (see ``ProportionLanes/lowProduct(_:_:narrow:)``).
    let isNarrow: Bool
    /// The range of the divisors (meaningful when ``isLaneSafe``).
    let range: DivisorRange

    /// The dividers by the raw values `divisors` (non-negative), in one pass.
    init(divisors: [Int64]) {
        var largest: Int64 = 0
        reciprocals = divisors.map { divisor in
            largest = max(largest, divisor)
            return ProportionDivider(divisor).reciprocal
        }
        self.divisors = divisors
        isLaneSafe = largest < 1 << 61
        isNarrow = largest < 1 << 32
        range = DivisorRange(largest: largest)
    }

    /// `floor(x_j · 2^32 / d_j)` for every j, each `x_j` at most its divisor `d_j` (as a column's
    /// maximum is at most its sum): four lanes at a time when every divisor is below 2^32 (see
    /// ``ProportionLanes/boundedQuotients(_:divisors:reciprocals:range:)``), else one by one.
    @inline(never)
    func boundedQuotients(_ x: [Int64]) -> [Int64] {
        let n = min(x.count, divisors.count)
        let lanes = range != .wide
        return [Int64](unsafeUninitializedCapacity: n) { out, initialized in
            x.withUnsafeBufferPointer { x in
                withBuffers { divisors, reciprocals in
                    var j = 0
                    if lanes {
                        while j &+ 4 <= n {
                            let q = ProportionLanes.boundedQuotients(
                                ProportionLanes.load(x, j), divisors: ProportionLanes.load(divisors, j),
                                reciprocals: ProportionLanes.load(reciprocals, j), range: .below32)
                            ProportionLanes.store(q, out, j)
                            j &+= 4
                        }
                    }
                    while j < n {
                        out[j] = ProportionDivider(divisor: divisors[j], reciprocal: reciprocals[j]).quotient(x[j])
                        j &+= 1
                    }
                }
            }
            initialized = n
        }
    }

    func withBuffers<R>(_ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Double>) -> R) -> R {
        divisors.withUnsafeBufferPointer { divisors in
            reciprocals.withUnsafeBufferPointer { reciprocals in body(divisors, reciprocals) }
        }
    }
}
