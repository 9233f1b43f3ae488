import ChainAPI
import ChainClient
import Foundation
import Runtime
import Testing

@testable import Explorer

@Suite("Indexer: catch-up, follow, samples")
struct IndexerFollowTests {
    @Test("catches up from genesis in batches, then follows new heads with transfers and a subnet")
    func catchUpThenFollow() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await ExplorerTestNode.with { node in
            let head = try await populate(node)
            let store = try SQLiteIndexStore(path: path)
            try await IndexerRun.with(node.webSocketURL, store: store) { run in
                try await run.waitForSample(atLeast: head)
                #expect(try await store.lastIndexedBlock() == head)
                #expect(try await store.blockCount() == Int(head) + 1)
                #expect(run.events.contains(.connected(lastIndexed: nil, nodeHead: head)))

                let genesis = try #require(try await store.block(0))
                #expect(genesis.hash == (try await node.http.genesisHash()).description)
                let first = try #require(try await store.block(1))
                #expect(first.extrinsics.count == 2)
                #expect(first.extrinsics.map(\.signer) == [DevKeys.alice.ss58Address, DevKeys.bob.ss58Address])
                #expect(first.extrinsics.allSatisfy { $0.succeeded && $0.call.lowercased().contains("transfer") })
                #expect(first.events.contains { $0.name.lowercased().contains("transfer") })
                #expect(first.parentHash == genesis.hash)
                let nodeBlock = try #require(try await node.http.block(hash: first.hash))
                #expect(first.extrinsics.map(\.hash) == nodeBlock.details.map { $0.hash.lowercased() })
                let registered = try #require(try await store.block(3))
                #expect(registered.events.contains { $0.name.lowercased().contains("neuronregistered") })
                #expect(registered.events.allSatisfy { $0.fieldsJSON != "null" })
                #expect(try await store.extrinsic(hash: first.extrinsics[0].hash) == first.extrinsics[0])

                let sample = try #require(try await store.sample(atOrBefore: nil))
                let totals = try await node.http.totals()
                let subnet = try await node.http.subnet(1)
                #expect(sample.block == head)
                #expect(sample.totalIssuance == totals.totalIssuance && sample.totalStake == totals.totalStake)
                #expect(sample.subnets == [SubnetSample(subnet)])
                #expect(sample.subnets.first?.neurons == 2)
                let caughtUp = try await store.series(SeriesQuery(metric: .totalIssuance, netuid: nil))
                #expect(caughtUp.map(\.block) == Array(0...head), "catch-up records the figures of every block")
                let neurons = try await store.series(SeriesQuery(metric: .neurons, netuid: 1))
                #expect(neurons.first?.value == 1 && neurons.last?.value == 2)
                let metagraph = try #require(try await store.metagraph(1))
                #expect(metagraph.hotkeys == [ownerHotkey.ss58Address, minerHotkey.ss58Address])

                let next = try await node.seal([(transfer(to: DevKeys.charlie, 3_000_000_000), DevKeys.alice)])
                let last = try await node.seal()
                try await run.waitForSample(atLeast: last)
                #expect(try await store.block(next)?.extrinsics.first?.signer == DevKeys.alice.ss58Address)
                #expect(try await store.blockCount() == Int(last) + 1)
                let points = try await store.series(SeriesQuery(metric: .neurons, netuid: 1))
                #expect(points.last == SeriesPoint(block: last, value: 2))
                let status = try await store.status()
                #expect(status.lastIndexedBlock == last && status.nodeHead == last && status.lag == 0)
            }
        }
    }

    @Test("a restarted indexer resumes after its last block and keeps one row per block")
    func restartResumes() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await ExplorerTestNode.with { node in
            let head = try await populate(node)
            try await IndexerRun.with(node.webSocketURL, store: try SQLiteIndexStore(path: path)) { run in
                try await run.waitForSample(atLeast: head)
            }
            try await node.seal([(transfer(to: DevKeys.bob, 1_000_000_000), DevKeys.charlie)])
            let later = try await node.seal()
            let reopened = try SQLiteIndexStore(path: path)
            #expect(try await reopened.lastIndexedBlock() == head)
            try await IndexerRun.with(node.webSocketURL, store: reopened) { run in
                try await run.waitForSample(atLeast: later)
                #expect(run.events.first == .connected(lastIndexed: head, nodeHead: later))
                #expect(try await reopened.blockCount() == Int(later) + 1)
                #expect(try await reopened.block(head + 1)?.extrinsics.count == 1)
            }
        }
    }
}
