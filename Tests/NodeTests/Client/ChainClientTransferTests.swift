import ChainAPI
import ChainClient
import Keys
import Runtime
import Testing

@Suite("ChainClient transfers")
struct ChainClientTransferTests {
    @Test("an sr25519 transfer to an ed25519 account and back, checked to the rao")
    func transferToTheRao() async throws {
        try await TestNode.with { node in
            let client = node.http
            let (alice, eve, bob) = (TestKeys.alice, TestKeys.edEve, TestKeys.bob)
            let aliceBefore = try await client.balance(of: alice)
            let bobBefore = try await client.balance(of: bob.accountID)
            #expect(try await client.balance(of: eve) == 0)

            let amount: Rao = 7_000_000_123
            let tip: Rao = 4_321
            let toEve = try await client.sign(transfer(to: eve, amount), with: alice, tip: tip)
            #expect(toEve.nonce == 0)
            #expect(toEve.keyType == .sr25519)
            let hash = try await client.submit(toEve)
            #expect(hash == toEve.hash.description)
            #expect(try await client.nextNonce(of: alice) == 1)
            let header = try await client.createBlock()
            #expect(header.number == 1)
            let included = try #require(try await client.extrinsic(hash: hash))
            #expect(included.succeeded && included.blockNumber == 1 && included.signer == alice.ss58Address)
            #expect(try await client.balance(of: alice) == aliceBefore - amount - baseFee - tip)
            #expect(try await client.balance(of: eve) == amount)

            let back: Rao = 1_000_000_000
            let toBob = try await client.sign(transfer(to: bob, back), with: eve)
            #expect(toBob.keyType == .ed25519)
            try await client.submit(toBob)
            try await client.createBlock()
            let eveAccount = try await client.account(eve.ss58Address)
            #expect(eveAccount == AccountView(address: eve.ss58Address, nonce: 1, free: amount - back - baseFee, staked: 0))
            #expect(try await client.balance(of: bob.ss58Address) == bobBefore + back)
            #expect(try await client.account(alice).nonce == 1)

            let events = try await client.events(inBlock: 2)
            #expect(events.contains { $0.name == "balances.transferred" || $0.name.lowercased().contains("transfer") })
        }
    }

    @Test("submitAndWait over HTTP polls until a block includes the extrinsic")
    func submitAndWaitOverHTTP() async throws {
        try await TestNode.with { node in
            let client = node.http
            async let waited = client.submitAndWait(transfer(to: TestKeys.bob, 1_000_000), signedBy: TestKeys.alice)
            try await sealOnceSomethingIsPending(client)
            let inclusion = try await waited
            #expect(inclusion.succeeded)
            #expect(inclusion.blockNumber == 1)
            #expect(inclusion.blockHash == (try await client.blockHash(1)))
            let failing = try await client.sign(transfer(to: TestKeys.bob, 1), with: TestKeys.edFerdie)
            await #expect(throws: ChainClientError.self) { try await client.submitAndWait(failing, timeout: .seconds(5)) }
        }
    }

    @Test("a few hundred transfers from five signers across several blocks: balances and nonces exact")
    func manyTransfers() async throws {
        try await TestNode.with(maxExtrinsicsPerBlock: 64) { node in
            let client = node.http
            let signer = try await client.signer()
            let senders = [TestKeys.alice, TestKeys.bob, TestKeys.charlie, TestKeys.dave]
            let receivers = [TestKeys.edEve, TestKeys.edFerdie]
            var expected: [String: Rao] = [:]
            for key in senders + receivers { expected[key.ss58Address] = try await client.balance(of: key) }
            var hashes: [String] = []
            let perSender = 60
            for (offset, sender) in senders.enumerated() {
                for nonce in 0..<perSender {
                    let receiver = receivers[(nonce + offset) % receivers.count]
                    let amount = Rao(1_000_000 + nonce * 7 + offset)
                    let tip = Rao(nonce % 3)
                    let extrinsic = signer.sign(transfer(to: receiver, amount), with: sender, nonce: UInt64(nonce), tip: tip)
                    hashes.append(try await client.submit(extrinsic))
                    expected[sender.ss58Address, default: 0] -= amount + baseFee + tip
                    expected[receiver.ss58Address, default: 0] += amount
                }
            }
            #expect(try await client.pendingExtrinsics().count == senders.count * perSender)
            var blocks = 0
            while try await !client.pendingExtrinsics().isEmpty {
                try await client.createBlock()
                blocks += 1
            }
            #expect(blocks == (senders.count * perSender + 63) / 64)
            let eve = TestKeys.edEve
            let back = try await client.sign(transfer(to: TestKeys.alice, 500_000), with: eve, tip: 10)
            try await client.submit(back)
            try await client.createBlock()
            expected[eve.ss58Address, default: 0] -= 500_000 + baseFee + 10
            expected[TestKeys.alice.ss58Address, default: 0] += 500_000

            for key in senders + receivers {
                #expect(try await client.balance(of: key) == expected[key.ss58Address], "\(key)")
            }
            for sender in senders { #expect(try await client.nextNonce(of: sender) == UInt64(perSender)) }
            #expect(try await client.nextNonce(of: eve) == 1)
            for hash in hashes.prefix(5) + hashes.suffix(5) {
                #expect(try await client.extrinsic(hash: hash)?.succeeded == true)
            }
            let head = try await client.head()
            #expect(head.number == UInt64(blocks + 1))
            let block = try #require(try await client.block())
            #expect(block.details.count == 1 && block.header == head)
        }
    }
}

/// Seals one block as soon as the pool holds something (for waits in manual mode).
func sealOnceSomethingIsPending<T: RPCTransport>(_ client: ChainClient<T>) async throws {
    for _ in 0..<500 {
        if try await !client.pendingExtrinsics().isEmpty {
            try await client.createBlock()
            return
        }
        try await Task.sleep(for: .milliseconds(5))
    }
    Issue.record("nothing entered the pool")
}
