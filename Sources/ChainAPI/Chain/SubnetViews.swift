import Runtime

/// A subnet's summary (`yuma_subnets`, `yuma_subnet`).
public struct SubnetView: Sendable, Codable, Equatable {
    /// The subnet id.
    public var netuid: UInt16
    /// Owner coldkey, SS58.
    public var owner: String
    /// Registered neurons.
    public var neurons: Int
    /// `MaxAllowedUids`.
    public var maxAllowedUids: UInt16
    /// PoW difficulty.
    public var difficulty: UInt64
    /// Burn cost, rao.
    public var burn: UInt64
    /// Tempo, blocks.
    public var tempo: UInt16
    /// Emission per block to this subnet, rao.
    public var emissionPerBlock: UInt64
    /// Stake on the subnet's hotkeys, rao.
    public var totalStake: UInt64
    /// `ValidatorSequenceLength`.
    public var validatorSequenceLength: UInt64
    /// Registrations in the current adjustment interval.
    public var registrationsThisInterval: UInt16
    /// Block of creation.
    public var createdAt: UInt64

    /// A view.
    public init(
        netuid: UInt16, owner: String, neurons: Int, maxAllowedUids: UInt16, difficulty: UInt64, burn: UInt64,
        tempo: UInt16, emissionPerBlock: UInt64, totalStake: UInt64, validatorSequenceLength: UInt64,
        registrationsThisInterval: UInt16, createdAt: UInt64
    ) {
        self.netuid = netuid
        self.owner = owner
        self.neurons = neurons
        self.maxAllowedUids = maxAllowedUids
        self.difficulty = difficulty
        self.burn = burn
        self.tempo = tempo
        self.emissionPerBlock = emissionPerBlock
        self.totalStake = totalStake
        self.validatorSequenceLength = validatorSequenceLength
        self.registrationsThisInterval = registrationsThisInterval
        self.createdAt = createdAt
    }
}

/// A served endpoint.
public struct AxonView: Sendable, Codable, Equatable {
    /// Block it was served at.
    public var block: UInt64
    /// Version.
    public var version: UInt32
    /// Address as text (`1.2.3.4` or IPv6).
    public var ip: String
    /// Port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
    /// Transport protocol.
    public var `protocol`: UInt8

    /// A view.
    public init(block: UInt64, version: UInt32, ip: String, port: UInt16, ipType: UInt8, protocol: UInt8) {
        self.block = block
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
        self.protocol = `protocol`
    }
}

/// One neuron of a subnet.
public struct NeuronView: Sendable, Codable, Equatable {
    /// Subnet.
    public var netuid: UInt16
    /// Uid.
    public var uid: UInt16
    /// Hotkey, SS58.
    public var hotkey: String
    /// Owning coldkey, SS58.
    public var coldkey: String
    /// Stake on the hotkey, rao.
    public var stake: UInt64
    /// Active flag.
    public var active: Bool
    /// Rank (u16 proportion; Nakamoto u64).
    public var rank: UInt64
    /// Trust.
    public var trust: UInt64
    /// Consensus.
    public var consensus: UInt64
    /// Incentive.
    public var incentive: UInt64
    /// Dividends.
    public var dividends: UInt64
    /// Emission of the last epoch, rao.
    public var emission: UInt64
    /// Validator trust.
    public var validatorTrust: UInt64
    /// Validator permit.
    public var validatorPermit: Bool
    /// Last weights update block.
    public var lastUpdate: UInt64
    /// Registration block.
    public var blockAtRegistration: UInt64
    /// Pruning score.
    public var pruningScore: UInt64
    /// Served axon.
    public var axon: AxonView?
    /// Weights set by this neuron: `[target uid, value]` pairs.
    public var weights: [[UInt32]]?
    /// Bonds held by this neuron: `[uid, value]` pairs.
    public var bonds: [[UInt64]]?

