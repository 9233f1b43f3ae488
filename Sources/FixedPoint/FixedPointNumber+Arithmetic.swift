// Addition, subtraction, multiplication and division with explicit overflow rules.
//
// Products are computed at full double width and shifted right arithmetically
// by `fractionalBits`, so they round toward negative infinity. Quotients are
// `(lhs << fractionalBits) / rhs` computed at double width and truncated toward
// zero, as in `substrate_fixed`.

extension FixedPointNumber {
    /// `self + rhs` and whether the exact sum was out of range (the value then wraps).
    @inlinable
    public func addingReportingOverflow(_ rhs: Self) -> (partialValue: Self, overflow: Bool) {
        let (sum, overflow) = raw.addingReportingOverflow(rhs.raw)
        return (Self(raw: sum), overflow)
    }

    /// `self - rhs` and whether the exact difference was out of range (the value then wraps).
    @inlinable
    public func subtractingReportingOverflow(_ rhs: Self) -> (partialValue: Self, overflow: Bool) {
        let (difference, overflow) = raw.subtractingReportingOverflow(rhs.raw)
        return (Self(raw: difference), overflow)
    }

    /// `self * rhs` rounded toward negative infinity, and whether it was out of range (the value then wraps).
    @inlinable
    public func multipliedReportingOverflow(by rhs: Self) -> (partialValue: Self, overflow: Bool) {
        let product = raw.multipliedFullWidth(by: rhs.raw)
        let shift = Self.fractionalBits
        // Arithmetic right shift of the double-width product (high:low) by `shift`.
        // Smart shifts never trap: a shift by the full width yields 0 (or -1).
        let low = Raw(truncatingIfNeeded: product.low >> shift) | (product.high << (Raw.bitWidth - shift))
        let high = product.high >> shift
        let expectedHigh: Raw = (Raw.isSigned && low < 0) ? ~Raw(0) : 0
        return (Self(raw: low), high != expectedHigh)
    }

    /// `self / rhs` truncated toward zero, or `nil` when `rhs` is zero or the quotient is out of range.
    @inlinable
    public func checkedDiv(_ rhs: Self) -> Self? {
        switch dividedWithStatus(by: rhs) {
        case .value(let quotient): return quotient
        case .divisionByZero, .overflow: return nil
        }
    }

    /// `self + rhs`, or `nil` on overflow.
    @inlinable
    public func checkedAdd(_ rhs: Self) -> Self? {
        let (sum, overflow) = addingReportingOverflow(rhs)
        return overflow ? nil : sum
    }

    /// `self - rhs`, or `nil` on overflow.
    @inlinable
    public func checkedSub(_ rhs: Self) -> Self? {
        let (difference, overflow) = subtractingReportingOverflow(rhs)
        return overflow ? nil : difference
    }

    /// `self * rhs` rounded toward negative infinity, or `nil` on overflow.
    @inlinable
    public func checkedMul(_ rhs: Self) -> Self? {
        let (product, overflow) = multipliedReportingOverflow(by: rhs)
        return overflow ? nil : product
    }

    /// `self + rhs`, clamped to `min...max`.
    @inlinable
    public func saturatingAdd(_ rhs: Self) -> Self {
        let (sum, overflow) = addingReportingOverflow(rhs)
        guard overflow else { return sum }
        // Unsigned addition can only overflow upward; signed overflow follows the sign of rhs.
        return (Raw.isSigned && rhs.raw < 0) ? .min : .max
    }

    /// `self - rhs`, clamped to `min...max`.
    @inlinable
    public func saturatingSub(_ rhs: Self) -> Self {
        let (difference, overflow) = subtractingReportingOverflow(rhs)
        guard overflow else { return difference }
        // Unsigned subtraction can only overflow downward; signed overflow is opposite to the sign of rhs.
        return (Raw.isSigned && rhs.raw < 0) ? .max : .min
    }

    /// `self * rhs` rounded toward negative infinity, clamped to `min...max`.
    @inlinable
    public func saturatingMul(_ rhs: Self) -> Self {
        let (product, overflow) = multipliedReportingOverflow(by: rhs)
        guard overflow else { return product }
        return (raw < 0) != (rhs.raw < 0) ? .min : .max
    }

    /// `self / rhs` truncated toward zero, clamped to `min...max`; dividing by zero gives zero.
    ///
    /// `substrate_fixed` panics on a zero divisor here; this type never traps and returns zero instead.
    @inlinable
    public func saturatingDiv(_ rhs: Self) -> Self {
        switch dividedWithStatus(by: rhs) {
        case .value(let quotient): return quotient
        case .divisionByZero: return .zero
        case .overflow: return (raw < 0) != (rhs.raw < 0) ? .min : .max
        }
    }

    /// The chain's `safe_div`: `self / rhs` truncated toward zero, or zero on division by zero or overflow.
    @inlinable
    public func safeDiv(_ rhs: Self) -> Self {
        checkedDiv(rhs) ?? .zero
    }

    /// `-self`, clamped to `min...max` (for unsigned types every nonzero value maps to zero).
    @inlinable
    public func saturatingNeg() -> Self {
        guard Raw.isSigned else { return .zero }
        let (negated, overflow) = Raw(0).subtractingReportingOverflow(raw)
        return overflow ? .max : Self(raw: negated)
    }

    /// `-self`, or `nil` when it is out of range (`min` of a signed type, any nonzero unsigned value).
    @inlinable
    public func checkedNeg() -> Self? {
        let (negated, overflow) = Raw(0).subtractingReportingOverflow(raw)
        return overflow ? nil : Self(raw: negated)
    }

    /// The absolute value, clamped to `max`.
    @inlinable
    public func saturatingAbs() -> Self {
        raw < 0 ? saturatingNeg() : self
    }
}

/// The outcome of a fixed-point division before an overflow rule is applied.
@usableFromInline
enum FixedPointDivision<Value> {
    case value(Value)
    case divisionByZero
    case overflow
}

extension FixedPointNumber {
    /// Computes `(self << fractionalBits) / rhs` at double width, truncating toward zero.
    @inlinable
    func dividedWithStatus(by rhs: Self) -> FixedPointDivision<Self> {
        guard rhs.raw != 0 else { return .divisionByZero }
        let shift = Self.fractionalBits
        let negative = (raw < 0) != (rhs.raw < 0)
        let dividendMagnitude = raw.magnitude
        let divisor = rhs.raw.magnitude
        let dividend = (
            high: dividendMagnitude >> (Raw.bitWidth - shift),
            low: dividendMagnitude << shift
        )
        // The quotient fits in a single word exactly when the high word is below the divisor,
        // which is also the precondition of `dividingFullWidth`.
        guard dividend.high < divisor else { return .overflow }
        // A dividend that fits in one word needs only the one-word division, which is much cheaper.
        let quotient = dividend.high == 0 ? dividend.low / divisor : divisor.dividingFullWidth(dividend).quotient
        if negative {
            // Only reachable for signed types; `Raw.min.magnitude` is 2^(bitWidth-1).
            guard quotient <= Raw.min.magnitude else { return .overflow }
            return .value(Self(raw: Raw(truncatingIfNeeded: 0 &- quotient)))
        }
        guard quotient <= Raw.max.magnitude else { return .overflow }
        return .value(Self(raw: Raw(truncatingIfNeeded: quotient)))
    }
}
