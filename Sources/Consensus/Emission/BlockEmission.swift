import FixedPoint

// Block emission under the supply halving schedule, step for step as
// `coinbase/block_emission.rs::get_block_emission_for_issuance` of subtensor v3.3.0-361
// (identical results to `coinbase/root.rs` of v1.1.6).
//
//     h        = floor(log2(1 / (1 - issuance / (2 × 10.5e15))))   in I96F32
//     emission = floor((1 / 2^h) × 1e9)                            in I96F32
//
// with `substrate_fixed::transcendental::log2`, which `I96F32.log2` reproduces bit for bit.
// Both chain versions give the same value for every input: v1.1.6 uses `from_num`, `to_num` and
// `saturating_div` where v3.3.0 uses `saturating_from_num`, `saturating_to_num` and `safe_div`,
// and none of those conversions overflows and the divisor 2^h is never zero on this path.

/// Why the chain's block-emission computation fails (`Err("Logarithm calculation failed")`).
public enum BlockEmissionError: Error, Equatable, Sendable {
    /// A checked division or subtraction failed, or `log2` got a non-positive operand.
    case logarithmCalculationFailed
}

/// Rao minted per block as a function of issuance, halving each time half the remaining supply is issued.
public enum BlockEmission {
    /// The supply cap, 21 million TAO in rao (the chain's `TotalSupply`).
    public static let totalSupply: UInt64 = 21_000_000_000_000_000

    /// Rao per block before the first halving, 1 TAO (the chain's `DefaultBlockEmission`).
    public static let defaultBlockEmission: UInt64 = 1_000_000_000

    // The chain returns `Result<u64, &'static str>` and its callers pick the fallback:
    // `block_step` and `run_coinbase` use `unwrap_or(0)`, `get_lock_reduction_interval` uses 1e9.
    // No input reaches the error: issuance ≥ `totalSupply` returns 0 first, and below it the
    // ratio `issuance / 21e15` has raw value at most 2^32 − 1, so `1 − ratio` ≥ 2^-32,
    // its inverse ≤ 2^32 fits, and `log2` gets an operand ≥ 1.

    /// Rao per block at `issuance`; throws where the chain returns `Err` (no `UInt64` input does, see above).
    public static func forIssuance(_ issuance: UInt64) throws(BlockEmissionError) -> UInt64 {
        let totalIssuance = I96F32(saturating: issuance)
        // At or above the cap 1 − issuance/21e15 would be zero or negative; the chain stops here first.
        if totalIssuance >= I96F32(saturating: totalSupply) {
            return 0
        }
        let one = I96F32(saturating: 1.0)
        let two = I96F32(saturating: 2.0)
        // 10.5e15 is exact in an f64, so this is exactly 21e15.
        let supply = two.saturatingMul(I96F32(saturating: 10_500_000_000_000_000.0))
        guard let issuedFraction = totalIssuance.checkedDiv(supply),
            let remainingFraction = one.checkedSub(issuedFraction),
            let inverse = one.checkedDiv(remainingFraction),
            let residual = I96F32.log2(inverse)
        else {
            throw .logarithmCalculationFailed
        }
        let halvings = residual.floor().saturatingToUInt64()
        // 2^halvings by repeated saturating doubling; at most 32 rounds here (log2 of ≤ 2^32).
        var multiplier = one
        for _ in 0..<halvings {
            multiplier = multiplier.saturatingMul(two)
        }
        let percentage = one.safeDiv(multiplier)
        let emission = percentage.saturatingMul(I96F32(saturating: defaultBlockEmission))
        return emission.saturatingToUInt64()
    }
}
