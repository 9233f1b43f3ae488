import ChainAPI
import ChainClient
import Foundation
import Keys
import Runtime
import Testing

@Suite("Node API: restart on the same base path")
struct RestartTests {
    /// What a client sees of a node's state.
    struct Observed: Equatable {
        var head: HeaderView
        var totals: TotalsView
        var accounts: [AccountView]
        var subnets: [SubnetView]
        var genesis: Hash256
    }

    static func observe(_ client: HTTPChainClient) async throws -> Observed {
        var accounts: [AccountView] = []
        for key in [TestKeys.alice, TestKeys.bob, TestKeys.edEve] { accounts.append(try await client.account(key)) }
        return Observed(
            head: try await client.head(), totals: try await client.totals(), accounts: accounts,
            subnets: try await client.subnets(), genesis: try await client.genesisHash())
    }

    @Test("a stopped node restarts with the same head and state, and extends the chain")
    func restart() async throws {
        let basePath = TestNode.temporaryBasePath()
        defer { try? FileManager.default.removeItem(atPath: basePath) }
        let before = try await TestNode.with(basePath: basePath, keep: true) { node in
            let client = node.http
            let signer = try await client.signer()
            try await client.submit(signer.sign(transfer(to: TestKeys.edEve, 5_000_000), with: TestKeys.alice, nonce: 0))
            try await client.submit(
                signer.sign(.subnets(.registerNetwork(hotkey: TestKeys.edEve.accountID)), with: TestKeys.bob, nonce: 0))
            try await client.createBlock()
            for nonce in 1..<4 {
                try await client.submit(signer.sign(transfer(to: TestKeys.bob, 1_000), with: TestKeys.alice, nonce: UInt64(nonce)))
                try await client.createBlock()
            }
            return try await Self.observe(client)
        }
        #expect(before.head.number == 4 && before.totals.subnets == 1)
        try await TestNode.with(basePath: basePath, keep: true) { node in
            let client = node.http
            let after = try await Self.observe(client)
            #expect(after == before)
            #expect(try await client.nextNonce(of: TestKeys.alice) == 4)
            let next = try await client.sign(transfer(to: TestKeys.bob, 1_000), with: TestKeys.alice)
            #expect(next.nonce == 4)
            try await client.submit(next)
            let sealed = try await client.createBlock()
            #expect(sealed.number == 5 && sealed.parentHash == before.head.hash)
        }
    }
}
