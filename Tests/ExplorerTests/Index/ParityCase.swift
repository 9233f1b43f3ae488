import Testing

@testable import Explorer

/// A group of reads run on two stores with the same content; their answers must be equal.
struct ParityCase: Sendable, CustomTestStringConvertible {
    let name: String
    let reads: [@Sendable (any IndexStore) async throws -> String]

    var testDescription: String { name }

    init(_ name: String, _ reads: [@Sendable (any IndexStore) async throws -> String]) {
        self.name = name
        self.reads = reads
    }

    /// Each read's answer, printed in full so that any difference shows.
    static func answer<T>(_ value: T) -> String { String(reflecting: value) }

    static let alice = SyntheticChain.accounts[0]
    static let bob = SyntheticChain.accounts[1]

    static let all: [ParityCase] = [
        ParityCase(
            "status, identity and blocks",
            [
                { answer(try await $0.chainIdentity()) }, { answer(try await $0.lastIndexedBlock()) },
                { answer(try await $0.status().nodeHead) }, { answer(try await $0.status().nodeHeadSeenAt) },
                { answer(try await $0.blockCount()) }, { answer(try await $0.blocks(limit: 20, offset: 0)) },
                { answer(try await $0.blocks(limit: 5, offset: 27)) }, { answer(try await $0.blocks(limit: 0, offset: 0)) },
                { answer(try await $0.blockHash(7)) }, { answer(try await $0.blockHash(99)) },
                { answer(try await $0.blockNumber(hash: SyntheticChain.hash(12).uppercased())) },
                { answer(try await $0.blockNumber(hash: "0xdead")) },
            ]),
        ParityCase(
            "whole blocks and extrinsics by hash",
            [
                { answer(try await $0.block(0)) }, { answer(try await $0.block(15)) }, { answer(try await $0.block(29)) },
                { answer(try await $0.block(30)) },
                { answer(try await $0.extrinsic(hash: SyntheticChain.hash(15 * 1_000 + 1_000_000_000))) },
                { answer(try await $0.extrinsic(hash: "0x00")) },
            ]),
        ParityCase(
            "extrinsic lists",
            [
                { answer(try await $0.extrinsics(limit: 50, offset: 0, signer: nil, call: nil)) },
                { answer(try await $0.extrinsics(limit: 7, offset: 4, signer: alice, call: nil)) },
                { answer(try await $0.extrinsics(limit: 50, offset: 0, signer: nil, call: "registration.burned_register")) },
                { answer(try await $0.extrinsics(limit: 3, offset: 1, signer: bob, call: "balances.transfer")) },
                { answer(try await $0.extrinsicCount(signer: nil, call: nil)) },
                { answer(try await $0.extrinsicCount(signer: alice, call: "balances.transfer")) },
                { answer(try await $0.extrinsicCount(signer: "5Nobody", call: nil)) },
            ]),
        ParityCase(
            "event lists and accounts",
            [
                { answer(try await $0.events(limit: 30, offset: 0, name: nil, block: nil)) },
                { answer(try await $0.events(limit: 10, offset: 2, name: "balances.Transfer", block: nil)) },
                { answer(try await $0.events(limit: 50, offset: 0, name: nil, block: 13)) },
                { answer(try await $0.events(limit: 50, offset: 0, name: "system.ExtrinsicFailed", block: 14)) },
                { answer(try await $0.eventCount(name: nil, block: nil)) },
                { answer(try await $0.eventCount(name: "registration.NeuronRegistered", block: nil)) },
                { answer(try await $0.events(mentioning: alice, limit: 8, offset: 3)) },
                { answer(try await $0.events(mentioning: "5Nobody", limit: 8, offset: 0)) },
                { answer(try await $0.eventCount(mentioning: bob)) },
            ]),
        ParityCase(
            "registrations and hyperparameters",
            [
                { answer(try await $0.registrations(netuid: 1, limit: 50, offset: 0)) },
                { answer(try await $0.registrations(netuid: 2, limit: 2, offset: 1)) },
                { answer(try await $0.registrations(netuid: 7, limit: 5, offset: 0)) },
                { answer(try await $0.registrationCount(netuid: 1)) }, { answer(try await $0.registrationCount(netuid: 2)) },
                { answer(try await $0.hyperparameters(netuid: 1)) }, { answer(try await $0.hyperparameters(netuid: 2)) },
                { answer(try await $0.hyperparameters(netuid: 3)) },
            ]),
        ParityCase(
            "samples and metagraphs",
            [
                { answer(try await $0.sample(atOrBefore: nil)) }, { answer(try await $0.sample(atOrBefore: 10)) },
                { answer(try await $0.sample(atOrBefore: 2)) }, { answer(try await $0.earliestSample()) },
                { answer(try await $0.metagraph(1)) }, { answer(try await $0.metagraph(2)) },
                { answer(try await $0.metagraph(5)) },
            ]),
        ParityCase(
            "series by block and by day",
            SeriesMetric.allCases.flatMap { metric -> [@Sendable (any IndexStore) async throws -> String] in
                let netuid: UInt16? = metric.isPerSubnet ? 2 : nil
                let queries = [
                    SeriesQuery(metric: metric, netuid: netuid),
                    SeriesQuery(metric: metric, netuid: netuid, blockStart: 5, blockEnd: 21, descending: true, limit: 4, offset: 1),
                    SeriesQuery(metric: metric, netuid: netuid, frequency: .byDay),
                    SeriesQuery(metric: metric, netuid: netuid, blockStart: 2, blockEnd: 40, maxPoints: 6),
                    SeriesQuery(metric: metric, netuid: netuid, blockStart: 8, blockEnd: 25, descending: true, frequency: .byDay),
                ]
                return queries.flatMap { query -> [@Sendable (any IndexStore) async throws -> String] in
                    [{ answer(try await $0.series(query)) }, { answer(try await $0.seriesCount(query)) }]
                }
            }),
    ]
}
