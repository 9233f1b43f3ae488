import ChainAPI

extension ChainClient {
    /// `chain_getHeader` without a hash: the head (latest block).
    public func head() async throws(RPCClientError) -> HeaderView {
        let header: HeaderView? = try await rpc.call("chain_getHeader")
        guard let header else { throw .decoding(method: "chain_getHeader", reason: "the node answered null for its head") }
        return header
    }

    /// `chain_getHeader`: the header of block `hash`, or `nil` when the node has no such block.
    public func header(hash: String) async throws(RPCClientError) -> HeaderView? {
        try await rpc.call("chain_getHeader", encoding: hash)
    }

    /// `chain_getBlock`: block `hash` (the head when `nil`) with its extrinsics, or `nil` when unknown.
    public func block(hash: String? = nil) async throws(RPCClientError) -> BlockView? {
        let signed: SignedBlockView?
        if let hash {
            signed = try await rpc.call("chain_getBlock", encoding: hash)
        } else {
            signed = try await rpc.call("chain_getBlock")
        }
        return signed?.block
    }

    /// `chain_getBlockHash`: the hash of block `number`, or `nil` when the chain is not that long yet.
    public func blockHash(_ number: UInt64) async throws(RPCClientError) -> String? {
        try await rpc.call("chain_getBlockHash", encoding: number)
    }

    /// `chain_getFinalizedHead`: the hash of the latest final block (a single node finalizes as it seals).
    public func finalizedHead() async throws(RPCClientError) -> String {
        try await rpc.call("chain_getFinalizedHead")
    }

    /// `yuma_blockEvents`: the events of block `number`, in order.
    public func events(inBlock number: UInt64) async throws(RPCClientError) -> [EventView] {
        try await rpc.call("yuma_blockEvents", encoding: number)
    }

    /// `yuma_extrinsic`: an included extrinsic by hash, or `nil` when no block holds it.
    public func extrinsic(hash: String) async throws(RPCClientError) -> ExtrinsicView? {
        try await rpc.call("yuma_extrinsic", encoding: hash)
    }

    /// `engine_createBlock`: seals the next block now (nodes with `--block-time manual` only).
    @discardableResult
    public func createBlock() async throws(RPCClientError) -> HeaderView {
        try await rpc.call("engine_createBlock")
    }
}
