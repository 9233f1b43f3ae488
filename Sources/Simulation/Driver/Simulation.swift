import Runtime

/// A whole network fast-forwarded in one process through the real runtime.
///
/// The core is synchronous and deterministic: ``step()`` runs one block — the runtime's block
/// initialization (difficulty adjustment, emission, epochs), the preset's sudo changes, registrations
/// drawn from the demand model, validators' weights, staking flows — and returns what happened. The
/// only randomness is a ``SimulationRandom`` seeded from the configuration, so a seed always gives the
/// same chain. ``run(_:store:progress:)`` is the shell that records it into an explorer database.
public struct Simulation: Sendable {
    /// What is simulated.
    public let configuration: SimulationConfiguration
    /// The preset's plan, scaled.
    public internal(set) var plan: SimulationPlan
    /// The simulated network's netuid (0 in Nakamoto, 1 in Finney).
    public let netuid: NetUID
    /// The chain state after the last block.
    public internal(set) var state: ChainState
    /// Hash of the last block.
    public internal(set) var lastHash: [UInt8]
    /// Running totals.
    public internal(set) var counters = SimulationCounters()
    /// Every scheduled change sent so far.
    public internal(set) var appliedChanges: [AppliedChange] = []

    var random: SimulationRandom
    var nextChange = 0
    var announcedCap: Int?
    /// True quality of the miner at each uid (validators: 0).
    var qualities: [Double] = []
    /// Whether each uid is one of the simulated validators.
    var isValidator: [Bool] = []
    var validatorsRegistered = 0
    var nextMiner = 0
    /// Hotkey and coldkey of each validator, built once (making an account id allocates).
    var validatorKeys: [(hotkey: AccountID, coldkey: AccountID)] = []
    var commitment: StateCommitment?
    var blocksSinceDrain = 0

    /// A network at genesis.
    public init(_ configuration: SimulationConfiguration) throws(SimulationError) {
        try configuration.validate()
        self.configuration = configuration
        plan = configuration.preset.plan(
            uids: configuration.resolvedUids, timeScale: configuration.timeScale, era: configuration.era)
        netuid = configuration.era == .nakamoto ? nakamotoNetuid : 1
        random = SimulationRandom(seed: configuration.seed)
        var state = Self.genesis(plan: plan, era: configuration.era, netuid: netuid).state()
        if configuration.commitStateRoot { commitment = StateCommitment(state: &state) }
        self.state = state
        var mixer = configuration.seed
        lastHash = Self.hashBytes(&mixer)
        validatorKeys = (0..<plan.validators).map {
            (SimulatedAccounts.account(.validatorHotkey, $0), SimulatedAccounts.account(.validatorColdkey, $0))
        }
        updateAnnouncedCap()
    }

    /// The genesis: the sudo key keeps the treasury, validators and miner operators hold their
    /// endowments, and the network exists empty with the plan's hyperparameters.
    static func genesis(plan: SimulationPlan, era: Era, netuid: NetUID) -> Genesis {
        var endowments: [(account: AccountID, amount: Rao)] = [(DevAccounts.alice, plan.treasury)]
        for v in 0..<plan.validators {
            endowments.append((SimulatedAccounts.account(.validatorColdkey, v), plan.validatorEndowment))
        }
        for o in 0..<plan.minerOperators {
            endowments.append((SimulatedAccounts.account(.operatorColdkey, o), plan.operatorEndowment))
        }
        return Genesis(
            era: era, sudoKey: DevAccounts.alice, endowments: endowments,
            subnets: [GenesisSubnet(netuid: netuid, owner: DevAccounts.alice, hyperparameters: plan.hyperparameters)])
    }

    /// The simulated network.
    public var subnet: Subnet? { state.subnets[netuid] }

    /// Simulated time of block `number`, ms since the Unix epoch (12 s blocks, stretched by the time scale).
    public func timestamp(of number: BlockNumber) -> UInt64 {
        plan.startMilliseconds + UInt64((Double(timeline(number)) * 12_000 / configuration.timeScale).rounded())
    }

    /// The preset timeline's block for chain block `number`.
    public func timeline(_ number: BlockNumber) -> BlockNumber { configuration.startBlock &+ number }

    /// 32 pseudo-random bytes from a SplitMix64 stream (simulated block hashes: the simulator does not
    /// hash headers).
    static func hashBytes(_ mixer: inout UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            let word = SimulationRandom.splitMix(&mixer)
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return bytes
    }
}
