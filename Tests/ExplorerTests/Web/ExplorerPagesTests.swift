import ChainClient
import Foundation
import Testing

@testable import Explorer

@Suite("Explorer server: pages and JSON API over a live index")
struct ExplorerPagesTests {
    @Test("home, blocks, block, subnet, search and 404 pages; JSON API shapes and errors")
    func pagesAndAPI() async throws {
        let path = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteIndexStore(path: path)
        try await ExplorerServerRun.with(store: store) { server in
            let empty = try await server.get("/")
            #expect(empty.status == 200 && empty.body.contains("no data yet") && empty.body.contains("<svg"))

            try await ExplorerTestNode.with { node in
                let head = try await populate(node)
                try await IndexerRun.with(node.webSocketURL, store: store) { run in
                    try await run.waitForSample(atLeast: head)
                    try await waitUntil("the metagraph of subnet 1") { try await store.metagraph(1) != nil }
                }
                let first = try #require(try await store.block(1))

                let home = try await server.get("/")
                #expect(home.status == 200 && home.contentType.hasPrefix("text/html"))
                for text in [
                    "Block height", "Total issuance", "Total stake", "Registered neurons / UID limit", "Difficulty",
                    "Sequence length", "Registered peers vs UID limit", "Registration difficulty", "Validator sequence length",
                    "Recent blocks", "updated", "indexer lag", "/block/\(head)", "2 / ",
                ] {
                    #expect(home.body.contains(text), "home page lacks \(text)")
                }
                #expect(home.body.components(separatedBy: "<svg").count - 1 == 4)
                #expect(home.body.contains("<path class=\"line\""))

                let block = try await server.get("/block/1")
                #expect(block.status == 200)
                #expect(block.body.contains(first.hash) && block.body.contains(DevKeys.alice.ss58Address))
                #expect(block.body.contains("success") && block.body.contains(first.extrinsics[0].call))
                #expect(try await server.get("/block/\(first.hash)").status == 200)
                #expect(try await server.get("/blocks").body.contains("/block/0"))

                let subnet = try await server.get("/subnet/1")
                #expect(subnet.status == 200 && subnet.body.contains("id=\"metagraph\""))
                #expect(subnet.body.contains(minerHotkey.ss58Address) && subnet.body.contains("2 neurons"))
                #expect(subnet.body.contains("<svg"))

                let found = try await server.get("/search?q=\(first.extrinsics[0].hash)")
                #expect(found.status == 303 && found.location == "/extrinsic/\(first.extrinsics[0].hash)")
                #expect(try await server.get("/search?q=3").location == "/block/3")
                #expect(try await server.get("/search?q=nothing").status == 404)

                for missing in ["/nowhere", "/block/999999", "/subnet/42", "/block/0xdeadbeef"] {
                    let page = try await server.get(missing)
                    #expect(page.status == 404 && page.contentType.hasPrefix("text/html") && page.body.contains("Not found"), "\(missing)")
                }

                let blocks = try await server.json("/api/blocks?limit=2&page=1")
                #expect(blocks.status == 200)
                let pagination = try #require(blocks.object["pagination"] as? [String: Any])
                #expect(pagination["total_items"] as? Int == Int(head) + 1 && pagination["per_page"] as? Int == 2)
                #expect(pagination["next_page"] as? Int == 2 && pagination["prev_page"] is NSNull)
                let items = try #require(blocks.object["data"] as? [[String: Any]])
                #expect(items.first?["block_number"] as? Int == Int(head) && items.count == 2)

                let stake = try await server.json("/api/series?metric=total_stake")
                let points = try #require(stake.object["data"] as? [[String: Any]])
                let sample = try #require(try await store.sample(atOrBefore: nil))
                #expect(points.last?["value"] as? String == String(sample.totalStake))
                #expect(points.last?["block_number"] as? Int == Int(head))
                let neurons = try await server.json("/api/series?metric=neurons&netuid=1&order=block_number_desc")
                #expect((neurons.object["data"] as? [[String: Any]])?.first?["value"] as? String == "2")
                let csv = try await server.get("/api/series?metric=difficulty&netuid=1&format=csv&order=block_number_desc")
                #expect(csv.contentType.hasPrefix("text/csv") && csv.body.hasPrefix("block_number,difficulty\n\(head),"))
                let status = try await server.json("/api/status")
                #expect((status.object["data"] as? [[String: Any]])?.first?["last_indexed_block"] as? Int == Int(head))
            }
        }
    }

    @Test(
        "bad API parameters get a 400 with a JSON message",
        arguments: [
            ("/api/series", "metric is required"), ("/api/series?metric=hashrate", "unknown metric"),
            ("/api/series?metric=difficulty", "netuid"), ("/api/series?metric=neurons&netuid=70000", "netuid must be"),
            ("/api/blocks?limit=500", "limit must be"), ("/api/blocks?page=0", "page must be"),
            ("/api/series?metric=total_stake&block_start=9&block_end=2", "block_start"),
            ("/api/series?metric=total_stake&order=sideways", "order must be"),
            ("/api/series?metric=total_stake&format=xml", "format must be"),
        ])
    func badParameters(path: String, message: String) async throws {
        let file = ExplorerTestNode.temporaryPath("yuma-index") + ".sqlite"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await ExplorerServerRun.with(store: try SQLiteIndexStore(path: file)) { server in
            let (status, contentType, body, _) = try await server.get(path)
            #expect(status == 400 && contentType.hasPrefix("application/json"))
            let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            #expect((object?["message"] as? String)?.contains(message) == true, "\(body)")
            #expect(object?["status"] as? Int == 400)
            let unknown = try await server.json("/api/nothing")
            #expect(unknown.status == 404 && (unknown.object["message"] as? String)?.isEmpty == false)
        }
    }
}
