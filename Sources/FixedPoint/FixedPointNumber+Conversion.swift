// Conversions from integers, floats and other fixed-point types, and back to integers.
//
// Every conversion goes through a sign and a magnitude counted in units of the
// target's last place, held in a `UInt128`. All types in this module store at
// most 128 bits, so the magnitude of any stored integer fits.

extension FixedPointNumber {
    /// The sign and the magnitude of the stored integer.
    @inlinable
    var signAndMagnitude: (negative: Bool, magnitude: UInt128) {
        (raw < 0, UInt128(truncatingIfNeeded: raw.magnitude))
    }

    /// Creates the value `±magnitude` ulps, or `nil` when it is out of range.
    @inlinable
    init?(exactRawMagnitude magnitude: UInt128, negative: Bool) {
        if negative && magnitude != 0 {
            guard Raw.isSigned, magnitude <= UInt128(truncatingIfNeeded: Raw.min.magnitude) else {
                return nil
            }
            // Two's complement of a magnitude ≤ 2^(bitWidth-1), truncated to the stored width.
            self.init(raw: Raw(truncatingIfNeeded: 0 &- magnitude))
        } else {
            guard let stored = Raw(exactly: magnitude) else { return nil }
            self.init(raw: stored)
        }
    }

    /// Creates the value `±magnitude` ulps, clamped to `min...max`.
    @inlinable
    init(saturatingRawMagnitude magnitude: UInt128, negative: Bool) {
        if let exact = Self(exactRawMagnitude: magnitude, negative: negative) {
            self = exact
        } else {
            self = negative ? .min : .max
        }
    }

    /// Creates `value` (exact), or `nil` when it is out of range.
    @inlinable
    public init?<I: BinaryInteger>(exactly value: I) {
        guard let magnitude = UInt128(exactly: value.magnitude),
            let scaled = FixedPointScaling.shiftedLeft(magnitude, by: Self.fractionalBits)
        else { return nil }
        self.init(exactRawMagnitude: scaled, negative: value < 0)
    }

    /// Creates `value` (exact), clamped to `min...max`; the chain's `saturating_from_num` of an integer.
    @inlinable
    public init<I: BinaryInteger>(saturating value: I) {
        if let exact = Self(exactly: value) {
            self = exact
        } else {
            self = value < 0 ? .min : .max
        }
    }

    /// Creates `value` (exact), clamped to `min...max`.
    @inlinable
    public init(_ value: Int) {
        self.init(saturating: value)
    }

    /// Converts another fixed-point value, dropping extra fractional bits by flooring and clamping to `min...max`.
    @inlinable
    public init<F: FixedPointNumber>(saturating other: F) {
        let (negative, scaled) = Self.rescaledMagnitude(of: other)
        if let scaled {
            self.init(saturatingRawMagnitude: scaled, negative: negative)
        } else {
            self = negative ? .min : .max
        }
    }

    /// The sign of `other` and its magnitude in this type's fractional bits (floored), or nil when the
    /// magnitude does not fit 128 bits.
    @inlinable
    static func rescaledMagnitude<F: FixedPointNumber>(of other: F) -> (negative: Bool, magnitude: UInt128?) {
        let (negative, magnitude) = other.signAndMagnitude
        let difference = Self.fractionalBits - F.fractionalBits
        if difference >= 0 { return (negative, FixedPointScaling.shiftedLeft(magnitude, by: difference)) }
        return (
            negative, FixedPointScaling.shiftedRightFlooring(magnitude, negative: negative, by: -difference)
        )
    }

    /// Converts another fixed-point value, dropping extra fractional bits by flooring, or `nil` when out of range.
    @inlinable
    public init?<F: FixedPointNumber>(exactlyFlooring other: F) {
        let (negative, scaled) = Self.rescaledMagnitude(of: other)
        guard let scaled else { return nil }
        self.init(exactRawMagnitude: scaled, negative: negative)
    }

    /// Rounds `value` to the nearest representable value, ties to even, clamped to `min...max`; NaN gives zero.
    @inlinable
    public init(saturating value: Double) {
        self.init(saturatingBinaryFloat: value)
    }

    /// Rounds `value` to the nearest representable value, ties to even, clamped to `min...max`; NaN gives zero.
    @inlinable
    public init(saturating value: Float) {
        self.init(saturatingBinaryFloat: value)
    }

    /// Exact float conversion from the IEEE bit pattern: round to nearest, ties to even, then clamp.
    @inlinable
    init<F: BinaryFloatingPoint>(saturatingBinaryFloat value: F) {
        if value.isNaN {
            self = .zero
            return
        }
        let negative = value.sign == .minus
        if value.isInfinite {
            self = negative ? .min : .max
            return
        }
        if value.isZero {
            self = .zero
            return
        }
        // value = significand × 2^exponent with an integer significand of at most 64 bits
        // for Float and Double.
        let fractionWidth = F.significandBitCount
        let bias = (1 << (F.exponentBitCount - 1)) - 1
        let biasedExponent = Int(truncatingIfNeeded: value.exponentBitPattern)
        var significand = UInt128(truncatingIfNeeded: value.significandBitPattern)
        let exponent: Int
        if biasedExponent == 0 {
            exponent = 1 - bias - fractionWidth
        } else {
            significand |= UInt128(1) << fractionWidth
            exponent = biasedExponent - bias - fractionWidth
        }
        let shift = exponent + Self.fractionalBits
        let magnitude: UInt128
        if shift >= 0 {
            guard let shifted = FixedPointScaling.shiftedLeft(significand, by: shift) else {
                self = negative ? .min : .max
                return
            }
            magnitude = shifted
        } else {
            magnitude = FixedPointScaling.shiftedRightRoundingTiesToEven(significand, by: -shift)
        }
        self.init(saturatingRawMagnitude: magnitude, negative: negative)
    }

