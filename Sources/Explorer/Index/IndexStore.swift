import ChainAPI

/// Where the indexer keeps what it read from the node, and where the pages read it back.
///
/// ``SQLiteIndexStore`` is the default; another database (PostgreSQL) fits behind the same protocol.
/// Blocks are written in batches of consecutive numbers, each batch in one transaction, so the
/// highest stored block is always the end of an unbroken run from genesis.
public protocol IndexStore: Sendable {
    /// Releases the database connections; the store must not be used afterwards.
    func close() async
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
    /// Stores the Roundup samples of many blocks in one transaction (catch-up, simulations).
    func write(samples: [ChainSample]) async throws(IndexStoreError)
    /// Stores a Roundup sample and the latest metagraph of each subnet.
    func write(_ sample: ChainSample, metagraphs: [MetagraphView]) async throws(IndexStoreError)
    /// Stores the latest hyperparameters of each subnet (an older block never replaces a newer one).
    func write(hyperparameters: [StoredHyperparameters]) async throws(IndexStoreError)
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

    /// The latest stored hyperparameters of `netuid`.
    func hyperparameters(netuid: UInt16) async throws(IndexStoreError) -> StoredHyperparameters?

    /// Extrinsics newest first, optionally only those signed by `signer` (SS58) or calling `call`
    /// (`pallet.call`).
    func extrinsics(limit: Int, offset: Int, signer: String?, call: String?) async throws(IndexStoreError)
        -> [IndexedExtrinsic]
    /// How many extrinsics ``extrinsics(limit:offset:signer:call:)`` matches.
    func extrinsicCount(signer: String?, call: String?) async throws(IndexStoreError) -> Int
    /// Events newest first, optionally only those named `name` (`pallet.EventName`) or of block `block`.
    func events(limit: Int, offset: Int, name: String?, block: UInt64?) async throws(IndexStoreError) -> [IndexedEvent]
    /// How many events ``events(limit:offset:name:block:)`` matches.
    func eventCount(name: String?, block: UInt64?) async throws(IndexStoreError) -> Int
    /// Events newest first whose fields mention the SS58 address `account`.
    func events(mentioning account: String, limit: Int, offset: Int) async throws(IndexStoreError) -> [IndexedEvent]
    /// How many events mention `account`.
    func eventCount(mentioning account: String) async throws(IndexStoreError) -> Int
    /// `registration.NeuronRegistered` events of subnet `netuid`, newest first.
    func registrations(netuid: UInt16, limit: Int, offset: Int) async throws(IndexStoreError) -> [NeuronRegistration]
    /// How many registrations subnet `netuid` has had.
    func registrationCount(netuid: UInt16) async throws(IndexStoreError) -> Int
}
