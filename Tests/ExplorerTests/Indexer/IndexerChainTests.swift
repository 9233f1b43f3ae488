import ChainClient
import Foundation
import Runtime
import Testing

@testable import Explorer

@Suite("Indexer: other chains and a node that goes away")
struct IndexerChainTests {
    @Test("a database of another genesis is refused with an error that names both chains")
    func otherGenesisRefused() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteIndexStore(path: path)
        let finneyGenesis = try await ExplorerTestNode.with(era: .finney) { node in
            let head = try await node.seal()
            try await IndexerRun.with(node.webSocketURL, store: store) { run in try await run.waitForSample(atLeast: head) }
            return try await node.http.genesisHash().description
        }
        try await ExplorerTestNode.with(era: .nakamoto) { node in
            let nakamotoGenesis = try await node.http.genesisHash().description
            #expect(nakamotoGenesis != finneyGenesis)
            let indexer = Indexer(
                store: store, configuration: IndexerConfiguration(webSocketURL: node.webSocketURL), logger: quietLogger)
            let error = await #expect(throws: IndexerError.self) { try await indexer.run() }
            guard case .otherChain(.otherChain(let stored, let offered)) = error else {
                Issue.record("expected otherChain, got \(String(describing: error))")
                return
            }
            #expect(stored.genesisHash == finneyGenesis && offered.genesisHash == nakamotoGenesis)
            let message = error?.description ?? ""
            #expect(message.contains(finneyGenesis) && message.contains(nakamotoGenesis))
            #expect(message.contains("reset") && message.contains("--database"))
        }
        #expect(try await store.chainIdentity()?.genesisHash == finneyGenesis)
        #expect(try await store.lastIndexedBlock() == 1)
    }

    @Test("a reset chain with the same genesis is refused: the node's block differs from the indexed one")
    func resetChainRefused() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteIndexStore(path: path)
        let (genesis, head) = try await ExplorerTestNode.with { node in
            let head = try await populate(node)
            try await IndexerRun.with(node.webSocketURL, store: store) { run in try await run.waitForSample(atLeast: head) }
            return (try await node.http.genesisHash().description, head)
        }
        try await ExplorerTestNode.with { node in
            try #require(try await node.http.genesisHash().description == genesis)
            try await node.seal()
            let indexer = Indexer(
                store: store, configuration: IndexerConfiguration(webSocketURL: node.webSocketURL), logger: quietLogger)
            let error = await #expect(throws: IndexerError.self) { try await indexer.run() }
            #expect(error == .chainDiverged(block: head, indexed: try await store.blockHash(head) ?? "", node: nil))
            #expect(error?.description.contains("reset") == true)
        }
        #expect(try await store.lastIndexedBlock() == head)
    }

    @Test("the indexer reconnects after the node stops and resumes when it returns on the same port")
    func reconnects() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        let nodePath = ExplorerTestNode.temporaryPath("yuma-explorer-node")
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: nodePath)
        }
        let store = try SQLiteIndexStore(path: path)
        let port = try await ExplorerTestNode.with(basePath: nodePath, keep: true) { $0.port }
        try await IndexerRun.with("ws://127.0.0.1:\(port)", store: store) { run in
            let head = try await ExplorerTestNode.with(basePath: nodePath, keep: true, port: port) { node in
                let head = try await populate(node)
                try await run.waitForSample(atLeast: head)
                return head
            }
            try await run.waitForEvent("a reconnection attempt") {
                if case .reconnecting = $0 { return true } else { return false }
            }
            #expect(try await store.lastIndexedBlock() == head)
            try await ExplorerTestNode.with(basePath: nodePath, keep: true, port: port) { node in
                let later = try await node.seal([(transfer(to: DevKeys.charlie, 1_000_000), DevKeys.bob)])
                #expect(later == head + 1)
                try await run.waitForSample(atLeast: later)
                #expect(try await store.blockCount() == Int(later) + 1)
                #expect(run.events.contains { event in
                    if case .connected(let last, _) = event { return last == head } else { return false }
                })
            }
        }
    }
}
