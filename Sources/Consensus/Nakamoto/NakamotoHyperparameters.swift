/// The hyperparameters the 2022 Nakamoto mechanism step reads, as stored on chain.
public struct NakamotoHyperparameters: Sendable, Hashable {
    /// Steepness of the consensus sigmoid.
    public var rho: UInt64 = 10
    /// Consensus threshold stored as a denominator: κ = 1 / kappa (2 ⇒ 0.5).
    public var kappa: UInt64 = 2
    /// Bonds moving average in parts per million (900_000 ⇒ old bonds keep 90 %).
    public var bondsMovingAverage: UInt64 = 900_000
    /// A neuron is active while `block − last_update < activityCutoff`.
    public var activityCutoff: UInt64 = 5_000
    /// Self-ownership stored as a denominator: a neuron keeps 1 / selfOwnership of its incentive.
    public var selfOwnership: UInt64 = 2

    /// The Nakamoto network values (`spec/chain.md` §9).
    public init() {}

    /// Creates a custom set of hyperparameters.
    public init(
        rho: UInt64,
        kappa: UInt64,
        bondsMovingAverage: UInt64,
        activityCutoff: UInt64,
        selfOwnership: UInt64
    ) {
        self.rho = rho
        self.kappa = kappa
        self.bondsMovingAverage = bondsMovingAverage
        self.activityCutoff = activityCutoff
        self.selfOwnership = selfOwnership
    }
}
