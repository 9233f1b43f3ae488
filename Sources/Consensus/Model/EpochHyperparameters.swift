/// The subnet hyperparameters that one Yuma epoch reads, as stored on chain.
public struct EpochHyperparameters: Sendable, Equatable {
    /// Consensus majority as a u16 proportion (32_767 ≈ 0.5).
    public var kappa: UInt16 = 32_767
    /// Bonds moving average in parts per million (900_000 ⇒ α ≈ 0.1).
    public var bondsMovingAverage: UInt64 = 900_000
    /// How much bonds follow clipped rather than raw weights, as a u16 proportion (65_535 = fully clipped).
    public var bondsPenalty: UInt16 = 65_535
    /// Liquid alpha lower bound, u16 proportion.
    public var alphaLow: UInt16 = 45_875
    /// Liquid alpha upper bound, u16 proportion.
    public var alphaHigh: UInt16 = 58_982
    /// Steepness of the liquid alpha sigmoid.
    public var alphaSigmoidSteepness: Int16 = 1_000
    /// Blocks after the last weight update at which a neuron counts as inactive.
    public var activityCutoff: UInt64 = 5_000
    /// Blocks between epochs of the subnet.
    public var tempo: UInt64 = 360
    /// Stake (rao) below which a neuron's stake counts as zero.
    public var stakeThreshold: UInt64 = 0
    /// How many validator permits the epoch hands out.
    public var maxAllowedValidators: UInt16 = 128

    /// The chain's defaults (`spec/chain.md` §9, v3.3.0).
    public init() {}
}
