import FixedPoint

/// Exact shortcuts for the per-uid vectors of the epoch, whose entries are proportions: the chain's
/// saturating fixed-point operations on operands for which they cannot saturate, as plain integer
/// arithmetic (no 128-bit division per entry). Each falls back to the generic operation outside the
/// range it is exact for.
enum ProportionVector {
    /// The sum of the raw values when every one is non-negative and the sum fits `Int64` (then no
    /// partial sum saturated either, so it equals `saturatingSum()`); nil otherwise.
    static func plainSum(_ x: [I32F32]) -> Int64? {
        var sum: Int64 = 0
        for value in x {
            guard value.raw >= 0 else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(value.raw)
            guard !overflow else { return nil }
            sum = next
        }
        return sum
    }

    /// `x_i.safeDiv(sum)` for a positive raw `sum`: floor(x · 2^32 / sum) by ``ProportionDivider``
    /// where `0 ≤ x ≤ sum`, the generic division elsewhere. When every entry is in range and the sum
    /// is below 2^52, four entries at a time (``ProportionLanes/quotients(_:divisors:reciprocals:narrow:)``).
    static func proportions(_ x: [I32F32], of sum: Int64) -> [I32F32] {
        let divider = ProportionDivider(sum)
        if sum < 1 << 52, largest(x) <= UInt64(sum) {
            return [I32F32](unsafeUninitializedCapacity: x.count) { result, initialized in
                raw(x) { values in
                    // `I32F32` is a trivial wrapper of its raw `Int64`: lanes are stored as raw values.
                    result.withMemoryRebound(to: Int64.self) { rawResult in
                        let divisors = SIMD4<Int64>(repeating: sum)
                        let reciprocals = SIMD4<Double>(repeating: divider.reciprocal)
                        let narrow = sum < 1 << 32
                        var k = 0
                        while k &+ 4 <= values.count {
                            let q = ProportionLanes.quotients(
                                ProportionLanes.load(values, k), divisors: divisors, reciprocals: reciprocals,
                                narrow: narrow)
                            ProportionLanes.store(q, rawResult, k)
                            k &+= 4
                        }
                        while k < values.count {
                            rawResult.initializeElement(at: k, to: divider.quotient(values[k]))
                            k &+= 1
                        }
                    }
                }
                initialized = x.count
            }
        }
        let fixedSum = I32F32(raw: sum)
        return x.map { value in
            value.raw >= 0 && value.raw <= sum
                ? I32F32(raw: divider.quotient(value.raw)) : value.safeDiv(fixedSum)
        }
    }

    /// `fixed_proportion_to_u16` of every entry: for entries in `0...1` the exact floor(x × 65_535)
    /// of ``proportionToU16(_:)`` (a loop the compiler vectorizes), the generic conversion otherwise.
    static func u16Proportions(_ x: [I32F32]) -> [UInt16] {
        guard largest(x) <= 1 << 32 else {
            return x.map {
                $0.raw >= 0 && $0.raw <= 1 << 32 ? proportionToU16($0.raw) : fixedProportionToU16($0)
            }
        }
        return [UInt16](unsafeUninitializedCapacity: x.count) { result, initialized in
            raw(x) { values in
                for k in 0..<values.count { result.initializeElement(at: k, to: proportionToU16(values[k])) }
            }
            initialized = x.count
        }
    }

    /// The largest raw value read as unsigned (a negative value counts as larger than any positive).
    static func largest(_ x: [I32F32]) -> UInt64 {
        raw(x) { values in
            var largest: UInt64 = 0
            for value in values { largest = max(largest, UInt64(bitPattern: value)) }
            return largest
        }
    }

    /// Calls `body` with the raw values of `x`.
    static func raw<R>(_ x: [I32F32], _ body: (UnsafeBufferPointer<Int64>) -> R) -> R {
        x.withUnsafeBufferPointer { fixed in
            UnsafeRawBufferPointer(fixed).withMemoryRebound(to: Int64.self) { body($0) }
        }
    }

