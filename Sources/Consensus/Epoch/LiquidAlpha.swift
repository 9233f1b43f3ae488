import FixedPoint

/// Liquid alpha as the chain computes it since 2025 (`alpha_sigmoid`): each bond moves at its own
/// speed, faster when a validator's weight runs ahead of consensus (buying) or its bond sits above its
/// weight (selling).
enum LiquidAlpha {
    /// The bounds and steepness read from the hyperparameters.
    struct Parameters {
        let low: I32F32
        let high: I32F32
        let steepness: I32F32

        init(_ hyperparameters: EpochHyperparameters) {
            let u16Max = I32F32(saturating: UInt16.max)
            low = I32F32(saturating: hyperparameters.alphaLow).safeDiv(u16Max)
            high = I32F32(saturating: hyperparameters.alphaHigh).safeDiv(u16Max)
            steepness = I32F32(saturating: hyperparameters.alphaSigmoidSteepness)
        }
    }

    /// α = clamp(low + σ·(high − low), low, high), σ = 1 / (1 + exp(−(steepness/100)·(x − 1/2))) with
    /// x = clamp(w − c, 0, 1) when w ≥ b, else clamp(b − w, 0, 1).
    static func alpha(consensus c: I32F32, weight w: I32F32, bond b: I32F32, _ p: Parameters) -> I32F32 {
        let half = I32F32(raw: 1 << 31)
        let buy = clamp(w.saturatingSub(c), .zero, .one)
        let sell = clamp(b.saturatingSub(w), .zero, .one)
        let difference = w >= b ? buy : sell
        let exponent = p.steepness.saturatingDiv(I32F32(saturating: -100)).saturatingMul(
            difference.saturatingSub(half))
        let sigmoid = I32F32.one.saturatingDiv(I32F32.one.saturatingAdd(I32F32.exp(exponent) ?? .zero))
        let alpha = p.low.saturatingAdd(sigmoid.saturatingMul(p.high.saturatingSub(p.low)))
        return clamp(alpha, p.low, p.high)
    }

    /// `clamp_value`: min with high first, then max with low.
    @inline(__always)
    static func clamp(_ value: I32F32, _ low: I32F32, _ high: I32F32) -> I32F32 {
        max(min(value, high), low)
    }
}

/// Liquid alpha of 2024–2025 on the classic path: one α per column from a logistic curve through
/// (q25(C), alpha_low) and (q75(C), alpha_high) of the consensus vector.
enum LegacyLiquidAlpha {
    /// Per-column α, or nil when the chain falls back to the constant moving average.
    static func columnAlphas(consensus: [I32F32], _ hyperparameters: EpochHyperparameters) -> [I32F32]? {
        guard consensus.contains(where: { $0 != .zero }) else { return nil }
        let high = quantile(consensus, quarters: 3)
        let low = quantile(consensus, quarters: 1)
        guard high > low || high != .zero || low < .zero else { return nil }
        let parameters = LiquidAlpha.Parameters(hyperparameters)
        let (a, b) = logisticParameters(
            alphaHigh: parameters.high, alphaLow: parameters.low, consensusHigh: high, consensusLow: low)
        return consensus.map { c in
            // α_j = 1 / (1 + exp(b − a·C_j)), clamped to [alpha_low, alpha_high].
            let exponential = I32F32.exp(b.saturatingSub(a.saturatingMul(c))) ?? .zero
            let alpha = I32F32.one.safeDiv(I32F32.one.saturatingAdd(exponential))
            return LiquidAlpha.clamp(alpha, parameters.low, parameters.high)
        }
    }

    /// `calculate_logistic_params`: a = (ln(1/hi − 1) − ln(1/lo − 1)) / (c_lo − c_hi),
    /// b = ln(1/lo − 1) + a·c_lo; (0, 0) when the quartiles coincide or a bound is zero.
    static func logisticParameters(
        alphaHigh: I32F32, alphaLow: I32F32, consensusHigh: I32F32, consensusLow: I32F32
    ) -> (a: I32F32, b: I32F32) {
        guard consensusHigh > consensusLow, alphaLow != .zero, alphaHigh != .zero else {
            return (.zero, .zero)
        }
        let logHigh = I32F32.ln(I32F32.one.safeDiv(alphaHigh).saturatingSub(.one)) ?? .zero
        let logLow = I32F32.ln(I32F32.one.safeDiv(alphaLow).saturatingSub(.one)) ?? .zero
        let a = logHigh.saturatingSub(logLow).safeDiv(consensusLow.saturatingSub(consensusHigh))
        let b = logLow.saturatingAdd(a.saturatingMul(consensusLow))
        return (a, b)
    }

    /// `quantile(data, q)` for q = quarters/4: linear interpolation at position q·(len − 1). The chain
    /// computes the position in `f64`; for quarters it is exact, so integers reproduce it.
    static func quantile(_ data: [I32F32], quarters: Int) -> I32F32 {
        let sorted = data.sorted()
        guard !sorted.isEmpty else { return .zero }
        let position = quarters * (sorted.count - 1)
        let low = position / 4
        let fraction = position % 4
        guard fraction != 0 else { return sorted[low] }
        let weight = I32F32(raw: Int64(fraction) << 30)
        return sorted[low].saturatingAdd(sorted[low + 1].saturatingSub(sorted[low]).saturatingMul(weight))
    }
}
