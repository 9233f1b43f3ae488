import ChainAPI
import ChainClient
import Keys
import Runtime
import Testing

@Suite("ChainClient over WebSocket")
struct ChainClientWebSocketTests {
    @Test("submitAndWatch reports ready, then inBlock and finalized with the sealing block's hash")
    func watchStatuses() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let extrinsic = try await client.sign(transfer(to: TestKeys.edEve, 2_000_000), with: TestKeys.alice, tip: 5)
            let statuses = try await client.submitAndWatch(extrinsic)
            let sealed = try await client.createBlock()
            var seen: [ExtrinsicStatus] = []
            for try await status in statuses { seen.append(status) }
            #expect(seen == [.ready, .inBlock(sealed.hash), .finalized(sealed.hash)])
            #expect(try await client.balance(of: TestKeys.edEve) == 2_000_000)
            await client.close()
        }
    }

    @Test("a future nonce is reported future, then included once the gap fills")
    func futureThenIncluded() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let signer = try await client.signer()
            let second = signer.sign(transfer(to: TestKeys.bob, 1_000), with: TestKeys.charlie, nonce: 1)
            let statuses = try await client.submitAndWatch(second)
            try await client.submit(signer.sign(transfer(to: TestKeys.bob, 1_000), with: TestKeys.charlie, nonce: 0))
            let sealed = try await client.createBlock()
            var seen: [ExtrinsicStatus] = []
            for try await status in statuses { seen.append(status) }
            #expect(seen == [.future, .inBlock(sealed.hash), .finalized(sealed.hash)])
            await client.close()
        }
    }

    @Test("submitAndWait over WebSocket returns the including block and the call's success")
    func submitAndWait() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            async let waited = client.submitAndWait(transfer(to: TestKeys.dave, 3_000), signedBy: TestKeys.bob)
            try await sealOnceSomethingIsPending(client)
            let inclusion = try await waited
            #expect(inclusion.blockNumber == 1 && inclusion.index == 0 && inclusion.succeeded)
            #expect(inclusion.blockHash == (try await client.head()).hash)
            // A call that fails (below the existential deposit for a new account) still lands, unsuccessful.
            async let failed = client.submitAndWait(transfer(to: TestKeys.edFerdie, 1), signedBy: TestKeys.bob)
            try await sealOnceSomethingIsPending(client)
            #expect(try await failed.succeeded == false)
            await client.close()
        }
    }

    @Test("the new-heads subscription receives every block in order")
    func newHeads() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let heads = try await client.subscribeNewHeads()
            var sealed: [HeaderView] = []
            for _ in 0..<12 { sealed.append(try await client.createBlock()) }
            var received: [HeaderView] = []
            for try await head in heads {
                received.append(head)
                if received.count == sealed.count { break }
            }
            #expect(received == sealed)
            #expect(received.map(\.number) == Array(1...12))
            #expect(zip(received.dropFirst(), received).allSatisfy { $0.parentHash == $1.hash })
            #expect(try await client.finalizedHead() == sealed.last?.hash)
            await heads.cancel()
            await client.close()
        }
    }

    @Test("system and chain queries answer typed values")
    func systemQueries() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            #expect(try await client.chainName() == "Yuma Test")
            #expect(try await client.nodeName() == "Yuma")
            #expect(try await client.version() == "0.1.0")
            #expect(try await client.health() == HealthView(peers: 0, isSyncing: false, shouldHavePeers: false))
            #expect(try await client.runtimeVersion() == RuntimeVersion.current)
            #expect(try await client.properties() == ChainProperties(ss58Format: 42, tokenDecimals: 9, tokenSymbol: "TAO", era: "finney"))
            let genesis = try await client.genesisHash()
            #expect(genesis == node.service.chain.genesisHash)
            #expect(try await client.blockHash(0) == genesis.description)
            #expect(try await client.blockHash(5) == nil)
            #expect(try await client.header(hash: genesis.description)?.number == 0)
            #expect(try await client.header(hash: Hash256.zero.description) == nil)
            #expect(try await client.block(hash: genesis.description)?.extrinsics == [])
            #expect(try await client.extrinsic(hash: Hash256.zero.description) == nil)
            let totals = try await client.totals()
            #expect(totals.block == 0 && totals.subnets == 0 && totals.totalIssuance == 6 * 1_000_000 * raoPerTao)
            await client.close()
        }
    }
}
