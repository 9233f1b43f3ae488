import ChainAPI
import Foundation
import Keys
import Logging
import Runtime

/// The running chain: the state, its commitment, the transaction pool and the store, owned by one
/// actor so that block production and admissions never interleave inside a block.
///
/// Reads (`state`, `head`) see the latest produced block. Blocks are committed to the store before
/// their head is announced; a block whose commit fails halts production (the in-memory state would
/// be ahead of the database) until the node restarts from the store.
public actor Chain {
    /// The chain spec.
    public nonisolated let spec: ChainSpec
    /// Hash of block 0.
    public nonisolated let genesisHash: Hash256
    /// The store.
    public nonisolated let store: BlockStore
    /// The state after ``head``.
    public internal(set) var state: ChainState
    /// The latest block.
    public internal(set) var head: BlockHeader
    /// Extrinsics waiting for a block.
    public internal(set) var pool: TransactionPool
    /// Most extrinsics per block.
    let maxExtrinsicsPerBlock: Int
    /// Author named in produced headers.
    let author: AccountID
    var commitment: StateCommitment
    var producing = false
    var haltReason: String?
    let heads = Broadcaster<BlockHeader>()
    var watchers: [Hash256: [AsyncStream<ExtrinsicStatus>.Continuation]] = [:]
    let logger: Logger
    /// Durations of recent block builds and epochs, for metrics.
    public internal(set) var lastBlockBuildSeconds: Double = 0
    /// Extrinsics in the latest block.
    public internal(set) var lastBlockExtrinsics = 0
    /// Epochs the latest block ran.
    public internal(set) var lastBlockEpochs = 0

    init(
        spec: ChainSpec, genesisHash: Hash256, store: BlockStore, state: ChainState,
        commitment: StateCommitment,
        head: BlockHeader, configuration: NodeConfiguration, logger: Logger
    ) {
        self.spec = spec
        self.genesisHash = genesisHash
        self.store = store
        self.state = state
        self.commitment = commitment
        self.head = head
        self.pool = TransactionPool(limits: configuration.poolLimits)
        self.maxExtrinsicsPerBlock = configuration.maxExtrinsicsPerBlock
        self.author = configuration.author
        self.logger = logger
    }

    /// A stream of every new head from now on.
    public func subscribeHeads() -> AsyncStream<BlockHeader> { heads.subscribe() }

    /// A snapshot of the state and head at one block.
    public func snapshot() -> (head: BlockHeader, state: ChainState) { (head, state) }

    /// The number of extrinsics waiting.
    public var poolCount: Int { pool.count }

    /// The pending extrinsics, ready ones first in block order.
    public func pendingExtrinsics() -> [SignedExtrinsic] { pool.ready() }
}

extension Chain {
    /// Ends head subscriptions and watchers and closes the store.
    public func close() async {
        heads.finish()
        for continuations in watchers.values { continuations.forEach { $0.finish() } }
        watchers = [:]
        try? await store.close()
    }
}
