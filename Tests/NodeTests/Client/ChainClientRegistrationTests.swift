import ChainAPI
import ChainClient
import Keys
import Runtime
import Testing

@Suite("ChainClient subnets and registration")
struct ChainClientRegistrationTests {
    @Test("a subnet created by registerNetwork, a burned registration, then metagraph and neuron queries")
    func burnedRegistration() async throws {
        try await TestNode.with { node in
            let client = node.http
            let (alice, bob) = (TestKeys.alice, TestKeys.bob)
            let ownerHotkey = TestKeys.key("//Alice//hot", .sr25519)
            let minerHotkey = TestKeys.key("//Bob//hot", .ed25519)

            let aliceBefore = try await client.balance(of: alice)
            try await client.submit(try await client.sign(.subnets(.registerNetwork(hotkey: ownerHotkey.accountID)), with: alice))
            try await client.createBlock()
            let subnets = try await client.subnets()
            let netuid = try #require(subnets.first?.netuid)
            #expect(subnets.count == 1 && netuid == 1)
            let subnet = try await client.subnet(netuid)
            #expect(subnet.owner == alice.ss58Address && subnet.neurons == 1)
            let lock = aliceBefore - baseFee - (try await client.balance(of: alice))
            #expect(lock == 1_000 * raoPerTao)

            let burn = try await client.burn(netuid)
            #expect(burn == (try await client.hyperparameters(netuid)).burn)
            #expect(try await client.difficulty(netuid) == (try await client.hyperparameters(netuid)).difficulty)
            let bobBefore = try await client.balance(of: bob)
            try await client.submit(
                try await client.sign(.registration(.burnedRegister(netuid: netuid, hotkey: minerHotkey.accountID)), with: bob))
            let sealed = try await client.createBlock()
            #expect(try await client.balance(of: bob) == bobBefore - burn - baseFee)
            let events = try await client.events(inBlock: sealed.number)
            #expect(events.contains { $0.name.lowercased().contains("neuronregistered") })

            let metagraph = try await client.metagraph(netuid)
            #expect(metagraph.n == 2 && metagraph.block == sealed.number)
            #expect(metagraph.hotkeys == [ownerHotkey.ss58Address, minerHotkey.ss58Address])
            #expect(metagraph.coldkeys == [alice.ss58Address, bob.ss58Address])
            #expect(metagraph.weights == nil && metagraph.bonds == nil)
            let full = try await client.metagraph(netuid, weights: true, bonds: true)
            #expect(full.weights?.count == 2 && full.bonds?.count == 2)
            let withWeights = try await client.metagraph(netuid, weights: true)
            #expect(withWeights.weights != nil && withWeights.bonds == nil)

            let byUID = try #require(try await client.neuron(netuid, uid: 1))
            #expect(byUID.hotkey == minerHotkey.ss58Address && byUID.coldkey == bob.ss58Address)
            #expect(byUID.blockAtRegistration == sealed.number)
            #expect(try await client.neuron(netuid, hotkey: minerHotkey) == byUID)
            #expect(try await client.neuron(netuid, hotkey: minerHotkey.accountID) == byUID)
            #expect(try await client.neuron(netuid, uid: 2) == nil)
            #expect(try await client.neuron(netuid, hotkey: TestKeys.dave) == nil)
            #expect(try await client.stake(onHotkey: minerHotkey) == 0)
            #expect(try await client.stake(ofColdkey: bob) == [])
            #expect(try await client.delegates() == [])
            #expect(try await client.totals().subnets == 1)

            await #expect(throws: RPCClientError.self) { try await client.subnet(9) }
        }
    }
}
