/// What a scenario run produced: the final state, the `print` snapshots and every refused extrinsic.
/// Amounts are integer rao; the JSON form is documented in `Examples/scenarios/README.md`.
public struct ScenarioReport: Sendable, Equatable, Codable {
    /// The era of the chain.
    public var era: Era
    /// Blocks produced by the run.
    public var blocksProduced: UInt64
    /// The state after the last step.
    public var final: ScenarioSnapshot
    /// One snapshot per `print` line, in order.
    public var prints: [ScenarioSnapshot]
    /// Extrinsics the chain refused, in order.
    public var failures: [ScenarioFailure]
}

/// The chain state at one point of a scenario.
public struct ScenarioSnapshot: Sendable, Equatable, Codable {
    /// The `print` line that took it; 0 for the final state.
    public var line: Int
    /// The last produced block.
    public var block: BlockNumber
    /// All rao in existence.
    public var totalIssuance: Rao
    /// All staked rao.
    public var totalStake: Rao
    /// Rao taken out of issuance by fees and burns.
    public var totalRecycled: Rao
    /// Subnets by netuid.
    public var subnets: [ScenarioSubnetSnapshot]
    /// Accounts with a balance, a nonce or stake, named ones first.
    public var accounts: [ScenarioAccountSnapshot]
}

/// One subnet in a snapshot.
public struct ScenarioSubnetSnapshot: Sendable, Equatable, Codable {
    /// Its netuid.
    public var netuid: NetUID
    /// Owner coldkey, hex.
    public var owner: String
    /// Blocks between epochs.
    public var tempo: UInt16
    /// PoW difficulty.
    public var difficulty: UInt64
    /// Burn cost, rao.
    public var burn: Rao
    /// Registered uids.
    public var n: Int
    /// `MaxAllowedUids`.
    public var maxUids: UInt16
    /// Rao emitted to the subnet per block.
    public var emissionPerBlock: Rao
    /// Rao waiting for the next epoch.
    public var pendingEmission: Rao
    /// The value that means 1.0 for incentive, dividends, consensus and trust: 65535 (Finney) or
    /// 18446744073709551615 (Nakamoto).
    public var proportionScale: UInt64
    /// The neurons by uid.
    public var neurons: [ScenarioNeuronSnapshot]
}

/// One uid in a snapshot.
public struct ScenarioNeuronSnapshot: Sendable, Equatable, Codable {
    /// The uid.
    public var uid: UID
    /// Hotkey, hex.
    public var hotkey: String
    /// The hotkey's name in the script, or its short hex.
    public var label: String
    /// The owning coldkey, hex, or empty if none is recorded.
    public var coldkey: String
    /// Stake on the hotkey, rao.
    public var stake: Rao
    /// Emission at the last epoch, rao.
    public var emission: Rao
    /// Incentive, as stored.
    public var incentive: UInt64
    /// Dividends, as stored.
    public var dividends: UInt64
    /// Consensus, as stored.
    public var consensus: UInt64
    /// Trust, as stored.
    public var trust: UInt64
    /// Validator trust, as stored.
    public var validatorTrust: UInt64
    /// Validator permit from the last epoch.
    public var validatorPermit: Bool
    /// Active at the last epoch.
    public var active: Bool
    /// Block of the last weights update.
    public var lastUpdate: BlockNumber
    /// Block of registration.
    public var registeredAt: BlockNumber
    /// Stored weights as `[uid, value]` pairs.
    public var weights: [[UInt64]]
    /// Stored bonds as `[uid, value]` pairs.
    public var bonds: [[UInt64]]
}

/// One account in a snapshot.
public struct ScenarioAccountSnapshot: Sendable, Equatable, Codable {
    /// The account, hex.
    public var account: String
    /// Its name in the script, or its short hex.
    public var label: String
    /// Free balance, rao.
    public var free: Rao
    /// Stake it holds on all hotkeys, rao.
    public var staked: Rao
    /// Its next nonce.
    public var nonce: UInt64
}

/// An extrinsic the chain refused.
public struct ScenarioFailure: Sendable, Equatable, Codable {
    /// Block it was applied in.
    public var block: BlockNumber
    /// Script line that queued it.
    public var line: Int
    /// Signer, hex.
    public var signer: String
    /// The signer's name in the script, or its short hex.
    public var label: String
    /// `pallet.call`.
    public var call: String
    /// The chain's error, e.g. `Registration.TooManyRegistrationsThisBlock: retry in the next block`.
    public var error: String
    /// True when the extrinsic was invalid (could not pay its fee) and was left out of the block.
    public var invalid: Bool
}
