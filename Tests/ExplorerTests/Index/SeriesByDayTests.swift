import Foundation
import Testing

@testable import Explorer

@Suite("Series by UTC day")
struct SeriesByDayTests {
    /// The last sampled block of each UTC day in `range`, worked out from the fixture.
    static func lastOfEachDay(_ range: ClosedRange<UInt64>) -> [UInt64] {
        let sampled = IndexFixture.sampledBlocks.filter(range.contains)
        let byDay = Dictionary(grouping: sampled) { IndexFixture.blocks[Int($0)].timestamp / 86_400_000 }
        return byDay.values.compactMap { $0.max() }.sorted()
    }

    @Test(
        "one point per day: the day's last value at its block",
        arguments: [
            (SeriesMetric.neurons, UInt16?.some(1), UInt64(0), UInt64(100)), (.difficulty, 2, 5, 20),
            (.totalIssuance, nil, 0, 100), (.totalStake, nil, 12, 13),
        ])
    func byDay(metric: SeriesMetric, netuid: UInt16?, start: UInt64, end: UInt64) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let blocks = Self.lastOfEachDay(start...end)
        let expected = blocks.map { block in
            let sample = IndexFixture.chain.sample(block)
            let value =
                switch metric {
                case .totalIssuance: sample.totalIssuance
                case .totalStake: sample.totalStake
                case .totalEmission: sample.totalEmission
                default: sample.subnets.first { $0.netuid == netuid }?.value(of: metric) ?? 0
                }
            return SeriesPoint(block: block, value: value)
        }
        var query = SeriesQuery(metric: metric, netuid: netuid, blockStart: start, blockEnd: end, frequency: .byDay)
        #expect(blocks.count >= 1)
        #expect(try await store.series(query) == expected)
        #expect(try await store.seriesCount(query) == expected.count)
        query.descending = true
        query.limit = 2
        #expect(try await store.series(query) == Array(expected.reversed().prefix(2)))
        query.frequency = .byBlock
        #expect(try await store.seriesCount(query) == IndexFixture.sampledBlocks.filter((start...end).contains).count)
    }
}

@Suite("Accounts mentioned by an event")
struct EventDerivationTests {
    static let alice = SyntheticChain.accounts[0]
    static let bob = SyntheticChain.accounts[1]

    @Test(
        "SS58-looking strings anywhere in the fields",
        arguments: [
            (#"{"from":"\#(alice)","amount":5}"#, [alice]),
            (#"{"list":[{"who":"\#(alice)"}],"again":"\#(alice)"}"#, [alice]),
            (#"{"hash":"0x1234","name":"short"}"#, []),
            ("not json", []),
            ("null", []),
            (#"{"\#(alice)":1}"#, []),
            (#"{ "to" : "\#(bob)" , "from":"\#(alice)", "x": ["\#(bob)"] }"#, [alice, bob].sorted()),
            (#"{"who":"\#(alice.dropLast())\u0041"}"#, [String(alice.dropLast()) + "A"]),
            (#"{"memo":"a \"quoted\" \#(alice)"}"#, []),
        ])
    func accounts(json: String, expected: [String]) {
        #expect(EventDerivation.accounts(inFields: json) == expected)
    }
}
