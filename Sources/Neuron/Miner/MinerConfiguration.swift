/// How a miner serves: where its axon listens, what it announces, what it accepts.
public struct MinerConfiguration: Sendable {
    /// The subnet.
    public var netuid: UInt16
    /// The address the axon binds.
    public var axonHost = "0.0.0.0"
    /// The axon's port.
    public var axonPort = 8091
    /// The address announced on chain (see ``ExternalAddress/detectIPv4()``).
    public var externalIP: String
    /// Request limits (largest `topk`, context and phrase lengths).
    public var limits = TextCausalLMNext.Limits()
    /// Whether callers must be registered on the subnet (the 2022 miners' rule).
    public var requireRegistration = true
    /// How often the metagraph (registrations, stake) is re-read.
    public var metagraphRefresh: Duration = .seconds(12)
    /// How often a summary line is logged.
    public var reportInterval: Duration = .seconds(30)

    /// A configuration for `netuid` announcing `externalIP`.
    public init(netuid: UInt16, externalIP: String) {
        self.netuid = netuid
        self.externalIP = externalIP
    }
}
