/// The whole state of the chain: everything a block can read or write.
///
/// A value type: applying a block to a copy never affects the original, so callers can try things
/// and throw them away.
public struct ChainState: Sendable, Equatable {
    /// Which rules apply.
    public let era: Era
    /// The number of the last applied block (0 = genesis).
    public var blockNumber: BlockNumber = 0
    /// Hashes of recent blocks by number, for registration seals (the chain keeps the last 256).
    public var blockHashes = TrackedMap<BlockNumber, [UInt8]>()
    /// Accounts with a balance or a nonce.
    public var accounts = TrackedMap<AccountID, AccountInfo>()
    /// All rao in existence: free balances, stake and locks.
    public var totalIssuance: Rao = 0
    /// Rao taken out of issuance: fees and tips, registration burns, and dust (balances left under the
    /// existential deposit by a transfer, or unstaked into an account that cannot hold them).
    public var totalRecycled: Rao = 0
    /// The account allowed to make sudo calls.
    public var sudoKey: AccountID?
    /// Subnets by netuid.
    public var subnets = TrackedMap<NetUID, Subnet>()
    /// Registration state shared by all subnets.
    public var registration = RegistrationState()
    /// Stake and delegation.
    public var staking = StakingState()
    /// Owner cut, emission values mode and the emission owed by the last epochs.
    public var emission = EmissionState()
    /// What extrinsics cost.
    public var fees: FeeSchedule = .standard

    /// An empty state for `era`.
    public init(era: Era) {
        self.era = era
    }

    /// The account's info, or an empty account.
    public func account(_ id: AccountID) -> AccountInfo { accounts[id] ?? AccountInfo() }

    /// Free balance of `id`.
    public func balance(of id: AccountID) -> Rao { accounts[id]?.free ?? 0 }
}
