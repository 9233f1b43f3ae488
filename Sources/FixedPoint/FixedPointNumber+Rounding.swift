// Rounding to integral values.

extension FixedPointNumber {
    /// The largest integral value not above `self` (cannot overflow).
    @inlinable
    public func floor() -> Self {
        // (1 << fractionalBits) ≥ 1, and a wrapping subtraction gives the right mask even when the shift hits the sign bit.
        let fractionMask = (Raw(1) << Self.fractionalBits) &- 1
        return Self(raw: raw & ~fractionMask)
    }

    /// The nearest integral value, ties rounded away from zero, clamped to `min...max`.
    @inlinable
    public func rounded() -> Self {
        let (negative, magnitude) = signAndMagnitude
        let shift = Self.fractionalBits
        guard shift > 0 else { return self }
        let half = UInt128(1) << (shift - 1)
        var integral = magnitude >> shift
        if magnitude & FixedPointScaling.lowBitsMask(shift) >= half {
            // integral < 2^(128 - shift), so adding one cannot overflow.
            integral &+= 1
        }
        guard let scaled = FixedPointScaling.shiftedLeft(integral, by: shift) else {
            return negative ? .min : .max
        }
        return Self(saturatingRawMagnitude: scaled, negative: negative)
    }

    /// The fractional part `self - floor()`, always in `0..<1`.
    @inlinable
    public var fractionalPart: Self {
        let fractionMask = (Raw(1) << Self.fractionalBits) &- 1
        return Self(raw: raw & fractionMask)
    }
}
