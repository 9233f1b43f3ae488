/// What `scaffold` set up: the subnet and the neurons, with their wallets and uids.
public struct ScaffoldReport: Codable, Sendable, Equatable {
    /// The subnet.
    public var netuid: UInt16
    /// The neurons, validator first.
    public var neurons: [ScaffoldedNeuron]

    /// A report.
    public init(netuid: UInt16, neurons: [ScaffoldedNeuron]) {
        self.netuid = netuid
        self.neurons = neurons
    }
}

/// One scaffolded neuron.
public struct ScaffoldedNeuron: Codable, Sendable, Equatable {
    /// `validator` or `miner`.
    public var role: String
    /// The process and wallet name (`validator`, `miner-uniform`, …).
    public var name: String
    /// Its uid on the subnet.
    public var uid: UInt16
    /// Its hotkey, SS58.
    public var hotkey: String
    /// Its coldkey, SS58.
    public var coldkey: String
    /// The model a miner serves (`uniform`, `ngram`, `smollm2`), `nil` for the validator.
    public var model: String?
    /// The axon port of a miner.
    public var axonPort: Int?

    /// A neuron.
    public init(
        role: String, name: String, uid: UInt16, hotkey: String, coldkey: String, model: String?, axonPort: Int?
    ) {
        self.role = role
        self.name = name
        self.uid = uid
        self.hotkey = hotkey
        self.coldkey = coldkey
        self.model = model
        self.axonPort = axonPort
    }
}
