import Foundation

@testable import Explorer

/// An explorer server over an index of a fresh node that sealed ``populate(_:)``'s blocks (transfers, a
/// subnet, a registration, a stake), sampled at its head.
struct PopulatedExplorer: Sendable {
    let server: ExplorerServerRun
    let store: SQLiteIndexStore
    let node: ExplorerTestNode
    let head: UInt64

    /// Runs `body` with the explorer; `keepIndexing` leaves the indexer following the node meanwhile.
    static func with<T: Sendable>(keepIndexing: Bool = false, _ body: @Sendable (PopulatedExplorer) async throws -> T) async throws -> T {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteIndexStore(path: path)
        return try await ExplorerServerRun.with(store: store) { server in
            try await ExplorerTestNode.with { node in
                let head = try await populate(node)
                return try await IndexerRun.with(node.webSocketURL, store: store) { run in
                    try await run.waitForSample(atLeast: head)
                    try await waitUntil("the metagraph of subnet 1") { try await store.metagraph(1) != nil }
                    let explorer = PopulatedExplorer(server: server, store: store, node: node, head: head)
                    return try await body(explorer)
                }
            }
        }
    }
}
