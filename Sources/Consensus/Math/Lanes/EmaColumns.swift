/// The per-column operands of the first classic pass, for the run rows: EMA_ij = α_j·ΔB_ij/ΣΔB_j +
/// (1 − α_j)·B_ij/ΣB_j with every α_j in `0...1` (``ProportionArithmetic``: nothing saturates).
struct EmaColumns {
    let deltaDivisors: UnsafePointer<Int64>
    let deltaReciprocals: UnsafePointer<Double>
    let bondMultipliers: UnsafePointer<UInt64>
    let bondDivisors: UnsafePointer<UInt64>
    let alphas: UnsafePointer<Int64>
    let oneMinusAlphas: UnsafePointer<Int64>
    /// Whether every α is `alphas[0]` (no liquid alpha): the α lanes are a broadcast, not a load.
    let constantAlpha: Bool
    /// Whether every α and 1 − α is below 1 (products skip their 1.0 check).
    let alphasBelowOne: Bool
    /// How large the ΣΔB_j are.
    let deltaRange: DivisorRange
    /// Whether every bond multiplier is below 2^32 (``ProportionLanes/narrowProportions(_:multipliers:divisors:)``).
    let narrowBonds: Bool

    /// The EMA of four cells of columns `j...` with ΔB `delta` (each at most ΣΔB_j, as ΣΔB_j sums the
    /// cell) and stored bonds `bonds`.
    @inline(__always)
    func emaLanes(delta: SIMD4<Int64>, bonds: SIMD4<UInt64>, _ j: Int) -> SIMD4<Int64> {
        let deltaDivisorLanes = UnsafeRawPointer(deltaDivisors + j).loadUnaligned(as: SIMD4<Int64>.self)
        let deltaReciprocalLanes = UnsafeRawPointer(deltaReciprocals + j).loadUnaligned(
            as: SIMD4<Double>.self)
        let normalizedDelta =
            deltaRange == .below31
            ? ProportionLanes.quotientsBelow31(
                delta, divisors: deltaDivisorLanes, reciprocals: deltaReciprocalLanes)
            : ProportionLanes.boundedQuotients(
                delta, divisors: deltaDivisorLanes, reciprocals: deltaReciprocalLanes, range: deltaRange)
        let multipliers = UnsafeRawPointer(bondMultipliers + j).loadUnaligned(as: SIMD4<UInt64>.self)
        let divisors = UnsafeRawPointer(bondDivisors + j).loadUnaligned(as: SIMD4<UInt64>.self)
        let normalizedBond =
            narrowBonds
            ? ProportionLanes.narrowProportions(bonds, multipliers: multipliers, divisors: divisors)
            : ProportionLanes.proportions(bonds, multipliers: multipliers, divisors: divisors)
        let alpha =
            constantAlpha
            ? SIMD4<Int64>(repeating: alphas[0])
            : UnsafeRawPointer(alphas + j).loadUnaligned(as: SIMD4<Int64>.self)
        let oneMinusAlpha =
            constantAlpha
            ? SIMD4<Int64>(repeating: oneMinusAlphas[0])
            : UnsafeRawPointer(oneMinusAlphas + j).loadUnaligned(as: SIMD4<Int64>.self)
        if alphasBelowOne, narrowBonds {
            // The normalized bonds are below 1 (see ``ProportionLanes/narrowProportions(_:multipliers:divisors:)``).
            return ProportionLanes.products(belowOne: alpha, normalizedDelta)
                &+ ProportionLanes.narrowProducts(oneMinusAlpha, normalizedBond)
        }
        if alphasBelowOne {
            return ProportionLanes.products(belowOne: alpha, normalizedDelta)
                &+ ProportionLanes.products(belowOne: oneMinusAlpha, normalizedBond)
        }
        return ProportionLanes.products(alpha, normalizedDelta)
            &+ ProportionLanes.products(oneMinusAlpha, normalizedBond)
    }

    /// ``emaLanes(delta:bonds:_:)`` for operands of the common shape (see ``isCommonShape``), written
    /// without branches, so that it stays small enough to be inlined wherever it is called.
    @inline(__always)
    func commonEmaLanes(delta: SIMD4<Int64>, bonds: SIMD4<UInt64>, _ j: Int) -> SIMD4<Int64> {
        let normalizedDelta = ProportionLanes.quotientsBelow31(
            delta, divisors: UnsafeRawPointer(deltaDivisors + j).loadUnaligned(as: SIMD4<Int64>.self),
            reciprocals: UnsafeRawPointer(deltaReciprocals + j).loadUnaligned(as: SIMD4<Double>.self))
        let normalizedBond = ProportionLanes.narrowProportions(
            bonds, multipliers: UnsafeRawPointer(bondMultipliers + j).loadUnaligned(as: SIMD4<UInt64>.self),
            divisors: UnsafeRawPointer(bondDivisors + j).loadUnaligned(as: SIMD4<UInt64>.self))
        return ProportionLanes.products(belowOne: SIMD4<Int64>(repeating: alphas[0]), normalizedDelta)
            &+ ProportionLanes.narrowProducts(SIMD4<Int64>(repeating: oneMinusAlphas[0]), normalizedBond)
    }

    /// Whether these are the operands of a subnet without liquid alpha whose column sums are all
    /// narrow (then ``commonShape`` is them with these facts as constants, for a specialized loop).
    var isCommonShape: Bool { constantAlpha && alphasBelowOne && deltaRange == .below31 && narrowBonds }

    /// The same operands with the facts of ``isCommonShape`` written as literals.
    @inline(__always)
    var commonShape: EmaColumns {
        EmaColumns(
            deltaDivisors: deltaDivisors, deltaReciprocals: deltaReciprocals,
            bondMultipliers: bondMultipliers,
            bondDivisors: bondDivisors, alphas: alphas, oneMinusAlphas: oneMinusAlphas, constantAlpha: true,
            alphasBelowOne: true, deltaRange: .below31, narrowBonds: true)
    }

    /// The EMA of one cell of column `j` (the scalar operations of ``emaLanes(delta:bonds:_:)``).
    @inline(__always)
    func ema(delta: Int64, bond: UInt16, _ j: Int) -> Int64 {
        let normalizedDelta = ProportionDivider(divisor: deltaDivisors[j], reciprocal: deltaReciprocals[j])
            .quotient(delta)
        let normalizedBond = U16Proportion(multiplier: bondMultipliers[j], divisor: bondDivisors[j])(bond)
        return proportionProduct(alphas[constantAlpha ? 0 : j], normalizedDelta)
            &+ proportionProduct(oneMinusAlphas[constantAlpha ? 0 : j], normalizedBond)
    }
}
