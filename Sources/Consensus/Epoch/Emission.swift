import FixedPoint

/// Step 13: how the epoch's rao is split between servers (incentive) and validators (dividends).
struct Emission {
    /// normalize(I + D), also the pruning-score basis.
    var normalizedCombined: [I32F32]
    /// Rao per uid as server: floor(I_j / Σ(I + D) × rao).
    var server: [UInt64]
    /// Rao per uid as validator: floor(D_i / Σ(I + D) × rao).
    var validator: [UInt64]
    /// Rao of the combined share, as stored in `Emission`.
    var combined: [UInt64]

    /// The split of `raoEmission`: the exact one-pass form for proportions where it applies
    /// (``init(proportionsOf:dividends:raoEmission:)``), the chain's operations otherwise.
    init(
        incentive: [I32F32], dividends: [I32F32], stake: [I32F32], activeStake: [I32F32], raoEmission: UInt64
    ) {
        self =
            Emission(proportionsOf: incentive, dividends: dividends, raoEmission: raoEmission)
            ?? Emission(
                generic: incentive, dividends: dividends, stake: stake, activeStake: activeStake,
                raoEmission: raoEmission)
    }

    /// Step 13 with the chain's saturating operations, for any input.
    init(
        generic incentive: [I32F32], dividends: [I32F32], stake: [I32F32], activeStake: [I32F32],
        raoEmission: UInt64
    ) {
        let combinedShare = zip(incentive, dividends).map { $0.saturatingAdd($1) }
        let sum = combinedShare.saturatingSum()
        let serverShare = EpochMath.normalize(incentive, usingSum: sum)
        var validatorShare = EpochMath.normalize(dividends, usingSum: sum)
        normalizedCombined = EpochMath.normalize(combinedShare)
        // Nobody earned incentive or dividends: pay validators by (active) stake.
        if sum == .zero {
            let fallback = activeStake.saturatingSum() == .zero ? stake : activeStake
            validatorShare = fallback
            normalizedCombined = fallback
        }
        let rao = I96F32(saturating: raoEmission)
        func toRao(_ share: [I32F32]) -> [UInt64] {
            share.map {
                ProportionVector.rao($0, of: raoEmission)
                    ?? I96F32(saturating: $0).saturatingMul(rao).saturatingToUInt64()
            }
        }
        server = toRao(serverShare)
        validator = toRao(validatorShare)
        combined = toRao(normalizedCombined)
    }
}
