import ChainAPI

extension ChainClient {
    /// `yuma_blockStats`: the Network Roundup figures recorded with each block in `range` (at most
    /// 1,000 blocks per call), in block order; blocks sealed before the node recorded them are absent.
    public func blockStats(_ range: ClosedRange<UInt64>) async throws(RPCClientError) -> [BlockStatsView] {
        try await rpc.call("yuma_blockStats", encoding: range.lowerBound, range.upperBound)
    }
}

extension ChainClient {
    /// `yuma_blockRange`: the stored blocks in `range` (at most 256 per call) with their extrinsic
    /// summaries and events, in order: what an indexer stores, in one call.
    public func blockRange(_ range: ClosedRange<UInt64>) async throws(RPCClientError) -> [IndexBlockView] {
        try await rpc.call("yuma_blockRange", encoding: range.lowerBound, range.upperBound)
    }
}