    /// A view.
    public init(
        netuid: UInt16, uid: UInt16, hotkey: String, coldkey: String, stake: UInt64, active: Bool,
        rank: UInt64,
        trust: UInt64, consensus: UInt64, incentive: UInt64, dividends: UInt64, emission: UInt64,
        validatorTrust: UInt64, validatorPermit: Bool, lastUpdate: UInt64, blockAtRegistration: UInt64,
        pruningScore: UInt64, axon: AxonView?, weights: [[UInt32]]?, bonds: [[UInt64]]?
    ) {
        self.netuid = netuid
        self.uid = uid
        self.hotkey = hotkey
        self.coldkey = coldkey
        self.stake = stake
        self.active = active
        self.rank = rank
        self.trust = trust
        self.consensus = consensus
        self.incentive = incentive
        self.dividends = dividends
        self.emission = emission
        self.validatorTrust = validatorTrust
        self.validatorPermit = validatorPermit
        self.lastUpdate = lastUpdate
        self.blockAtRegistration = blockAtRegistration
        self.pruningScore = pruningScore
        self.axon = axon
        self.weights = weights
        self.bonds = bonds
    }
}

/// A subnet's metagraph: every per-uid vector, index = uid (`yuma_metagraph`).
public struct MetagraphView: Sendable, Codable, Equatable {
    /// Subnet.
    public var netuid: UInt16
    /// Block the metagraph is at.
    public var block: UInt64
    /// Number of uids.
    public var n: Int
    /// Hotkeys, SS58.
    public var hotkeys: [String]
    /// Owning coldkeys, SS58.
    public var coldkeys: [String]
    /// Stake per hotkey, rao.
    public var stake: [UInt64]
    /// Ranks.
    public var ranks: [UInt64]
    /// Trust.
    public var trust: [UInt64]
    /// Consensus.
    public var consensus: [UInt64]
    /// Incentive.
    public var incentive: [UInt64]
    /// Dividends.
    public var dividends: [UInt64]
    /// Emission of the last epoch, rao.
    public var emission: [UInt64]
    /// Validator trust.
    public var validatorTrust: [UInt64]
    /// Validator permits.
    public var validatorPermit: [Bool]
    /// Active flags.
    public var active: [Bool]
    /// Last weights update blocks.
    public var lastUpdate: [UInt64]
    /// Registration blocks.
    public var blockAtRegistration: [UInt64]
    /// Pruning scores.
    public var pruningScores: [UInt64]
    /// Served axons (`null` where none).
    public var axons: [AxonView?]
    /// Weight rows as `[target, value]` pairs, when asked for.
    public var weights: [[[UInt32]]]?
    /// Bond rows as `[uid, value]` pairs, when asked for.
    public var bonds: [[[UInt64]]]?

    /// An empty metagraph of `netuid` at `block`.
    public init(netuid: UInt16, block: UInt64) {
        self.netuid = netuid
        self.block = block
        n = 0
        hotkeys = []
        coldkeys = []
        stake = []
        ranks = []
        trust = []
        consensus = []
        incentive = []
        dividends = []
        emission = []
        validatorTrust = []
        validatorPermit = []
        active = []
        lastUpdate = []
        blockAtRegistration = []
        pruningScores = []
        axons = []
    }
}

/// A delegate (`yuma_delegates`).
public struct DelegateView: Sendable, Codable, Equatable {
    /// The delegate hotkey, SS58.
    public var hotkey: String
    /// Its owner coldkey, SS58.
    public var owner: String
    /// Take, u16 proportion.
    public var take: UInt16
    /// Stake on it from all coldkeys, rao.
    public var totalStake: UInt64
    /// Nominators and their stake, rao.
    public var nominators: [StakeView]

    /// A view.
    public init(hotkey: String, owner: String, take: UInt16, totalStake: UInt64, nominators: [StakeView]) {
        self.hotkey = hotkey
        self.owner = owner
        self.take = take
        self.totalStake = totalStake
        self.nominators = nominators
    }
}

/// Stake a coldkey holds on a hotkey.
public struct StakeView: Sendable, Codable, Equatable {
    /// Coldkey, SS58.
    public var coldkey: String
    /// Hotkey, SS58.
    public var hotkey: String
    /// Rao.
    public var stake: UInt64

    /// A view.
    public init(coldkey: String, hotkey: String, stake: UInt64) {
        self.coldkey = coldkey
        self.hotkey = hotkey
        self.stake = stake
    }
}

/// The result of submitting an extrinsic.
public struct SubmissionView: Sendable, Codable, Equatable {
    /// The extrinsic hash.
    public var hash: String
    /// `ready` or `future`.
    public var status: ExtrinsicStatus

    /// A view.
    public init(hash: String, status: ExtrinsicStatus) {
        self.hash = hash
        self.status = status
    }
}
