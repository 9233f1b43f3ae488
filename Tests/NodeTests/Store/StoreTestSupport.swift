import Foundation
import Testing

@testable import Node

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    /// The directory's path.
    let path: String

    /// Creates a uniquely named directory.
    init() throws {
        path =
            URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("yuma-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a store file inside a nested folder, so opening it must create directories.
    var storePath: String { path + "/node/db/chain.sqlite" }

    /// Deletes the directory and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Builds a small linked chain: genesis plus `count` synthetic blocks of `extrinsics` extrinsics each.
func syntheticBlocks(
    _ count: Int, extrinsics: Int = 5, genesisEntries: Int = 20,
    chain: SyntheticChain = SyntheticChain(accounts: 50)
) -> (genesis: StoredBlock, blocks: [StoredBlock]) {
    let genesis = chain.genesis(stateEntries: genesisEntries)
    var parent = genesis.hash
    let blocks = (0..<count).map { offset in
        let block = chain.block(number: UInt64(offset + 1), parentHash: parent, extrinsics: extrinsics)
        parent = block.hash
        return block
    }
    return (genesis, blocks)
}

/// The state after applying `blocks` in order, as the store should hold it, sorted by key.
func expectedState(after blocks: [StoredBlock]) -> [StateEntry] {
    var state: [[UInt8]: [UInt8]] = [:]
    for change in blocks.flatMap(\.stateChanges) { state[change.key] = change.value }
    return state.map { StateEntry(key: $0.key, value: $0.value) }.sorted {
        $0.key.lexicographicallyPrecedes($1.key)
    }
}

/// Everything a refused operation must leave unchanged: head, state and row counts.
struct StoreFingerprint: Equatable {
    /// The head.
    var head: StoreHead?
    /// The whole state.
    var state: [StateEntry]
    /// The number of rows in each table.
    var counts: [Int]

    /// Reads the fingerprint of `store`.
    init(_ store: BlockStore) async throws {
        head = try await store.head()
        state = try await store.stateEntries()
        counts = try await store.tableCounts()
    }
}
