import ChainAPI
import ChainClient
import Keys
import Runtime
import Testing

@Suite("ChainClient block ranges: stats and blocks for indexers")
struct ChainClientStatsTests {
    @Test("every block records its Network Roundup figures, equal to the head's live queries")
    func statsFollowTheChain() async throws {
        try await TestNode.with { node in
            let client = node.http
            let alice = TestKeys.alice
            let hotkey = TestKeys.key("//Alice//stats", .sr25519)
            try await client.submit(try await client.sign(.subnets(.registerNetwork(hotkey: hotkey.accountID)), with: alice))
            let created = try await client.createBlock()
            try await client.createBlock()

            let stats = try await client.blockStats(0...created.number + 1)
            #expect(stats.map(\.block) == Array(0...created.number + 1))
            #expect(stats[0].subnets.isEmpty)
            #expect(stats.last?.subnets == (try await client.subnets()))
            let totals = try await client.totals()
            #expect(stats.last?.totalIssuance == totals.totalIssuance && stats.last?.totalStake == totals.totalStake)
            #expect(try await client.blockStats(created.number...created.number).first?.subnets.count == 1)
            #expect(try await client.blockStats(500...600).isEmpty)

            let range = try await client.blockRange(0...created.number + 5)
            #expect(range.map(\.header.number) == Array(0...created.number + 1))
            for view in range {
                let hash = try #require(try await client.blockHash(view.header.number))
                let block = try #require(try await client.block(hash: hash))
                #expect(view.header == block.header && view.details == block.details)
                #expect(view.events.map(EventView.init) == (try await client.events(inBlock: view.header.number)))
            }
        }
    }

    @Test(
        "a bad range is refused with a message",
        arguments: [
            ("yuma_blockStats", UInt64(5), UInt64(4), "before start"), ("yuma_blockStats", 0, 1_000, "at most 1000 blocks"),
            ("yuma_blockRange", 9, 2, "before start"), ("yuma_blockRange", 0, 256, "at most 256 blocks"),
        ])
    func badRange(method: String, start: UInt64, end: UInt64, message: String) async throws {
        try await TestNode.with { node in
            do {
                let answer = try await node.http.rpc.call(method, encoding: start, end, as: [JSONValue].self)
                Issue.record("\(start)...\(end) was accepted: \(answer.count) entries")
            } catch {
                #expect("\(error)".contains(message))
            }
        }
    }
}
