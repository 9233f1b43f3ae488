/// What one 2022 mechanism step writes back for one neuron.
public struct NakamotoNeuronResult: Sendable, Hashable {
    /// Whether the neuron counted as active (`block − last_update < activity_cutoff`).
    public var active: Bool
    /// The new priority: old priority plus `floor(log2(stake + 1))`.
    public var priority: UInt64
    /// Rao emitted to this neuron by this step.
    public var emission: UInt64
    /// The new stake: old stake plus `emission` (the chain adds it directly).
    public var stake: UInt64
    /// Rank as stored: `floor(rank × u64::MAX)`.
    public var rank: UInt64
    /// Trust as stored: `floor(trust × u64::MAX)`.
    public var trust: UInt64
    /// Consensus as stored: `floor(consensus × u64::MAX)`.
    public var consensus: UInt64
    /// Incentive as stored: `floor(incentive × u64::MAX)`.
    public var incentive: UInt64
    /// Dividends as stored: `floor(dividends × u64::MAX)`.
    public var dividends: UInt64
    /// The new bond row: nonzero bonds in uids somebody still holds bonds in, by ascending uid.
    public var bonds: [NakamotoBond]

    /// Creates a per-neuron result.
    public init(
        active: Bool,
        priority: UInt64,
        emission: UInt64,
        stake: UInt64,
        rank: UInt64,
        trust: UInt64,
        consensus: UInt64,
        incentive: UInt64,
        dividends: UInt64,
        bonds: [NakamotoBond]
    ) {
        self.active = active
        self.priority = priority
        self.emission = emission
        self.stake = stake
        self.rank = rank
        self.trust = trust
        self.consensus = consensus
        self.incentive = incentive
        self.dividends = dividends
        self.bonds = bonds
    }
}

/// Everything one 2022 `mechanism_step` writes back to chain state.
public struct NakamotoStepOutput: Sendable, Hashable {
    /// Per-neuron results, indexed by uid.
    public var neurons: [NakamotoNeuronResult]
    /// Rao emitted in total (u64, wrapping as on chain); add it to `TotalIssuance` and `TotalStake`.
    public var totalEmission: UInt64
    /// Sum of this step's bond increments (the chain's `TotalBondsPurchased`).
    public var totalBondsPurchased: UInt64

    /// Creates a step output.
    public init(neurons: [NakamotoNeuronResult], totalEmission: UInt64, totalBondsPurchased: UInt64) {
        self.neurons = neurons
        self.totalEmission = totalEmission
        self.totalBondsPurchased = totalBondsPurchased
    }

    /// New stake per uid.
    public var stakes: [UInt64] { neurons.map(\.stake) }
    /// Emission per uid in rao.
    public var emissions: [UInt64] { neurons.map(\.emission) }
}