    /// The value rounded toward negative infinity to an integer of type `T`, clamped to `T`'s range.
    @inlinable
    public func saturatingToInteger<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T {
        let (negative, magnitude) = signAndMagnitude
        let integral = FixedPointScaling.shiftedRightFlooring(
            magnitude, negative: negative, by: Self.fractionalBits)
        if negative && integral != 0 {
            guard T.isSigned else { return 0 }
            guard integral <= UInt128(truncatingIfNeeded: T.min.magnitude) else { return T.min }
            return T(truncatingIfNeeded: 0 &- integral)
        }
        return T(exactly: integral) ?? T.max
    }

    /// The value rounded toward negative infinity to an integer of type `T`, or `nil` when out of range.
    @inlinable
    public func checkedToInteger<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T? {
        let (negative, magnitude) = signAndMagnitude
        let integral = FixedPointScaling.shiftedRightFlooring(
            magnitude, negative: negative, by: Self.fractionalBits)
        if negative && integral != 0 {
            guard T.isSigned, integral <= UInt128(truncatingIfNeeded: T.min.magnitude) else { return nil }
            return T(truncatingIfNeeded: 0 &- integral)
        }
        return T(exactly: integral)
    }

    /// The floor of the value as `UInt64`, clamped (negative values give 0).
    @inlinable
    public func saturatingToUInt64() -> UInt64 { saturatingToInteger(UInt64.self) }

    /// The floor of the value as `UInt16`, clamped (negative values give 0).
    @inlinable
    public func saturatingToUInt16() -> UInt16 { saturatingToInteger(UInt16.self) }

    /// The floor of the value as `Int64`, clamped.
    @inlinable
    public func saturatingToInt64() -> Int64 { saturatingToInteger(Int64.self) }

    /// The floor of the value as `UInt128`, clamped (negative values give 0).
    @inlinable
    public func saturatingToUInt128() -> UInt128 { saturatingToInteger(UInt128.self) }

    /// The nearest `Double`; for display and diagnostics only, never for consensus arithmetic.
    @inlinable
    public var doubleValue: Double {
        // Int128/UInt128 to Double rounds once; scaling by a power of two is then exact.
        Double(raw) * Double(sign: .plus, exponent: -Self.fractionalBits, significand: 1)
    }
}

/// Shifts on unsigned magnitudes with explicit rounding and overflow reporting.
@usableFromInline
enum FixedPointScaling {
    /// A mask of the `bits` lowest bits (all ones for 128 or more).
    @inlinable
    static func lowBitsMask(_ bits: Int) -> UInt128 {
        // A smart shift by 128 or more gives 0, and 0 &- 1 is all ones, the wanted mask.
        (UInt128(1) << bits) &- 1
    }

    /// `magnitude << shift`, or `nil` if a set bit would be shifted out.
    @inlinable
    static func shiftedLeft(_ magnitude: UInt128, by shift: Int) -> UInt128? {
        if magnitude == 0 { return 0 }
        guard shift < UInt128.bitWidth, magnitude.leadingZeroBitCount >= shift else { return nil }
        return magnitude << shift
    }

    /// The magnitude of `floor(±magnitude / 2^shift)`: truncates for positive values, rounds up for negative ones.
    @inlinable
    static func shiftedRightFlooring(_ magnitude: UInt128, negative: Bool, by shift: Int) -> UInt128 {
        guard shift > 0 else { return magnitude }
        guard shift < UInt128.bitWidth else { return (negative && magnitude != 0) ? 1 : 0 }
        let quotient = magnitude >> shift
        let dropped = magnitude & lowBitsMask(shift)
        // quotient < 2^(128 - shift), so adding one cannot overflow.
        return (negative && dropped != 0) ? quotient &+ 1 : quotient
    }

    /// `magnitude / 2^shift` rounded to nearest, ties to even.
    @inlinable
    static func shiftedRightRoundingTiesToEven(_ magnitude: UInt128, by shift: Int) -> UInt128 {
        guard shift > 0 else { return magnitude }
        guard shift <= UInt128.bitWidth else { return 0 }
        // Smart shifts: shifting by the full width gives 0.
        let quotient = magnitude >> shift
        let remainder = magnitude & lowBitsMask(shift)
        let half = UInt128(1) << (shift - 1)
        let roundUp = remainder > half || (remainder == half && quotient & 1 == 1)
        // quotient < 2^(128 - shift), so adding one cannot overflow.
        return roundUp ? quotient &+ 1 : quotient
    }
}
