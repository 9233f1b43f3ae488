import FixedPoint

// The 2022 runtime was built without overflow checks, so `substrate_fixed` operators on
// `I65F63` wrap instead of panicking, and `to_num::<u64>()` floors and keeps the low 64 bits.
// These helpers reproduce that behaviour on top of FixedPoint's overflow-reporting primitives.
// They are used only where an overflow is reachable from some input; everywhere else the
// pipeline uses FixedPoint's saturating operators, which give the same value when nothing overflows.

extension I65F63 {
    /// `self + rhs`, wrapping on overflow like the release runtime.
    func releaseAdd(_ rhs: I65F63) -> I65F63 {
        addingReportingOverflow(rhs).partialValue
    }

    /// `self − rhs`, wrapping on overflow like the release runtime.
    func releaseSub(_ rhs: I65F63) -> I65F63 {
        subtractingReportingOverflow(rhs).partialValue
    }

    /// `self × rhs` floored, wrapping on overflow like the release runtime.
    func releaseMul(_ rhs: I65F63) -> I65F63 {
        multipliedReportingOverflow(by: rhs).partialValue
    }

    /// `−self`, wrapping at the minimum like the release runtime.
    func releaseNeg() -> I65F63 {
        I65F63(raw: 0 &- raw)
    }

    /// `self / rhs` truncated toward zero, keeping the low 128 bits of an oversized quotient.
    ///
    /// Throws where the runtime panics: on a zero divisor.
    func releaseDiv(_ rhs: I65F63) throws(NakamotoStepError) -> I65F63 {
        guard rhs.raw != 0 else { throw .divisionByZero }
        if let quotient = checkedDiv(rhs) { return quotient }
        // Out of range: long-divide |self| · 2^63 by |rhs| and keep the low word of the quotient.
        let dividend = raw.magnitude
        let divisor = rhs.raw.magnitude
        let high = dividend >> (128 - Self.fractionalBits)
        let low = dividend << Self.fractionalBits
        let lowQuotient = divisor.dividingFullWidth((high: high % divisor, low: low)).quotient
        let negative = (raw < 0) != (rhs.raw < 0)
        return I65F63(raw: Int128(truncatingIfNeeded: negative ? 0 &- lowQuotient : lowQuotient))
    }

    /// `to_num::<u64>()` in the release runtime: floor, then keep the low 64 bits.
    var releaseUInt64: UInt64 {
        UInt64(truncatingIfNeeded: raw >> Self.fractionalBits)
    }
}
