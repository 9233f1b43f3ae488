import ChainClient
import Foundation
import Testing

@testable import Explorer

@Suite("Explorer bad input: not-found pages and JSON errors that say what is wrong; the server keeps answering")
struct ExplorerBadInputTests {
    static let unknownHash = "0x" + String(repeating: "ab", count: 32)

    /// Paths, the status and content type expected, and a phrase the answer must contain.
    static let cases: [(path: String, status: Int, json: Bool, phrase: String)] = [
        ("/block/99999999", 404, false, "holds blocks 0 to"),
        ("/block/0x1234", 404, false, "64 hex digits"),
        ("/block/\(unknownHash)", 404, false, "No indexed block has the hash"),
        ("/block/-3", 404, false, "not a block number"),
        ("/extrinsic/\(unknownHash)", 404, false, "No indexed extrinsic"),
        ("/extrinsic/nothing", 404, false, "not an extrinsic hash"),
        ("/event/5", 404, false, "&lt;block&gt;-&lt;index&gt;"),
        ("/event/1-999", 404, false, "no event 999 in block 1"),
        ("/account/5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQ0", 404, false, "not a base58"),
        ("/account/short", 404, false, "not an SS58 address"),
        ("/hotkey/0xabc", 404, false, "not an SS58 address"),
        ("/neuron/1/4096", 404, false, "has no UID 4096"),
        ("/neuron/x/1", 404, false, "not a subnet id"),
        ("/subnet/42", 404, false, "no subnet 42"),
        ("/subnet/1?sort=height_desc", 404, false, "cannot be sorted"),
        ("/subnet/9/metagraph.csv", 404, false, "no metagraph of subnet 9"),
        ("/blocks?page=zero", 404, false, "page must be"),
        ("/search?q=", 404, false, "empty"),
        ("/search?q=99999999", 404, false, "holds blocks 0 to"),
        ("/search?q=\(unknownHash)", 404, false, "no indexed block or extrinsic"),
        ("/search?q=balances.nothing", 404, false, "no indexed extrinsic calls it"),
        ("/search?q=what%3F", 404, false, "is not a block number"),
        ("/api/extrinsics?limit=201", 400, true, "limit must be an integer from 1 to 200"),
        ("/api/extrinsics?signer=alice", 400, true, "signer must be an SS58 address"),
        ("/api/extrinsics?order=up", 400, true, "order must be"),
        ("/api/events?block=x", 400, true, "block must be"),
        ("/api/events?account=\(DevKeys.alice.ss58Address)&name=x.Y", 400, true, "cannot be combined"),
        ("/api/accounts/nobody", 400, true, "not an SS58 address"),
        ("/api/subnets?page=0", 400, true, "page must be"),
        ("/api/subnets/70000/metagraph", 400, true, "netuid must be"),
        ("/api/subnets/9/metagraph", 404, true, "no metagraph of subnet 9"),
        ("/api/subnets/1/metagraph?order=height_desc", 400, true, "order must be"),
        ("/api/series?metric=neurons&netuid=1&frequency=hourly", 400, true, "frequency must be by_block or by_day"),
        ("/api/nowhere", 404, true, "/api/extrinsics"),
    ]

    @Test("each bad request gets its answer; the server answers /api/status after every one")
    func badInput() async throws {
        try await PopulatedExplorer.with { explorer in
            for item in Self.cases {
                let answer = try await explorer.server.get(item.path)
                #expect(answer.status == item.status, "\(item.path): \(answer.status)")
                #expect(answer.contentType.hasPrefix(item.json ? "application/json" : "text/html"), "\(item.path)")
                #expect(answer.body.contains(item.phrase), "\(item.path): \(answer.body.prefix(2000))")
                if item.json {
                    let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
                    #expect(object?["status"] as? Int == item.status && object?["message"] is String, "\(item.path)")
                } else {
                    #expect(answer.body.contains("<h1>Not found</h1>"), "\(item.path)")
                }
                #expect(try await explorer.server.get("/api/status").status == 200)
            }
        }
    }
}
