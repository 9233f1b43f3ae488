import ChainAPI
import Foundation

@testable import Explorer

/// A small index for the Roundup tests: samples every 100 blocks from 0 to 1000 of subnets 1 and 3,
/// and blocks 600…1000 (as a simulation keeps its last blocks) with registration events.
enum RoundupFixture {
    static let baseIssuance: UInt64 = 548_833_985_028_256

    /// Subnet 1's figures at sample `i` (block `100 i`).
    static func subnet1(_ i: UInt64) -> SubnetSample {
        let limit: UInt64 = i < 5 ? 64 : 128
        return SubnetSample(
            netuid: 1, neurons: min(15 * (i + 1), limit), uidLimit: limit, difficulty: 10_000_000 << i, burn: 0,
            totalStake: 1_000_000_000_000 * i, sequenceLength: i < 3 ? 64 : i < 7 ? 128 : 256, emission: 1_000_000_000)
    }

    static func sample(_ i: UInt64) -> ChainSample {
        ChainSample(
            block: 100 * i, totalIssuance: baseIssuance + 100_000_000_000 * i, totalStake: 1_000_000_000_000 * i,
            totalEmission: 1_000_000_000,
            subnets: [
                subnet1(i),
                SubnetSample(
                    netuid: 3, neurons: 5, uidLimit: 256, difficulty: 1_000_000_000, burn: 0, totalStake: 0,
                    sequenceLength: 512, emission: 0),
            ])
    }

    /// Events by block: subnet 1 registrations at 610 and 700 (two), one of subnet 3 at 700, one without
    /// fields (simulation style) at 800, and a transfer at 900.
    static func events(_ number: UInt64) -> [(String, String)] {
        switch number {
        case 610: [("registration.NeuronRegistered", #"{"netuid":1,"uid":3}"#)]
        case 700:
            [
                ("registration.NeuronRegistered", #"{"netuid":1,"uid":4}"#),
                ("registration.NeuronRegistered", #"{"netuid":3,"uid":0}"#),
                ("registration.NeuronRegistered", #"{"netuid":1,"uid":5}"#),
            ]
        case 800: [("registration.neuronRegistered", "{}")]
        case 900: [("balances.Transfer", #"{"amount":"5"}"#)]
        default: []
        }
    }

    static func block(_ number: UInt64) -> IndexedBlock {
        func hash(_ n: UInt64) -> String { "0x" + String(repeating: "0", count: 60) + String(format: "%04x", n) }
        let events = events(number).enumerated().map { index, event in
            IndexedEvent(blockNumber: number, index: UInt32(index), extrinsicIndex: nil, name: event.0, fieldsJSON: event.1)
        }
        return IndexedBlock(
            number: number, hash: hash(number), parentHash: hash(number - 1), timestamp: 1_000 * number,
            author: "5Author", extrinsics: [], events: events)
    }

    /// A fresh SQLite index holding the fixture.
    static func store() async throws -> SQLiteIndexStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-roundup-\(UUID().uuidString).sqlite").path
        let store = try SQLiteIndexStore(path: path)
        try await store.bind(to: ChainIdentity(genesisHash: "0x01", chainName: "Roundup fixture"))
        for i in UInt64(0)...10 { try await store.write(sample(i), metagraphs: []) }
        try await store.write((UInt64(600)...1_000).map(block))
        return store
    }
}

extension RoundupFixture {
    /// A fresh, empty SQLite index.
    static func emptyStore() throws -> SQLiteIndexStore {
        try SQLiteIndexStore(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("yuma-roundup-\(UUID().uuidString).sqlite").path)
    }
}
