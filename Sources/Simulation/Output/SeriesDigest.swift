import Explorer

/// A 64-bit FNV-1a digest over every sampled figure, in order: two runs with the same digest wrote
/// the same series (what the reproducibility tests and the report compare).
public struct SeriesDigest: Sendable, Equatable {
    /// The digest so far.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// An empty digest.
    public init() {}

    /// Folds a sample into the digest.
    public mutating func add(_ sample: ChainSample) {
        mix(sample.block)
        mix(sample.totalIssuance)
        mix(sample.totalStake)
        mix(sample.totalEmission)
        for s in sample.subnets {
            for figure in [UInt64(s.netuid), s.neurons, s.uidLimit, s.difficulty, s.burn, s.totalStake, s.sequenceLength, s.emission] {
                mix(figure)
            }
        }
    }

    /// The digest as 16 hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func mix(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value ^= (word >> UInt64(shift)) & 0xFF
            value &*= 0x0000_0100_0000_01B3
        }
    }
}
