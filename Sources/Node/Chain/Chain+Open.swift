import Foundation
import Hashing
import Logging
import Runtime

extension Chain {
    /// Opens the chain at `configuration.basePath`: restores the state stored there (checking that
    /// it belongs to this chain and hashes to the stored head's state root), or writes the genesis
    /// block of a new chain.
    public static func open(_ configuration: NodeConfiguration, logger: Logger) async throws(NodeError)
        -> Chain
    {
        do {
            try FileManager.default.createDirectory(
                atPath: configuration.basePath, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .store("cannot create \(configuration.basePath): \(error.localizedDescription)")
        }
        let store: BlockStore
        do {
            store = try BlockStore(path: configuration.databasePath)
        } catch {
            throw .store(error.description)
        }
        var genesisState = configuration.chain.genesis.state()
        let genesis = BlockExecutor.genesis(&genesisState)
        do {
            if let storedHead = try await store.head() {
                let chain = try await restore(
                    store: store, storedHead: storedHead, genesisHash: genesis.header.hash,
                    configuration: configuration, logger: logger)
                logger.info("restored chain", metadata: ["head": "\(storedHead.number)"])
                return chain
            }
            let header = genesis.header
            try await store.commitGenesis(
                StoredBlock(
                    number: 0, hash: header.hash.bytes, parentHash: header.parentHash.bytes,
                    stateRoot: header.stateRoot.bytes, extrinsicsRoot: header.extrinsicsRoot.bytes,
                    timestamp: 0,
                    encodedHeader: header.encoded(capacity: BlockHeader.encodedSize),
                    stateChanges: genesis.entries,
                    stats: ChainViews.encodedBlockStats(genesisState, block: 0)))
            try await store.setChainName(configuration.chain.name)
            try await store.setSpecVersion(RuntimeVersion.current.specVersion)
            logger.info(
                "created chain",
                metadata: ["genesis": "\(header.hash)", "entries": "\(genesis.entries.count)"])
            return Chain(
                spec: configuration.chain, genesisHash: header.hash, store: store, state: genesisState,
                commitment: genesis.commitment, head: header, configuration: configuration, logger: logger)
        } catch let error as NodeError {
            throw error
        } catch let error as BlockStoreError {
            throw .store(error.description)
        } catch {
            throw .store("\(error)")
        }
    }

    private static func restore(
        store: BlockStore, storedHead: StoreHead, genesisHash: Hash256, configuration: NodeConfiguration,
        logger: Logger
    ) async throws -> Chain {
        let storedGenesis = try await store.genesisHash() ?? []
        guard storedGenesis == genesisHash.bytes else {
            throw NodeError.otherChain(
                path: configuration.databasePath, stored: "0x" + storedGenesis.hexString,
                expected: genesisHash.description)
        }
        let entries = try await store.stateEntries()
        var state: ChainState
        do {
            state = try ChainState(entries: entries.lazy.map { (key: $0.key, value: $0.value) })
        } catch {
            throw NodeError.corruptState(error.description)
        }
        let commitment = StateCommitment(state: &state)
        guard commitment.root == storedHead.stateRoot else {
            throw NodeError.stateMismatch(
                number: storedHead.number, stored: "0x" + storedHead.stateRoot.hexString,
                computed: "0x" + commitment.root.hexString)
        }
        guard let headerBytes = try await store.encodedHeader(number: storedHead.number) else {
            throw NodeError.corruptState("the head block \(storedHead.number) has no header")
        }
        let header: BlockHeader
        do {
            header = try BlockHeader(decoding: headerBytes)
        } catch {
            throw NodeError.corruptState("the head header does not decode: \(error)")
        }
        return Chain(
            spec: configuration.chain, genesisHash: genesisHash, store: store, state: state,
            commitment: commitment,
            head: header, configuration: configuration, logger: logger)
    }
}
