import ChainAPI
import ChainClient
import Foundation
import Keys
import Runtime
import Testing

@Suite("Node API: bad input is refused with a JSON-RPC error while blocks keep coming")
struct BadInputTests {
    @Test(
        "malformed requests answer the JSON-RPC error code and a message",
        arguments: [
            (#"{"jsonrpc":"2.0","id":1,"method":"system_health""#, -32700, "parse"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_nothing","params":[]}"#, -32601, "yuma_nothing"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_balance","params":[42]}"#, -32602, "address"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_balance","params":["5NotAnAddress"]}"#, -32602, "SS58"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_balance","params":[]}"#, -32602, "address"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_subnet","params":["one"]}"#, -32602, "netuid"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_subnet","params":[70000]}"#, -32602, "netuid"),
            (#"{"jsonrpc":"2.0","id":1,"method":"yuma_subnet","params":[3]}"#, -32000, "subnet 3 does not exist"),
            (#"{"jsonrpc":"2.0","id":1,"method":"chain_getBlockHash","params":[1,2]}"#, -32602, "at most 1"),
            (#"{"jsonrpc":"2.0","id":1,"method":"chain_getHeader","params":["0x12"]}"#, -32602, "32-byte hash"),
            (#"{"jsonrpc":"2.0","id":1,"method":"author_submitExtrinsic","params":["0xzz"]}"#, -32602, "not hex"),
            (#"{"jsonrpc":"2.0","id":1,"method":"author_submitExtrinsic","params":["0x0102"]}"#, 1010, "malformed"),
        ])
    func malformedRequests(body: String, code: Int, fragment: String) async throws {
        try await TestNode.with { node in
            try await withSealer(node) {
                let answer = try json(try await rawPost(body, port: node.port).text)
                #expect(answer.errorCode == code, "\(body)")
                let message = try #require(answer.errorMessage)
                #expect(message.localizedCaseInsensitiveContains(fragment), "\(message)")
            }
        }
    }

    @Test("an oversized request is refused with 413 and -32007 on its declared length, before it is read")
    func oversizedRequest() async throws {
        try await TestNode.with { node in
            try await withSealer(node) {
                let answer = try await postDeclaringOversizedBody(port: node.port, limit: 10 * 1024 * 1024)
                #expect(answer.status == 413)
                #expect(try json(answer.text).errorCode == -32007)
                #expect(try json(answer.text).errorMessage?.contains("10485760") == true)
            }
        }
    }

    @Test("refused extrinsics: bad signature, stale nonce, replay, other chain, unaffordable fee, duplicate")
    func refusedExtrinsics() async throws {
        try await TestNode.with { node in
            try await withSealer(node) {
                let client = node.http
                let signer = try await client.signer()
                let alice = TestKeys.alice
                let call = transfer(to: TestKeys.bob, 1_000_000)

                let included = try await client.submitAndWait(call, signedBy: alice, timeout: .seconds(10))
                let replayed = try #require(try await client.block(hash: included.blockHash)?.extrinsics.first)
                try await expectRefused(1010, "StaleNonce") { try await client.submit(hex: replayed) }

                let stale = signer.sign(call, with: alice, nonce: 0, tip: 1)
                try await expectRefused(1010, "StaleNonce") { try await client.submit(stale) }

                var forged = signer.sign(call, with: alice, nonce: 1)
                forged.call = transfer(to: TestKeys.charlie, 1_000_000)
                try await expectRefused(1010, "bad signature") { try await client.submit(forged) }

                var wrongKeyType = signer.sign(call, with: alice, nonce: 1)
                wrongKeyType.keyType = .ed25519
                try await expectRefused(1010, "bad signature") { try await client.submit(wrongKeyType) }

                let otherChain = ExtrinsicSigner(genesisHash: Hash256(blake2b256: Array("another chain".utf8)))
                try await expectRefused(1010, "bad signature") {
                    try await client.submit(otherChain.sign(call, with: alice, nonce: 1))
                }
                let otherVersion = ExtrinsicSigner(genesisHash: signer.genesisHash, specVersion: 2)
                try await expectRefused(1010, "bad signature") {
                    try await client.submit(otherVersion.sign(call, with: alice, nonce: 1))
                }

                let broke = signer.sign(transfer(to: TestKeys.bob, 1_000), with: TestKeys.edFerdie, nonce: 0)
                try await expectRefused(1010, "CannotPayFee") { try await client.submit(broke) }

                var truncated = Array(signer.sign(call, with: alice, nonce: 1).encoded(capacity: 256).dropLast(3))
                truncated[0] = 1
                try await expectRefused(1010, "malformed") { try await client.submit(hex: "0x" + truncated.hexString) }
                try await expectRefused(-32602, "hex") { try await client.submit(hex: "0xnothex") }

                // A future nonce keeps the first copy in the pool whatever the sealer does, so the
                // second copy always meets it there; nonce 0 then lets it into a block.
                let pending = signer.sign(call, with: TestKeys.dave, nonce: 1)
                let hash = try await client.submit(pending)
                try await expectRefused(1012, "already") { try await client.submit(pending) }
                _ = try await client.submit(signer.sign(call, with: TestKeys.dave, nonce: 0))

                // The node still takes good extrinsics and seals blocks.
                let after = try await client.submitAndWait(call, signedBy: alice, timeout: .seconds(10))
                #expect(after.succeeded && after.blockNumber > included.blockNumber)
                #expect(try await client.nextNonce(of: alice) == 2)
                let daveIncluded = try await waitForExtrinsic(hash, client)
                #expect(daveIncluded.succeeded)
            }
        }
    }

    @Test("the WebSocket client refuses an oversized request before sending and keeps the connection")
    func oversizedOverWebSocket() async throws {
        try await TestNode.with { node in
            let client = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let padding = String(repeating: "f", count: 11 * 1024 * 1024)
            await #expect(throws: RPCClientError.self) { try await client.submit(hex: "0x" + padding) }
            try await expectRefused(-32601, "yuma_nothing") {
                let _: Bool = try await client.rpc.call("yuma_nothing")
            }
            #expect(try await client.createBlock().number == 1)
            await client.close()
        }
    }
}

/// Expects `body` to fail with a JSON-RPC error of `code` whose message contains `fragment`.
func expectRefused(
    _ code: Int, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async throws {
    do {
        try await body()
        Issue.record("expected error \(code) (\(fragment)), the call succeeded", sourceLocation: sourceLocation)
    } catch {
        guard case .server(let rpcError)? = error as? RPCClientError else {
            Issue.record("expected a JSON-RPC error \(code), got \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(rpcError.code.rawValue == code, "\(rpcError.message)", sourceLocation: sourceLocation)
        #expect(
            rpcError.message.localizedCaseInsensitiveContains(fragment), "\(rpcError.message)",
            sourceLocation: sourceLocation)
    }
}

/// Runs `body` while a task seals a block every 10 ms, then checks blocks kept coming throughout.
func withSealer(_ node: TestNode, _ body: @Sendable () async throws -> Void) async throws {
    let client = node.http
    let start = try await client.head().number
    let sealer = Task {
        while !Task.isCancelled {
            _ = try? await client.createBlock()
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
    defer { sealer.cancel() }
    while try await client.head().number == start { try await Task.sleep(for: .milliseconds(5)) }
    try await body()
    // Blocks keep coming after the bad input: wait (a minute at most, a hang guard) for the next one.
    let before = try await client.head().number
    var after = before
    let deadline = ContinuousClock.now + .seconds(60)
    while after == before && ContinuousClock.now < deadline {
        try await Task.sleep(for: .milliseconds(10))
        after = try await client.head().number
    }
    #expect(after > before, "blocks stopped: \(start) → \(before) → \(after)")
}

/// Polls until the extrinsic `hash` is in a block.
func waitForExtrinsic(_ hash: String, _ client: HTTPChainClient) async throws -> ExtrinsicView {
    for _ in 0..<500 {
        if let found = try await client.extrinsic(hash: hash) { return found }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw ChainClientError.timedOut(hash: hash, after: .seconds(5))
}
