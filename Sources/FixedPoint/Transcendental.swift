// Exponential and logarithms, step for step as in `substrate_fixed::transcendental`.
//
// These are not correctly rounded: the chain fixes the algorithm (a truncated Taylor
// series for `exp`, repeated squaring for `log2`) and its constants (e and log2(e)
// stored with only 23 fractional bits), and consensus depends on reproducing every
// intermediate rounding. Products floor, quotients truncate, and any intermediate
// overflow makes the whole function fail, exactly as the reference does.

/// The reference library's constant type: a signed value with 23 fractional bits.
@usableFromInline
struct TranscendentalConstant: FixedPointNumber {
    @usableFromInline static let fractionalBits = 23
    @usableFromInline let raw: Int32
    @inlinable init(raw: Int32) { self.raw = raw }

    /// e = 2.718281745910… (`consts::E` truncated to 23 fractional bits).
    @inlinable static var e: Self { Self(raw: 22_802_600) }

    /// log2(e) = 1.442695021629… (`consts::LOG2_E` truncated to 23 fractional bits).
    @inlinable static var log2e: Self { Self(raw: 12_102_203) }
}

extension FixedPointNumber where Raw: SignedInteger {
    /// The chain's `transcendental::exp`: e^x, or `nil` where the reference returns `Err` (intermediate overflow).
    ///
    /// Computes `1 + x + x²/2! + …` up to the term of degree `fractionalBits - 1` on |x|,
    /// each term as `(previous × |x|) / k` in this type, and inverts the sum for negative x.
    /// The special cases `exp(0) = 1` and `exp(1) = e` (23-bit e) come first.
    @inlinable
    public static func exp(_ x: Self) -> Self? {
        if x.raw == 0 { return .one }
        if x == .one { return Self(saturating: TranscendentalConstant.e) }
        let negative = x.raw < 0
        var operand = x
        if negative {
            guard let magnitude = x.checkedNeg() else { return nil }
            operand = magnitude
        }
        guard var sum = operand.checkedAdd(.one) else { return nil }
        var term = operand
        for degree in stride(from: 2, to: fractionalBits, by: 1) {
            guard let power = term.checkedMul(operand),
                let divided = power.checkedDiv(Self(degree)),
                let partial = sum.checkedAdd(divided)
            else { return nil }
            term = divided
            sum = partial
        }
        if negative {
            return Self.one.checkedDiv(sum)
        }
        return sum
    }

    /// The chain's `transcendental::log2`: log₂(x), or `nil` for x ≤ 0 (or if 1/x overflows for tiny x).
    ///
    /// Values below one are inverted first and the result negated.
    @inlinable
    public static func log2(_ x: Self) -> Self? {
        guard x.raw > 0 else { return nil }
        if x < .one {
            guard let inverse = Self.one.checkedDiv(x) else { return nil }
            // The logarithm of a value ≥ 1 is small and non-negative; negating it cannot wrap.
            return Self(raw: 0 &- log2OfAtLeastOne(inverse).raw)
        }
        return log2OfAtLeastOne(x)
    }

    /// The chain's `transcendental::ln`: `log2(x) / log2(e)` with the 23-bit constant; `nil` for x ≤ 0.
    @inlinable
    public static func ln(_ x: Self) -> Self? {
        guard let binary = log2(x) else { return nil }
        // |log2(x)| ≤ bit width and the divisor is about 1.44, so the quotient always fits.
        return binary.checkedDiv(Self(saturating: TranscendentalConstant.log2e))
    }

    /// log₂ of a value ≥ 1, one result bit per squaring.
    @inlinable
    static func log2OfAtLeastOne(_ x: Self) -> Self {
        let two = Self(exactly: 2)
        var value = x
        // Counts halvings first; the left shifts below move the count into the integer part.
        var bits: Raw = 0
        while let two, value >= two {
            bits &+= 1  // at most bitWidth halvings, far below Raw.max
            value = value.halvedRoundingUp()
        }
        if value == .one {
            return Self(saturating: bits)
        }
        for _ in 0..<fractionalBits {
            // value ∈ [1, 2), so its square ∈ [1, 4) is always in range.
            value = value.multipliedReportingOverflow(by: value).partialValue
            bits <<= 1
            if let two, value >= two {
                bits |= 1
                value = value.halvedRoundingUp()
            }
        }
        return Self(raw: bits)
    }

    /// `self / 2` rounded half up, the reference's `rs` helper (only used on positive values).
    @inlinable
    func halvedRoundingUp() -> Self {
        // For positive raw values (raw >> 1) + (raw & 1) ≤ raw, so this cannot wrap.
        Self(raw: (raw >> 1) &+ (raw & 1))
    }
}

extension I32F32 {
    /// The epoch's `exp_safe`: clamps the input to `-20...20`, then `exp`; on failure 0 for x ≤ 0, else `max`.
    @inlinable
    public static func expSafe(_ x: I32F32) -> I32F32 {
        let bound = I32F32(20)
        let clamped = Swift.min(Swift.max(x, bound.saturatingNeg()), bound)
        if let value = exp(clamped) { return value }
        return clamped.raw <= 0 ? .zero : .max
    }

    /// The epoch's `safe_exp`: `exp(x)`, or zero where it fails.
    @inlinable
    public static func safeExp(_ x: I32F32) -> I32F32 {
        exp(x) ?? .zero
    }

    /// The epoch's `safe_ln`: `ln(x)`, or zero where it fails.
    @inlinable
    public static func safeLn(_ x: I32F32) -> I32F32 {
        ln(x) ?? .zero
    }

    /// The epoch's `sigmoid_safe`: `1 / (1 + exp_safe(-rho × (x - kappa)))` with saturating steps and `safe_div`.
    @inlinable
    public static func sigmoidSafe(_ x: I32F32, rho: I32F32, kappa: I32F32) -> I32F32 {
        let offset = x.saturatingSub(kappa)
        let negativeRho = rho.saturatingMul(I32F32.one.saturatingNeg())
        let exponent = negativeRho.saturatingMul(offset)
        let denominator = expSafe(exponent).saturatingAdd(.one)
        return I32F32.one.safeDiv(denominator)
    }
}
