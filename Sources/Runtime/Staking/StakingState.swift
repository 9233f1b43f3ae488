/// Stake and delegation as the pre-dTAO chain stores them (subtensor v1.0.0 `staking.rs`): stake is
/// held by a coldkey on a hotkey, with running totals per hotkey, per coldkey and overall.
public struct StakingState: Sendable, Equatable {
    /// `Stake[hotkey][coldkey]`: rao that `coldkey` staked on `hotkey`.
    public var stake: [AccountID: [AccountID: Rao]] = [:]
    /// `TotalHotkeyStake[hotkey]`.
    public var totalHotkeyStake: [AccountID: Rao] = [:]
    /// `TotalColdkeyStake[coldkey]`.
    public var totalColdkeyStake: [AccountID: Rao] = [:]
    /// `TotalStake`: all staked rao.
    public var totalStake: Rao = 0
    /// `Owner[hotkey]`: the coldkey that owns a hotkey (set on its first registration).
    public var owner: [AccountID: AccountID] = [:]
    /// `Delegates[hotkey]`: the take (u16 proportion) of hotkeys that accept nominators.
    public var delegateTake: [AccountID: UInt16] = [:]

    /// An empty staking state.
    public init() {}

    /// Stake on `hotkey` from all coldkeys.
    public func stake(onHotkey hotkey: AccountID) -> Rao { totalHotkeyStake[hotkey] ?? 0 }

    /// Stake `coldkey` holds on `hotkey`.
    public func stake(of coldkey: AccountID, on hotkey: AccountID) -> Rao { stake[hotkey]?[coldkey] ?? 0 }
}
