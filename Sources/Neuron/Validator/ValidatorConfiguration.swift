/// How a validator queries and scores.
public struct ValidatorConfiguration: Sendable {
    /// The subnet.
    public var netuid: UInt16
    /// How many phrases each miner is asked for.
    public var topK = 256
    /// The dendrite's per-request deadline, in seconds.
    public var queryTimeout = 12.0
    /// The held-out tokens each sample is scored on (2022: the last 8 of a sequence).
    public var continuationTokens = 8
    /// The pause between query rounds.
    public var stepInterval: Duration = .milliseconds(500)
    /// The fewest blocks between two `set_weights` of this validator (raised to the chain's rate limit).
    public var weightsIntervalBlocks: UInt64 = 10
    /// The seed of the context sampling, so a run is reproducible.
    public var seed: UInt64 = 0
    /// This machine's announced address: axons announced at it are reached on 127.0.0.1.
    public var ownExternalIP: String

    /// A configuration for `netuid`.
    public init(netuid: UInt16, ownExternalIP: String) {
        self.netuid = netuid
        self.ownExternalIP = ownExternalIP
    }
}
