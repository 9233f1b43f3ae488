import FixedPoint

/// The vector and matrix helpers of the chain's epoch math (`epoch/math.rs`), exact.
public enum EpochMath {}

extension EpochMath {
    /// `inplace_normalize`: divides by the sum so the vector sums to 1; a zero sum leaves it unchanged.
    public static func normalize(_ x: [I32F32]) -> [I32F32] {
        // Non-negative entries whose plain sum fits: no partial sum saturates, and every quotient is a
        // proportion (see ``proportions(_:of:)``).
        if let sum = ProportionVector.plainSum(x) {
            return sum == 0 ? x : ProportionVector.proportions(x, of: sum)
        }
        let sum = x.saturatingSum()
        guard sum != .zero else { return x }
        return x.map { $0.safeDiv(sum) }
    }

    /// `inplace_normalize_using_sum`: divides by a given sum unless it is zero.
    public static func normalize(_ x: [I32F32], usingSum sum: I32F32) -> [I32F32] {
        guard sum != .zero else { return x }
        guard sum.raw > 0 else { return x.map { $0.safeDiv(sum) } }
        return ProportionVector.proportions(x, of: sum.raw)
    }

    /// `inplace_normalize_64`: normalization in `I64F64`.
    public static func normalize(_ x: [I64F64]) -> [I64F64] {
        let sum = x.saturatingSum()
        guard sum != .zero else { return x }
        return x.map { $0.safeDiv(sum) }
    }

    /// `is_topk_nonzero`: true for non-zero entries among the `k` largest; ties drop the lower index first.
    public static func isTopKNonzero(_ x: [I32F32], k: Int) -> [Bool] {
        var result = x.map { $0 != .zero }
        let n = x.count
        guard n >= k else { return result }
        // The n − k dropped entries are the smallest; when at least n − k entries are 0 and none is
        // negative, every dropped entry is a 0, already false.
        var zeros = 0
        var negative = false
        for value in x {
            zeros &+= value == .zero ? 1 : 0
            negative = negative || value < .zero
        }
        if !negative, zeros >= n - k { return result }
        // A stable ascending sort by value: equal values keep index order.
        let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : $0 < $1 }
        for index in order.prefix(n - k) { result[index] = false }
        return result
    }

    /// `vec_max_upscale_to_u16`: scales so the largest entry is 65_535, rounding half away from zero.
    public static func maxUpscaleToU16(_ x: [I32F32]) -> [UInt16] {
        let u16Max = I32F32(saturating: 65_535)
        guard let maximum = x.max() else { return [] }
        if maximum == .zero {
            return x.map { $0.saturatingMul(u16Max).saturatingToUInt16() }
        }
        if maximum > I32F32(saturating: 32_768) {
            let scale = u16Max.safeDiv(maximum)
            return x.map { $0.saturatingMul(scale).rounded().saturatingToUInt16() }
        }
        if let upscaled = ProportionVector.upscaledToU16(x, maximum: maximum) { return upscaled }
        return x.map { value in
            ProportionVector.upscaledToU16(value, maximum: maximum)
                ?? value.saturatingMul(u16Max).safeDiv(maximum).rounded().saturatingToUInt16()
        }
    }

    /// `vec_u16_max_upscale_to_u16`: the same for u16 inputs, as `set_weights` stores weights.
    public static func maxUpscaleToU16(_ x: [UInt16]) -> [UInt16] {
        maxUpscaleToU16(x.map { I32F32(saturating: $0) })
    }

    /// `fixed_proportion_to_u16` of every entry: floor(x × 65_535), saturating.
    public static func proportionsToU16(_ x: [I32F32]) -> [UInt16] {
        ProportionVector.u16Proportions(x)
    }

    /// `vecdiv`: x_i / y_i with 0 where y_i is 0 (`safe_div`).
    public static func divide(_ x: [I32F32], by y: [I32F32]) -> [I32F32] {
        zip(x, y).map { x, y in
            // 0 ≤ x ≤ y: a proportion (0 when y is 0, as safe_div gives).
            guard x.raw >= 0, x.raw <= y.raw else { return x.safeDiv(y) }
            return y.raw == 0 ? .zero : I32F32(raw: ProportionDivider(y.raw).quotient(x.raw))
        }
    }
}
