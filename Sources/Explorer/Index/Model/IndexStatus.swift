/// Which chain an index belongs to.
public struct ChainIdentity: Sendable, Equatable {
    /// Hash of block 0, `0x` hex.
    public var genesisHash: String
    /// The node's chain name.
    public var chainName: String

    /// An identity.
    public init(genesisHash: String, chainName: String) {
        self.genesisHash = genesisHash
        self.chainName = chainName
    }
}

/// How fresh the index is.
public struct IndexStatus: Sendable, Equatable {
    /// The chain, `nil` when nothing is indexed yet.
    public var chain: ChainIdentity?
    /// The highest indexed block.
    public var lastIndexedBlock: UInt64?
    /// The node's head when the indexer last heard of it.
    public var nodeHead: UInt64?
    /// When the indexer last heard of the node's head, ms since the Unix epoch.
    public var nodeHeadSeenAt: UInt64?
    /// When the indexer last wrote blocks, ms since the Unix epoch.
    public var updatedAt: UInt64?

    /// Blocks the index is behind the node.
    public var lag: UInt64? {
        guard let nodeHead else { return nil }
        let last = lastIndexedBlock ?? 0
        return nodeHead > last ? nodeHead - last : 0
    }

    /// A status.
    public init(
        chain: ChainIdentity?, lastIndexedBlock: UInt64?, nodeHead: UInt64?, nodeHeadSeenAt: UInt64?, updatedAt: UInt64?
    ) {
        self.chain = chain
        self.lastIndexedBlock = lastIndexedBlock
        self.nodeHead = nodeHead
        self.nodeHeadSeenAt = nodeHeadSeenAt
        self.updatedAt = updatedAt
    }
}
