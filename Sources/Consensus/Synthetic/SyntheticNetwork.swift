/// A reproducible synthetic subnet for benchmarks: `validators` validators that weight every miner
/// (or, when every uid is a validator, every other uid), with stake, weights and bonds drawn from a
/// counter-based SplitMix64 stream. `Benchmarks/anchors/README.md` specifies the same generator for the
/// numpy anchor, so both sides run the identical network.
public enum SyntheticNetwork {
    /// The default seed.
    public static let defaultSeed: UInt64 = 20_251_125

    /// `r(k) = mix(seed + (k + 1) · 0x9E3779B97F4A7C15)`, all modulo 2^64.
    @inline(__always)
    public static func random(_ k: UInt64, seed: UInt64 = defaultSeed) -> UInt64 {
        var z = seed &+ (k &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Builds the epoch input of an `n`-uid subnet whose uids `0..<validators` are validators.
    public static func input(n: Int, validators: Int, seed: UInt64 = defaultSeed) -> EpochInput {
        let size = UInt64(n)
        let stake = (0..<n).map { i in
            i < validators ? 1_000_000_000_000 + random(UInt64(i), seed: seed) % 1_000_000_000_000_000 : 0
        }
        let dense = validators >= n
        let entries = dense ? n * (n - 1) : validators * (n - validators)
        var weights = SparseMatrixBuilder(size: n, reserving: entries)
        var bonds = SparseMatrixBuilder(size: n, reserving: entries)
        for i in 0..<n {
            if i < validators {
                for j in (dense ? 0 : validators)..<n where j != i {
                    let cell = UInt64(i) * size + UInt64(j)
                    let w = 1 + random(size + cell, seed: seed) % 65_535
                    let b = random(size + size * size + cell, seed: seed) % 65_536
                    weights.append(
                        column: UInt16(truncatingIfNeeded: j), value: UInt16(truncatingIfNeeded: w))
                    if b != 0 {
                        bonds.append(
                            column: UInt16(truncatingIfNeeded: j), value: UInt16(truncatingIfNeeded: b))
                    }
                }
            }
            weights.endRow()
            bonds.endRow()
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = UInt16(clamping: validators)
        return EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: 1_000_000_000, stake: stake,
            lastUpdate: Array(repeating: 9_999, count: n), blockAtRegistration: Array(repeating: 0, count: n),
            validatorPermit: (0..<n).map { $0 < validators }, weights: weights.build(), bonds: bonds.build())
    }
}
