import ChainClient
import Foundation
import Testing

@testable import Explorer

@Suite("Explorer JSON API: extrinsics, events, accounts, subnets, metagraph and series by day")
struct ExplorerActivityAPITests {
    @Test("activity and subnet routes answer the populated chain in the documented shape")
    func routes() async throws {
        try await PopulatedExplorer.with { explorer in
            let server = explorer.server
            let all = try await server.json("/api/extrinsics?limit=2")
            let total = try #require((all.object["pagination"] as? [String: Any])?["total_items"] as? Int)
            #expect(total == 6)
            let newest = try #require(all.object["data"] as? [[String: Any]])
            #expect(newest.count == 2 && newest.first?["block_number"] as? Int == Int(explorer.head))
            let oldest = try #require(try await server.json("/api/extrinsics?limit=2&order=block_number_asc").object["data"] as? [[String: Any]])
            #expect(oldest.first?["block_number"] as? Int == 1 && oldest.first?["signer"] as? String == DevKeys.alice.ss58Address)
            let signed = try await server.json("/api/extrinsics?signer=\(DevKeys.charlie.ss58Address)")
            #expect((signed.object["data"] as? [[String: Any]])?.count == 1)

            let registered = try await server.json("/api/events?name=registration.NeuronRegistered")
            let registration = try #require((registered.object["data"] as? [[String: Any]])?.first)
            #expect((registration["fields"] as? [String: Any])?["hotkey"] as? String == minerHotkey.ss58Address)
            let mentions = try await server.json("/api/events?account=\(minerHotkey.ss58Address)")
            #expect(((mentions.object["data"] as? [[String: Any]])?.count ?? 0) >= 1)

            let account = try await server.json("/api/accounts/\(DevKeys.bob.ss58Address)")
            let item = try #require((account.object["data"] as? [[String: Any]])?.first)
            #expect(item["extrinsic_count"] as? Int == 2 && item["ss58_prefix"] as? Int == 42)
            let neurons = try #require(item["neurons"] as? [[String: Any]])
            #expect(neurons.first?["role"] as? String == "coldkey" && neurons.first?["uid"] as? Int == 1)

            let subnets = try #require(try await server.json("/api/subnets").object["data"] as? [[String: Any]])
            #expect(subnets.first?["netuid"] as? Int == 1 && subnets.first?["burn"] is String)
            let metagraph = try await server.json("/api/subnets/1/metagraph?order=stake_desc")
            let rows = try #require(metagraph.object["data"] as? [[String: Any]])
            #expect(rows.count == 2 && rows.first?["uid"] as? Int == 0 && rows.first?["stake"] is String)
            #expect(rows.last?["hotkey"] as? String == minerHotkey.ss58Address)
            let registrations = try await server.json("/api/subnets/1/registrations")
            #expect(((registrations.object["data"] as? [[String: Any]])?.count ?? 0) >= 1)

            let byDay = try await server.json("/api/series?metric=neurons&netuid=1&frequency=by_day")
            let points = try #require(byDay.object["data"] as? [[String: Any]])
            #expect(points.count == 1 && points.first?["value"] as? String == "2")
        }
    }
}
