/// One subnet: its owner, hyperparameters, neurons and registration counters.
public struct Subnet: Sendable, Equatable {
    /// The subnet's id.
    public let netuid: NetUID
    /// The coldkey that created it.
    public var owner: AccountID
    /// The hotkey the owner registered with the subnet (`SubnetOwnerHotkey`); never pruned while registered.
    public var ownerHotkey: AccountID?
    /// Block of creation.
    public var createdAt: BlockNumber
    /// Rao locked by the owner to create it.
    public var lockedRao: Rao
    /// Hyperparameters.
    public var hyperparameters: SubnetHyperparameters
    /// The neurons.
    public var neurons = NeuronTable()
    /// Registrations in the current block.
    public var registrationsThisBlock: UInt16 = 0
    /// Registrations since the last adjustment.
    public var registrationsThisInterval: UInt16 = 0
    /// PoW registrations since the last adjustment.
    public var powRegistrationsThisInterval: UInt16 = 0
    /// Burned registrations since the last adjustment.
    public var burnRegistrationsThisInterval: UInt16 = 0
    /// Block of the last difficulty/burn adjustment.
    public var lastAdjustmentBlock: BlockNumber
    /// Rao emitted to the subnet per block.
    public var emissionPerBlock: Rao = 0
    /// Rao burned by burned registrations on this subnet (`RAORecycledForRegistration`).
    public var recycledForRegistration: Rao = 0
    /// Rao accumulated for the next epoch.
    public var pendingEmission: Rao = 0
    /// Blocks since the last epoch (Nakamoto step scheduling).
    public var blocksSinceLastStep: UInt64 = 0

    /// A new subnet.
    public init(
        netuid: NetUID, owner: AccountID, createdAt: BlockNumber, lockedRao: Rao,
        hyperparameters: SubnetHyperparameters
    ) {
        self.netuid = netuid
        self.owner = owner
        self.createdAt = createdAt
        self.lockedRao = lockedRao
        self.hyperparameters = hyperparameters
        self.lastAdjustmentBlock = createdAt
    }
}
