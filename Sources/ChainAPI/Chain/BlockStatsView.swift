/// The Network Roundup figures of the state after one block (`yuma_blockStats`): the chain's totals and
/// every subnet's summary, recorded by the node with each block so that an indexer can read the
/// history of these figures without replaying the chain.
public struct BlockStatsView: Sendable, Codable, Equatable {
    /// The block whose post-state the figures describe.
    public var block: UInt64
    /// All rao in existence.
    public var totalIssuance: UInt64
    /// All staked rao.
    public var totalStake: UInt64
    /// Rao taken out of issuance (fees, burns, dust).
    public var totalRecycled: UInt64
    /// Each subnet's summary, by netuid.
    public var subnets: [SubnetView]

    /// A view.
    public init(block: UInt64, totalIssuance: UInt64, totalStake: UInt64, totalRecycled: UInt64, subnets: [SubnetView]) {
        self.block = block
        self.totalIssuance = totalIssuance
        self.totalStake = totalStake
        self.totalRecycled = totalRecycled
        self.subnets = subnets
    }
}
