import ChainAPI

/// Where the indexer keeps what it read from the node, and where the pages read it back.
///
/// ``SQLiteIndexStore`` is the default; another database (PostgreSQL) fits behind the same protocol.
/// Blocks are written in batches of consecutive numbers, each batch in one transaction, so the
/// highest stored block is always the end of an unbroken run from genesis.
public protocol IndexStore: Sendable {
    /// The genesis hash and chain name the index belongs to, `nil` when it is empty.
    func chainIdentity() async throws(IndexStoreError) -> ChainIdentity?
    /// Binds an empty index to a chain; refuses (``IndexStoreError/otherChain(stored:offered:)``) to
    /// rebind it to another one.
    func bind(to identity: ChainIdentity) async throws(IndexStoreError)
    /// The highest indexed block, `nil` before the first.
    func lastIndexedBlock() async throws(IndexStoreError) -> UInt64?
    /// The hash of indexed block `number`.
    func blockHash(_ number: UInt64) async throws(IndexStoreError) -> String?
    /// Stores consecutive blocks, in one transaction.
    func write(_ blocks: [IndexedBlock]) async throws(IndexStoreError)
    /// Stores a Roundup sample and the latest metagraph of each subnet.
    func write(_ sample: ChainSample, metagraphs: [MetagraphView]) async throws(IndexStoreError)
    /// Records the node's head as last seen, with the wall-clock time in milliseconds.
    func recordNodeHead(_ number: UInt64, seenAt milliseconds: UInt64) async throws(IndexStoreError)

    /// Freshness figures for the pages.
    func status() async throws(IndexStoreError) -> IndexStatus
    /// Block summaries, newest first.
    func blocks(limit: Int, offset: Int) async throws(IndexStoreError) -> [BlockSummary]
    /// The number of indexed blocks.
    func blockCount() async throws(IndexStoreError) -> Int
    /// Block `number` with its extrinsics and events.
    func block(_ number: UInt64) async throws(IndexStoreError) -> IndexedBlock?
    /// The number of the block with `hash`.
    func blockNumber(hash: String) async throws(IndexStoreError) -> UInt64?
    /// An extrinsic by hash.
    func extrinsic(hash: String) async throws(IndexStoreError) -> IndexedExtrinsic?
    /// Points of a series in `blocks`, ordered by block.
    func series(_ query: SeriesQuery) async throws(IndexStoreError) -> [SeriesPoint]
    /// How many points `query` matches, ignoring its limit and offset.
    func seriesCount(_ query: SeriesQuery) async throws(IndexStoreError) -> Int
    /// The latest sample at or before `block` (the latest of all when `nil`).
    func sample(atOrBefore block: UInt64?) async throws(IndexStoreError) -> ChainSample?
    /// The earliest sample.
    func earliestSample() async throws(IndexStoreError) -> ChainSample?
    /// The latest stored metagraph of `netuid`.
    func metagraph(_ netuid: UInt16) async throws(IndexStoreError) -> MetagraphView?
}

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

/// A line of the blocks list.
public struct BlockSummary: Sendable, Equatable {
    /// Block number.
    public var number: UInt64
    /// Block hash.
    public var hash: String
    /// Parent hash.
    public var parentHash: String
    /// Seal time, ms since the Unix epoch.
    public var timestamp: UInt64
    /// Producing account, SS58.
    public var author: String
    /// Extrinsics in the block.
    public var extrinsicCount: Int
    /// Events in the block.
    public var eventCount: Int

    /// A summary.
    public init(
        number: UInt64, hash: String, parentHash: String, timestamp: UInt64, author: String, extrinsicCount: Int,
        eventCount: Int
    ) {
        self.number = number
        self.hash = hash
        self.parentHash = parentHash
        self.timestamp = timestamp
        self.author = author
        self.extrinsicCount = extrinsicCount
        self.eventCount = eventCount
    }
}

/// Which points of a series to read.
public struct SeriesQuery: Sendable, Equatable {
    /// The series.
    public var metric: SeriesMetric
    /// The subnet, for per-subnet series.
    public var netuid: UInt16?
    /// First block, inclusive.
    public var blockStart: UInt64
    /// Last block, inclusive.
    public var blockEnd: UInt64
    /// Newest first instead of oldest first.
    public var descending: Bool
    /// At most this many points.
    public var limit: Int
    /// Points skipped first.
    public var offset: Int

    /// A query.
    public init(
        metric: SeriesMetric, netuid: UInt16?, blockStart: UInt64 = 0, blockEnd: UInt64 = UInt64(Int64.max),
        descending: Bool = false, limit: Int = 10_000, offset: Int = 0
    ) {
        self.metric = metric
        self.netuid = netuid
        self.blockStart = blockStart
        self.blockEnd = blockEnd
        self.descending = descending
        self.limit = limit
        self.offset = offset
    }
}

/// Why the index store failed.
public enum IndexStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The index belongs to another chain (different genesis hash).
    case otherChain(stored: ChainIdentity, offered: ChainIdentity)
    /// A read or write failed.
    case database(String)

    /// A sentence that says what went wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the index database at \(path): \(reason); check the path and its permissions"
        case .otherChain(let stored, let offered):
            "the index holds the chain \"\(stored.chainName)\" with genesis \(stored.genesisHash), but the node "
                + "serves \"\(offered.chainName)\" with genesis \(offered.genesisHash): the chain was reset or "
                + "this is another network; use another --database (or delete this one) to index it"
        case .database(let reason):
            "the index database failed: \(reason)"
        }
    }
}
