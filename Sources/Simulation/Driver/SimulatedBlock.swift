import Runtime

/// What one simulated block did, as the recorder needs it.
public struct SimulatedBlock: Sendable {
    /// Block number.
    public var number: BlockNumber
    /// Simulated hash of the block.
    public var hash: [UInt8] = []
    /// Hash of its parent.
    public var parentHash: [UInt8]
    /// Simulated seal time, ms since the Unix epoch.
    public var timestamp: UInt64
    /// Extrinsics applied, in order (registrations through the unsealed-work entry point included,
    /// named `registration.register_unsealed`).
    public var extrinsics: [Entry] = []
    /// Events, with the index of the entry that emitted them (`nil`: block initialization).
    public var events: [(event: Event, entry: Int?)] = []

    /// One applied call.
    public struct Entry: Sendable {
        /// Signer (for unsealed registrations, the coldkey).
        public var signer: AccountID
        /// Signer's nonce (0 for unsealed registrations, which are not extrinsics).
        public var nonce: UInt64
        /// `pallet.call`.
        public var call: String
        /// Whether the call succeeded.
        public var succeeded: Bool
    }
}

/// Running totals of a simulation.
public struct SimulationCounters: Sendable, Equatable, Codable {
    /// Neurons registered (validators and miners).
    public var registrations = 0
    /// Of them, registrations that replaced a pruned neuron.
    public var replacements = 0
    /// Registrations that searched and submitted a real seal.
    public var realSeals = 0
    /// Solved registrations the chain refused (per-block limit, interval limit, …).
    public var refusedRegistrations = 0
    /// Solved registrations held back because an announced UID cap was already reached.
    public var heldByAnnouncedCap = 0
    /// Burned registrations (Finney).
    public var burnedRegistrations = 0
    /// `set_weights` calls that succeeded.
    public var weightsSet = 0
    /// `set_weights` calls that failed.
    public var weightsFailed = 0
    /// `add_stake` calls that succeeded.
    public var stakeAdded = 0
    /// `remove_stake` calls that succeeded.
    public var stakeRemoved = 0
    /// Sudo changes applied.
    public var sudoApplied = 0
    /// Sudo changes the chain refused.
    public var sudoRefused = 0
    /// Extrinsics refused before inclusion (bad nonce, cannot pay the fee).
    public var invalidExtrinsics = 0
    /// Extrinsics whose call failed (fee paid).
    public var failedExtrinsics = 0
}

/// A sudo change as it was applied.
public struct AppliedChange: Sendable, Equatable, Codable {
    /// Block it was sent in.
    public var block: BlockNumber
    /// `name=value`.
    public var label: String
    /// The chain's refusal, `nil` when applied.
    public var refusal: String?
}
