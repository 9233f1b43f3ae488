/// Stake and delegation as the pre-dTAO chain stores them (subtensor v1.0.0 `staking.rs`): stake is
/// held by a coldkey on a hotkey, with running totals per hotkey, per coldkey and overall.
///
/// Staking moves rao between free balances and these maps without creating or destroying any, so
/// the chain keeps `totalIssuance == Σ free + totalStake + locked` (locked: the rao subnet owners
/// locked to create their subnets). Only the helpers below should change the maps: each keeps
/// `stake`, `totalHotkeyStake`, `totalColdkeyStake` and `totalStake` consistent. Whoever mints stake
/// (emission) must raise `totalIssuance` by the same amount; whoever refunds stake to a free balance
/// must credit the balance.
public struct StakingState: Sendable, Equatable {
    /// `Stake[hotkey][coldkey]`: rao that `coldkey` staked on `hotkey`.
    public var stake = TrackedMap<AccountID, [AccountID: Rao]>()
    /// `TotalHotkeyStake[hotkey]`.
    public var totalHotkeyStake = TrackedMap<AccountID, Rao>()
    /// `TotalColdkeyStake[coldkey]`.
    public var totalColdkeyStake = TrackedMap<AccountID, Rao>()
    /// `TotalStake`: all staked rao.
    public var totalStake: Rao = 0
    /// `Owner[hotkey]`: the coldkey that owns a hotkey (set on its first registration).
    public var owner = TrackedMap<AccountID, AccountID>()
    /// `Delegates[hotkey]`: the take (u16 proportion) of hotkeys that accept nominators.
    public var delegateTake = TrackedMap<AccountID, UInt16>()
    /// Global staking parameters (takes, rate limits, minimums).
    public var parameters = StakingParameters.finney
    /// `LastTxBlock[coldkey]`: block of the coldkey's last rate-limited transaction.
    public var lastTxBlock = TrackedMap<AccountID, BlockNumber>()
    /// `LastTxBlockDelegateTake[coldkey]`: block of the coldkey's last change of a delegate take.
    public var lastTxBlockDelegateTake = TrackedMap<AccountID, BlockNumber>()
    /// `TotalHotkeyColdkeyStakesThisInterval`: stake and unstake calls per pair in the current interval.
    public var stakesThisInterval = TrackedMap<StakePair, IntervalCount>()

    /// An empty staking state.
    public init() {}

    /// Stake on `hotkey` from all coldkeys.
    public func stake(onHotkey hotkey: AccountID) -> Rao { totalHotkeyStake[hotkey] ?? 0 }

    /// Stake `coldkey` holds on `hotkey`.
    public func stake(of coldkey: AccountID, on hotkey: AccountID) -> Rao { stake[hotkey]?[coldkey] ?? 0 }

    /// Stake `coldkey` holds on all hotkeys.
    public func stake(ofColdkey coldkey: AccountID) -> Rao { totalColdkeyStake[coldkey] ?? 0 }

    /// Whether `hotkey` accepts nominators.
    public func isDelegate(_ hotkey: AccountID) -> Bool { delegateTake[hotkey] != nil }

    /// Whether `coldkey` owns `hotkey`.
    public func owns(_ coldkey: AccountID, _ hotkey: AccountID) -> Bool { owner[hotkey] == coldkey }

    /// Adds `amount` to `coldkey`'s stake on `hotkey` and to every total (saturating).
    public mutating func increaseStake(hotkey: AccountID, coldkey: AccountID, amount: Rao) {
        stake[hotkey, default: [:]][coldkey] = stake(of: coldkey, on: hotkey).addingClamped(amount)
        totalHotkeyStake[hotkey] = stake(onHotkey: hotkey).addingClamped(amount)
        totalColdkeyStake[coldkey] = stake(ofColdkey: coldkey).addingClamped(amount)
        totalStake = totalStake.addingClamped(amount)
    }

    /// Takes `amount` from `coldkey`'s stake on `hotkey` and from every total (clamped at zero);
    /// entries that reach zero are removed.
    public mutating func decreaseStake(hotkey: AccountID, coldkey: AccountID, amount: Rao) {
        let remaining = stake(of: coldkey, on: hotkey).subtractingClamped(amount)
        if remaining == 0 {
            stake[hotkey]?[coldkey] = nil
            if stake[hotkey]?.isEmpty == true { stake[hotkey] = nil }
        } else {
            stake[hotkey, default: [:]][coldkey] = remaining
        }
        let hotkeyTotal = stake(onHotkey: hotkey).subtractingClamped(amount)
        totalHotkeyStake[hotkey] = hotkeyTotal == 0 ? nil : hotkeyTotal
        let coldkeyTotal = stake(ofColdkey: coldkey).subtractingClamped(amount)
        totalColdkeyStake[coldkey] = coldkeyTotal == 0 ? nil : coldkeyTotal
        totalStake = totalStake.subtractingClamped(amount)
    }

    /// Stake and unstake calls of `coldkey` on `hotkey` in the interval that is current at `block`
    /// (`get_stakes_this_interval_for_coldkey_hotkey`): zero once `StakeInterval` blocks have passed
    /// since the last one.
    public func stakesThisInterval(coldkey: AccountID, hotkey: AccountID, at block: BlockNumber) -> UInt64 {
        guard let entry = stakesThisInterval[StakePair(coldkey: coldkey, hotkey: hotkey)] else { return 0 }
        return entry.lastBlock.addingClamped(parameters.stakeInterval) <= block ? 0 : entry.count
    }

    /// Whether a transaction of `coldkey` at `block` comes too soon after its last one (`TxRateLimit`).
    public func exceedsTxRateLimit(coldkey: AccountID, at block: BlockNumber) -> Bool {
        let previous = lastTxBlock[coldkey] ?? 0
        let limit = parameters.txRateLimit
        guard limit != 0, previous != 0 else { return false }
        return block.subtractingClamped(previous) <= limit
    }
}

/// A coldkey and the hotkey it stakes on.
public struct StakePair: Sendable, Hashable {
    /// The staking coldkey.
    public var coldkey: AccountID
    /// The hotkey staked on.
    public var hotkey: AccountID

    /// A pair.
    public init(coldkey: AccountID, hotkey: AccountID) {
        self.coldkey = coldkey
        self.hotkey = hotkey
    }
}

/// How many rate-limited calls happened in an interval, and the block of the last one.
public struct IntervalCount: Sendable, Equatable {
    /// Calls in the interval.
    public var count: UInt64
    /// Block of the last call.
    public var lastBlock: BlockNumber

    /// A count.
    public init(count: UInt64, lastBlock: BlockNumber) {
        self.count = count
        self.lastBlock = lastBlock
    }
}
