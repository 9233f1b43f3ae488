/// One weight a neuron set on the 2022 chain: a target uid and a u32 weight.
///
/// Weights of one row are stored normalized so that they sum to about `UInt32.max`.
public struct NakamotoWeight: Sendable, Hashable {
    /// The uid the weight points at.
    public var uid: UInt32
    /// The weight, read as `weight / UInt32.max`.
    public var weight: UInt32

    /// Creates a weight entry.
    public init(uid: UInt32, weight: UInt32) {
        self.uid = uid
        self.weight = weight
    }
}

/// One bond a neuron holds in another neuron on the 2022 chain, in rao-scaled units.
public struct NakamotoBond: Sendable, Hashable {
    /// The uid the bond is held in.
    public var uid: UInt32
    /// The bond amount (u64, same scale as the step's emission).
    public var amount: UInt64

    /// Creates a bond entry.
    public init(uid: UInt32, amount: UInt64) {
        self.uid = uid
        self.amount = amount
    }
}

/// The part of a 2022 `NeuronMetadata` that the mechanism step reads.
public struct NakamotoNeuronState: Sendable, Hashable {
    /// Stake in rao.
    public var stake: UInt64
    /// Block of the neuron's last weight update (or its registration).
    public var lastUpdate: UInt64
    /// Transaction priority accumulated so far.
    public var priority: UInt64
    /// The stored weight row, in stored order (order matters for duplicate uids).
    public var weights: [NakamotoWeight]
    /// The stored bond row, in stored order.
    public var bonds: [NakamotoBond]

    /// Creates a neuron state (the chain registers neurons with a single self-weight of `UInt32.max`).
    public init(
        stake: UInt64 = 0,
        lastUpdate: UInt64 = 0,
        priority: UInt64 = 0,
        weights: [NakamotoWeight] = [],
        bonds: [NakamotoBond] = []
    ) {
        self.stake = stake
        self.lastUpdate = lastUpdate
        self.priority = priority
        self.weights = weights
        self.bonds = bonds
    }
}

/// Everything one 2022 `mechanism_step` reads from chain state.
public struct NakamotoStepInput: Sendable, Hashable {
    /// The neurons, indexed by uid (`neurons[uid]`), uids `0..<count`.
    public var neurons: [NakamotoNeuronState]
    /// The current block number.
    public var block: UInt64
    /// Rao released by this step (`(blocks_since_last_step + 1) × block_emission`).
    public var emission: UInt64
    /// The mechanism hyperparameters.
    public var hyperparameters: NakamotoHyperparameters
    /// Uids in `NeuronsToPruneAtNextEpoch`: bonds held in them are dropped before the step.
    public var neuronsToPrune: Set<UInt32>

    /// Creates a step input.
    public init(
        neurons: [NakamotoNeuronState],
        block: UInt64,
        emission: UInt64,
        hyperparameters: NakamotoHyperparameters = NakamotoHyperparameters(),
        neuronsToPrune: Set<UInt32> = []
    ) {
        self.neurons = neurons
        self.block = block
        self.emission = emission
        self.hyperparameters = hyperparameters
        self.neuronsToPrune = neuronsToPrune
    }
}