    /// ``upscaledToU16(_:maximum:)`` of every entry, four at a time, when every entry lies in
    /// `0...maximum` and `0 < maximum ≤ 2^32` (a normalized vector's case); nil otherwise.
    ///
    /// In `Double` lanes: the numerator `2 · 65_535 · x + m < 2^50` and the denominator `2m ≤ 2^33`
    /// are exact. Multiplying by the rounded reciprocal of `2m` gives a quotient of at most 65_535.5
    /// within 2^-35 of the exact one, whose floor is the answer or one off. The remainder
    /// `numerator − q · 2m` is exact too (every term below 2^51), and its sign and size decide.
    static func upscaledToU16(_ x: [I32F32], maximum: I32F32) -> [UInt16]? {
        let m = maximum.raw
        guard m > 0, m <= 1 << 32, largest(x) <= UInt64(m) else { return nil }
        let n = x.count
        let denominator = SIMD4<Double>(repeating: Double(2 &* m))
        let reciprocal = SIMD4<Double>(repeating: 1 / Double(2 &* m))
        let offset = SIMD4<UInt64>(repeating: UInt64(m))
        return [UInt16](unsafeUninitializedCapacity: n) { result, initialized in
            raw(x) { values in
                var k = 0
                while k &+ 4 <= n {
                    let v = SIMD4<UInt64>(truncatingIfNeeded: ProportionLanes.load(values, k))
                    let numerator = ((v &<< 16) &- v) &<< 1 &+ offset
                    let exact =
                        unsafeBitCast(numerator | 0x4330_0000_0000_0000, to: SIMD4<Double>.self) - 0x1p52
                    var q = (exact * reciprocal).rounded(.down)
                    let remainder = exact - q * denominator
                    q = q.replacing(with: q - 1, where: remainder .< 0)
                    q = q.replacing(with: q + 1, where: remainder .>= denominator)
                    let bits = unsafeBitCast(q + 0x1p52, to: SIMD4<UInt64>.self)
                    for t in 0..<4 { result.initializeElement(at: k &+ t, to: UInt16(truncatingIfNeeded: bits[t])) }
                    k &+= 4
                }
                while k < n {
                    result.initializeElement(
                        at: k, to: upscaledToU16(I32F32(raw: values[k]), maximum: maximum) ?? 0)
                    k &+= 1
                }
            }
            initialized = n
        }
    }

    /// `share × rao` in `I96F32`, floored to `UInt64`, for a share in `0...1`: (share · rao) >> 32, which
    /// is below 2^96 and at most `rao`; nil outside that range.
    @inline(__always)
    static func rao(_ share: I32F32, of rao: UInt64) -> UInt64? {
        guard share.raw >= 0, share.raw <= 1 << 32 else { return nil }
        let (high, low) = UInt64(bitPattern: share.raw).multipliedFullWidth(by: rao)
        return (high &<< 32) | (low &>> 32)
    }

    /// `x.saturatingMul(65_535).safeDiv(maximum).rounded()` as u16 for `0 ≤ x ≤ maximum ≤ 32_768`
    /// (as `I32F32`); nil outside that range.
    ///
    /// With a = x·65_535 (exact, below 2^63) and m the raw maximum, the chain computes
    /// q = floor(a · 2^32 / m) and rounds it: floor((q + 2^31) / 2^32). Since floor((floor(y) + k) / d)
    /// = floor((y + k) / d) for integers k and d > 0, that is floor(a / m + 1/2) = floor((2a + m) / 2m):
    /// for m ≤ 1.0 a corrected `Double` quotient, above it the 64-bit quotient of a by m plus one when
    /// twice the remainder reaches m (no 128-bit division either way).
    @inline(__always)
    static func upscaledToU16(_ x: I32F32, maximum: I32F32) -> UInt16? {
        guard x.raw >= 0, x.raw <= maximum.raw, maximum.raw > 0, maximum.raw <= 32_768 << 32 else {
            return nil
        }
        let a = UInt64(bitPattern: x.raw) &* 65_535
        let m = UInt64(bitPattern: maximum.raw)
        if m <= 1 << 32 {
            // floor((2a + m) / 2m) with 2a + m < 2^50 and 2m ≤ 2^33 exact as `Double`s: the rounded
            // quotient is at most 65_535.5 and within 2^-36 of the exact one, so its floor is the answer
            // or one off, which the remainder's sign and size decide.
            let numerator = a &<< 1 &+ m
            let denominator = m &<< 1
            var q = UInt64((Double(numerator) / Double(denominator)).rounded(.down))
            let r = Int64(bitPattern: numerator &- q &* denominator)
            if r < 0 { q &-= 1 } else if r >= Int64(bitPattern: denominator) { q &+= 1 }
            return UInt16(truncatingIfNeeded: q)
        }
        let (quotient, remainder) = a.quotientAndRemainder(dividingBy: m)
        return UInt16(truncatingIfNeeded: quotient &+ (remainder &<< 1 >= m ? 1 : 0))
    }
}
