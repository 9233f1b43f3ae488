/// The per-column operands of the second classic pass: the EMA column sums (normalizers), the
/// maxima of colnorm(EMA) (upscalers) and the incentive.
struct DividendColumns {
    let normalizerDivisors: UnsafePointer<Int64>
    let normalizerReciprocals: UnsafePointer<Double>
    let upscalerDivisors: UnsafePointer<Int64>
    let upscalerReciprocals: UnsafePointer<Double>
    let incentive: UnsafePointer<Int64>
    /// Whether every incentive is below 1.
    let incentiveBelowOne: Bool
    /// How large the EMA column sums are.
    let normalizerRange: DivisorRange
    /// How large the maxima of colnorm(EMA) are.
    let upscalerRange: DivisorRange

    /// Whether the incentive is below 1, the sums below 2^32 and the maxima below 2^31 (then
    /// ``commonShape`` is these operands with these facts as constants, for a specialized loop).
    var isCommonShape: Bool { incentiveBelowOne && normalizerRange != .wide && upscalerRange == .below31 }

    /// The same operands with the facts of ``isCommonShape`` written as literals.
    @inline(__always)
    var commonShape: DividendColumns {
        DividendColumns(
            normalizerDivisors: normalizerDivisors, normalizerReciprocals: normalizerReciprocals,
            upscalerDivisors: upscalerDivisors, upscalerReciprocals: upscalerReciprocals,
            incentive: incentive,
            incentiveBelowOne: true, normalizerRange: .below32, upscalerRange: .below31)
    }

    /// ``normalized(_:_:)``, ``dividendLanes(_:_:)`` and ``storedLanes(_:_:)`` of four cells for operands
    /// of the common shape (see ``isCommonShape``), written without branches, so that it stays small
    /// enough to be inlined wherever it is called.
    ///
    /// Every colnorm(EMA) is below 1 here: its column's largest is below 2^31 (the upscalers'
    /// range), so every cell is below its column's sum. The quotient then needs no check for a cell
    /// equal to its sum, nor the product one for 1.0.
    @inline(__always)
    func commonLanes(_ ema: SIMD4<Int64>, _ j: Int) -> (dividends: SIMD4<Int64>, stored: SIMD4<UInt16>) {
        let normalized = ProportionLanes.quotientsBelowDivisors(
            ema, divisors: UnsafeRawPointer(normalizerDivisors + j).loadUnaligned(as: SIMD4<Int64>.self),
            reciprocals: UnsafeRawPointer(normalizerReciprocals + j).loadUnaligned(as: SIMD4<Double>.self))
        let dividends = ProportionLanes.narrowProducts(
            UnsafeRawPointer(incentive + j).loadUnaligned(as: SIMD4<Int64>.self), normalized)
        let upscaled = ProportionLanes.quotientsBelow31(
            normalized, divisors: UnsafeRawPointer(upscalerDivisors + j).loadUnaligned(as: SIMD4<Int64>.self),
            reciprocals: UnsafeRawPointer(upscalerReciprocals + j).loadUnaligned(as: SIMD4<Double>.self))
        let words = unsafeBitCast(
            SIMD4<UInt64>(truncatingIfNeeded: upscaled) &* 65_535, to: SIMD16<UInt16>.self)
        return (dividends, SIMD4<UInt16>(words[2], words[6], words[10], words[14]))
    }

    /// colnorm(EMA) of four cells of columns `j...`: each EMA is at most its column's sum, and each
    /// sum is 0 only where its cells are (see ``ProportionLanes/boundedQuotients(_:divisors:reciprocals:narrow:)``).
    @inline(__always)
    func normalized(_ ema: SIMD4<Int64>, _ j: Int) -> SIMD4<Int64> {
        ProportionLanes.boundedQuotients(
            ema, divisors: UnsafeRawPointer(normalizerDivisors + j).loadUnaligned(as: SIMD4<Int64>.self),
            reciprocals: UnsafeRawPointer(normalizerReciprocals + j).loadUnaligned(as: SIMD4<Double>.self),
            range: normalizerRange)
    }

    /// I_j × colnorm(EMA)_ij of four cells.
    @inline(__always)
    func dividendLanes(_ normalized: SIMD4<Int64>, _ j: Int) -> SIMD4<Int64> {
        let incentives = UnsafeRawPointer(incentive + j).loadUnaligned(as: SIMD4<Int64>.self)
        return incentiveBelowOne
            ? ProportionLanes.products(belowOne: incentives, normalized)
            : ProportionLanes.products(incentives, normalized)
    }

    /// The stored u16 of four cells: colnorm(EMA) divided by its column maximum (which bounds it, the
    /// floor division being monotone), as `fixed_proportion_to_u16`.
    @inline(__always)
    func storedLanes(_ normalized: SIMD4<Int64>, _ j: Int) -> SIMD4<UInt16> {
        let upscalerDivisorLanes = UnsafeRawPointer(upscalerDivisors + j).loadUnaligned(as: SIMD4<Int64>.self)
        let upscalerReciprocalLanes = UnsafeRawPointer(upscalerReciprocals + j).loadUnaligned(
            as: SIMD4<Double>.self)
        let upscaled =
            upscalerRange == .below31
            ? ProportionLanes.quotientsBelow31(
                normalized, divisors: upscalerDivisorLanes, reciprocals: upscalerReciprocalLanes)
            : ProportionLanes.boundedQuotients(
                normalized, divisors: upscalerDivisorLanes, reciprocals: upscalerReciprocalLanes,
                range: upscalerRange)
        // floor(x · 65_535 / 2^32) is bits 32...47 of x · 65_535 < 2^48: the third u16 of each lane.
        let words = unsafeBitCast(
            SIMD4<UInt64>(truncatingIfNeeded: upscaled) &* 65_535, to: SIMD16<UInt16>.self)
        return SIMD4<UInt16>(words[2], words[6], words[10], words[14])
    }

    /// ``normalized(_:_:)`` of one cell.
    @inline(__always)
    func normalized(_ ema: Int64, _ j: Int) -> Int64 {
        ProportionDivider(divisor: normalizerDivisors[j], reciprocal: normalizerReciprocals[j]).quotient(ema)
    }

    /// ``storedLanes(_:_:)`` of one cell.
    @inline(__always)
    func stored(_ normalized: Int64, _ j: Int) -> UInt16 {
        proportionToU16(
            ProportionDivider(divisor: upscalerDivisors[j], reciprocal: upscalerReciprocals[j])
                .quotient(normalized))
    }
}
