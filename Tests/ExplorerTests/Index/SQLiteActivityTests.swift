import ChainAPI
import Foundation
import Testing

@testable import Explorer

@Suite("SQLite index: extrinsics, events, accounts, registrations")
struct SQLiteActivityTests {
    static let alice = SyntheticChain.accounts[0]
    static let bob = SyntheticChain.accounts[1]

    @Test(
        "extrinsics newest first, filtered and counted",
        arguments: [
            (nil, nil, 10, 0), (nil, nil, 5, 3), (alice, nil, 50, 0), (nil, "registration.burned_register", 50, 0),
            (bob, "balances.transfer", 3, 2), ("5Nobody", nil, 10, 0),
        ] as [(String?, String?, Int, Int)])
    func extrinsics(signer: String?, call: String?, limit: Int, offset: Int) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let matching = IndexFixture.extrinsics.filter {
            (signer == nil || $0.signer == signer) && (call == nil || $0.call == call)
        }
        let page = try await store.extrinsics(limit: limit, offset: offset, signer: signer, call: call)
        #expect(page == IndexFixture.page(matching, limit, offset))
        #expect(try await store.extrinsicCount(signer: signer, call: call) == matching.count)
    }

    @Test(
        "events newest first, filtered by name and block",
        arguments: [
            (nil, nil, 20, 0), ("balances.Transfer", nil, 4, 1), (nil, 7, 50, 0), ("system.ExtrinsicFailed", nil, 50, 0),
            ("registration.NeuronRegistered", 15, 50, 0), ("nothing.Here", nil, 5, 0),
        ] as [(String?, UInt64?, Int, Int)])
    func events(name: String?, block: UInt64?, limit: Int, offset: Int) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let matching = IndexFixture.events.filter {
            (name == nil || $0.name == name) && (block == nil || $0.blockNumber == block)
        }
        #expect(try await store.events(limit: limit, offset: offset, name: name, block: block) == IndexFixture.page(matching, limit, offset))
        #expect(try await store.eventCount(name: name, block: block) == matching.count)
    }

    @Test("events that mention an account", arguments: SyntheticChain.accounts + ["5Nobody"])
    func mentions(account: String) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let matching = IndexFixture.events.filter { $0.fieldsJSON.contains("\"\(account)\"") }
        #expect(try await store.events(mentioning: account, limit: 6, offset: 2) == IndexFixture.page(matching, 6, 2))
        #expect(try await store.eventCount(mentioning: account) == matching.count)
    }

    @Test("neuron registrations of a subnet, newest first", arguments: [UInt16(1), 2, 3])
    func registrations(netuid: UInt16) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let expected = IndexFixture.events.compactMap { event -> NeuronRegistration? in
            guard let r = EventDerivation.registration(event), r.netuid == netuid else { return nil }
            let block = IndexFixture.blocks[Int(event.blockNumber)]
            return NeuronRegistration(
                blockNumber: event.blockNumber, timestamp: block.timestamp, eventIndex: event.index,
                extrinsicIndex: event.extrinsicIndex,
                signer: event.extrinsicIndex.map { block.extrinsics[Int($0)].signer }, netuid: netuid, uid: r.uid,
                hotkey: r.hotkey)
        }
        #expect(netuid == 3 || !expected.isEmpty)
        #expect(try await store.registrations(netuid: netuid, limit: 50, offset: 0) == expected)
        #expect(try await store.registrations(netuid: netuid, limit: 1, offset: 1) == IndexFixture.page(expected, 1, 1))
        #expect(try await store.registrationCount(netuid: netuid) == expected.count)
    }

    @Test("hyperparameters: the latest per subnet, an older block does not replace it")
    func hyperparameters() async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let chain = IndexFixture.chain
        #expect(try await store.hyperparameters(netuid: 1) == chain.hyperparameters(1, at: 20))
        try await store.write(hyperparameters: [chain.hyperparameters(1, at: 10), chain.hyperparameters(2, at: 25)])
        #expect(try await store.hyperparameters(netuid: 1) == chain.hyperparameters(1, at: 20))
        #expect(try await store.hyperparameters(netuid: 2) == chain.hyperparameters(2, at: 25))
        #expect(try await store.hyperparameters(netuid: 9) == nil)
    }

    @Test("reopening an index keeps the derived rows")
    func reopen() async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let again = try SQLiteIndexStore(path: store.path)
        #expect(try await again.eventCount(mentioning: Self.bob) == store.eventCount(mentioning: Self.bob))
        #expect(try await again.registrationCount(netuid: 1) > 0)
    }
}
