import ChainAPI

extension ChainClient {
    /// `yuma_account`: free balance, nonce and total stake of `account`.
    public func account(_ account: some AccountAddress) async throws(RPCClientError) -> AccountView {
        try await rpc.call("yuma_account", encoding: account.rpcAddress)
    }

    /// `yuma_balance`: the free balance of `account`, rao.
    public func balance(of account: some AccountAddress) async throws(RPCClientError) -> UInt64 {
        try await rpc.call("yuma_balance", encoding: account.rpcAddress)
    }

    /// `system_accountNextIndex`: the nonce the next extrinsic of `account` must carry, counting those
    /// waiting in the pool.
    public func nextNonce(of account: some AccountAddress) async throws(RPCClientError) -> UInt64 {
        try await rpc.call("system_accountNextIndex", encoding: account.rpcAddress)
    }

    /// `yuma_totals`: issuance, stake, recycled rao and subnet count at the head.
    public func totals() async throws(RPCClientError) -> TotalsView {
        try await rpc.call("yuma_totals")
    }

    /// `yuma_stake`: the stake `coldkey` holds on each hotkey, sorted by hotkey.
    public func stake(ofColdkey coldkey: some AccountAddress) async throws(RPCClientError) -> [StakeView] {
        try await rpc.call("yuma_stake", encoding: coldkey.rpcAddress)
    }

    /// `yuma_hotkeyStake`: the total stake on `hotkey` from all coldkeys, rao.
    public func stake(onHotkey hotkey: some AccountAddress) async throws(RPCClientError) -> UInt64 {
        try await rpc.call("yuma_hotkeyStake", encoding: hotkey.rpcAddress)
    }

    /// `yuma_delegates`: every delegate hotkey with its take and nominators.
    public func delegates() async throws(RPCClientError) -> [DelegateView] {
        try await rpc.call("yuma_delegates")
    }
}
