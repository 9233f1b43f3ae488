/// The Network Roundup figures of the whole chain and each subnet, read from the node's state at one
/// block.
public struct ChainSample: Sendable, Equatable {
    /// The block whose state the figures describe.
    public var block: UInt64
    /// All rao in existence.
    public var totalIssuance: UInt64
    /// All staked rao.
    public var totalStake: UInt64
    /// Emission per block summed over subnets, rao.
    public var totalEmission: UInt64
    /// Each subnet's figures, by netuid.
    public var subnets: [SubnetSample]

    /// A sample.
    public init(block: UInt64, totalIssuance: UInt64, totalStake: UInt64, totalEmission: UInt64, subnets: [SubnetSample]) {
        self.block = block
        self.totalIssuance = totalIssuance
        self.totalStake = totalStake
        self.totalEmission = totalEmission
        self.subnets = subnets
    }
}

/// One subnet's Roundup figures at a block.
public struct SubnetSample: Sendable, Equatable {
    /// Subnet id.
    public var netuid: UInt16
    /// Registered UIDs.
    public var neurons: UInt64
    /// `MaxAllowedUids`, the UID limit.
    public var uidLimit: UInt64
    /// PoW registration difficulty.
    public var difficulty: UInt64
    /// Burned-registration cost, rao.
    public var burn: UInt64
    /// Stake on the subnet's hotkeys, rao.
    public var totalStake: UInt64
    /// `ValidatorSequenceLength`.
    public var sequenceLength: UInt64
    /// Emission per block to the subnet, rao.
    public var emission: UInt64

    /// A subnet sample.
    public init(
        netuid: UInt16, neurons: UInt64, uidLimit: UInt64, difficulty: UInt64, burn: UInt64, totalStake: UInt64,
        sequenceLength: UInt64, emission: UInt64
    ) {
        self.netuid = netuid
        self.neurons = neurons
        self.uidLimit = uidLimit
        self.difficulty = difficulty
        self.burn = burn
        self.totalStake = totalStake
        self.sequenceLength = sequenceLength
        self.emission = emission
    }

    /// The value of `metric` (chain-wide metrics are not subnet figures and give `nil`).
    public func value(of metric: SeriesMetric) -> UInt64? {
        switch metric {
        case .neurons: neurons
        case .uidLimit: uidLimit
        case .difficulty: difficulty
        case .burn: burn
        case .stake: totalStake
        case .sequenceLength: sequenceLength
        case .emission: emission
        case .totalIssuance, .totalStake, .totalEmission: nil
        }
    }
}
