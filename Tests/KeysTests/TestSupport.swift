import Hashing

/// Decodes hex known to be valid in a test table; an invalid literal yields no bytes, which fails the test.
func bytes(_ hex: String) -> [UInt8] {
    (try? Hex.decode(hex)) ?? []
}

/// A deterministic generator (SplitMix64) for reproducible test randomness.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
