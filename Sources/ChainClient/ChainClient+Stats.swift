import ChainAPI

extension ChainClient {
    /// `yuma_blockStats`: the Network Roundup figures recorded with each block in `range` (at most
    /// 1,000 blocks per call), in block order; blocks sealed before the node recorded them are absent.
    public func blockStats(_ range: ClosedRange<UInt64>) async throws(RPCClientError) -> [BlockStatsView] {
        try await rpc.call("yuma_blockStats", encoding: range.lowerBound, range.upperBound)
    }
}
