import ChainAPI
import Foundation

@testable import Explorer

/// Blocks 0…29 of the synthetic chain with ten hours between blocks (so they span UTC days),
/// samples at every block from 3 on, metagraphs and hyperparameters, and the answers the index
/// should give, worked out here from the arrays themselves.
struct IndexFixture {
    static let chain = SyntheticChain(genesisTime: 1_700_006_400_000, blockTime: 10 * 3_600_000)
    static let blocks = (0...29).map { chain.block(UInt64($0)) }
    static let sampledBlocks: [UInt64] = Array(3...29)
    static let identity = ChainIdentity(genesisHash: SyntheticChain.hash(0), chainName: "Synthetic")

    /// Writes everything to `store` in batches of 7 blocks, a sample after each block from 3 on.
    static func fill(_ store: any IndexStore) async throws {
        try await store.bind(to: identity)
        for start in stride(from: 0, to: blocks.count, by: 7) {
            try await store.write(Array(blocks[start..<min(start + 7, blocks.count)]))
        }
        for number in sampledBlocks {
            let metagraphs = SyntheticChain.netuids.map { chain.metagraph($0, at: number) }
            try await store.write(chain.sample(number), metagraphs: metagraphs)
        }
        try await store.write(hyperparameters: SyntheticChain.netuids.map { chain.hyperparameters($0, at: 20) })
        try await store.recordNodeHead(31, seenAt: 1_700_000_000_123)
    }

    static var extrinsics: [IndexedExtrinsic] { blocks.flatMap(\.extrinsics).reversed() }
    static var events: [IndexedEvent] { blocks.flatMap(\.events).reversed() }

    /// The page `offset..<offset+limit` of `items`.
    static func page<T>(_ items: [T], _ limit: Int, _ offset: Int) -> [T] {
        Array(items.dropFirst(offset).prefix(limit))
    }
}

/// A fresh SQLite index in a temporary folder.
func temporarySQLiteStore() throws -> SQLiteIndexStore {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("yuma-index-\(UUID().uuidString)/index.sqlite").path
    return try SQLiteIndexStore(path: path)
}
