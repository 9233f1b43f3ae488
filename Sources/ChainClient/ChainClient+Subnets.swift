import ChainAPI
import Runtime

extension ChainClient {
    /// `yuma_subnets`: every subnet, by netuid.
    public func subnets() async throws(RPCClientError) -> [SubnetView] {
        try await rpc.call("yuma_subnets")
    }

    /// `yuma_subnet`: one subnet's summary; a missing subnet is a server error (code -32000).
    public func subnet(_ netuid: UInt16) async throws(RPCClientError) -> SubnetView {
        try await rpc.call("yuma_subnet", encoding: netuid)
    }

    /// `yuma_hyperparameters`: every hyperparameter of `netuid`.
    public func hyperparameters(_ netuid: UInt16) async throws(RPCClientError) -> SubnetHyperparameters {
        try await rpc.call("yuma_hyperparameters", encoding: netuid)
    }

    /// `yuma_difficulty`: the PoW registration difficulty of `netuid`.
    public func difficulty(_ netuid: UInt16) async throws(RPCClientError) -> UInt64 {
        try await rpc.call("yuma_difficulty", encoding: netuid)
    }

    /// `yuma_burn`: the burned-registration cost of `netuid`, rao.
    public func burn(_ netuid: UInt16) async throws(RPCClientError) -> UInt64 {
        try await rpc.call("yuma_burn", encoding: netuid)
    }

    /// `yuma_networkLockCost`: the rao a coldkey locks to create a subnet in the next block.
    public func networkLockCost() async throws(RPCClientError) -> UInt64 {
        try await rpc.call("yuma_networkLockCost")
    }

    /// `yuma_metagraph`: every per-uid vector of `netuid`, with weight and bond rows when asked for.
    public func metagraph(_ netuid: UInt16, weights: Bool = false, bonds: Bool = false)
        async throws(RPCClientError) -> MetagraphView
    {
        guard weights || bonds else { return try await rpc.call("yuma_metagraph", encoding: netuid) }
        return try await rpc.call(
            "yuma_metagraph", encoding: netuid, MetagraphOptions(weights: weights, bonds: bonds))
    }

    /// `yuma_neuron`: the neuron holding `uid` on `netuid` (with its weight and bond rows), or `nil`.
    public func neuron(_ netuid: UInt16, uid: UInt16) async throws(RPCClientError) -> NeuronView? {
        try await rpc.call("yuma_neuron", encoding: netuid, uid)
    }

    /// `yuma_neuronByHotkey`: the neuron of `hotkey` on `netuid`, or `nil` when it is not registered.
    public func neuron(_ netuid: UInt16, hotkey: some AccountAddress) async throws(RPCClientError) -> NeuronView? {
        try await rpc.call("yuma_neuronByHotkey", encoding: netuid, hotkey.rpcAddress)
    }
}

/// The options object of `yuma_metagraph`.
struct MetagraphOptions: Encodable, Sendable {
    /// Include weight rows.
    var weights: Bool
    /// Include bond rows.
    var bonds: Bool
}
