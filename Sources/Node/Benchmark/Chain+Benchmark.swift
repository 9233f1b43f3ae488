import Logging
import Runtime

extension Chain {
    /// A chain whose block 0 holds `state` as it is (a state built through the runtime, which no
    /// genesis file describes), stored under `basePath`; blocks are sealed only on request.
    static func benchmark(state: ChainState, basePath: String, logger: Logger) async throws -> Chain {
        var state = state
        let genesis = BlockExecutor.genesis(&state)
        let spec = ChainSpec(name: "Yuma Benchmark", genesis: .development(.finney))
        let configuration = NodeConfiguration(chain: spec, basePath: basePath, blockTime: .manual, rpcPort: 0)
        let store = try BlockStore(path: configuration.databasePath, durability: .normal)
        let header = genesis.header
        try await store.commitGenesis(
            StoredBlock(
                number: 0, hash: header.hash.bytes, parentHash: header.parentHash.bytes,
                stateRoot: header.stateRoot.bytes, extrinsicsRoot: header.extrinsicsRoot.bytes, timestamp: 0,
                encodedHeader: header.encoded(capacity: BlockHeader.encodedSize), stateChanges: genesis.entries))
        return Chain(
            spec: spec, genesisHash: header.hash, store: store, state: state, commitment: genesis.commitment,
            head: header, configuration: configuration, logger: logger)
    }
}
