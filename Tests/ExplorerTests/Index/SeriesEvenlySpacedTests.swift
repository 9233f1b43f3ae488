import Foundation
import Testing

@testable import Explorer

@Suite("Series for charts: the value as of evenly spaced blocks")
struct SeriesEvenlySpacedTests {
    /// The fixture's value of `metric` as of `block`: its latest sample at or before it.
    static func value(_ metric: SeriesMetric, netuid: UInt16?, asOf block: UInt64) -> UInt64? {
        guard let sampled = IndexFixture.sampledBlocks.filter({ $0 <= block }).max() else { return nil }
        let sample = IndexFixture.chain.sample(sampled)
        return switch metric {
        case .totalIssuance: sample.totalIssuance
        case .totalStake: sample.totalStake
        case .totalEmission: sample.totalEmission
        default: sample.subnets.first { $0.netuid == netuid }?.value(of: metric)
        }
    }

    @Test(
        "at most maxPoints points, first and last block included, each the latest value as of its block",
        arguments: [
            (SeriesMetric.neurons, UInt16?.some(1), UInt64(0), UInt64(60), 7), (.difficulty, 2, 5, 33, 4),
            (.totalIssuance, nil, 0, 60, 10), (.totalStake, nil, 3, 9, 50),
        ])
    func evenly(metric: SeriesMetric, netuid: UInt16?, start: UInt64, end: UInt64, points: Int) async throws {
        let store = try temporarySQLiteStore()
        try await IndexFixture.fill(store)
        let last = try #require(try await store.lastIndexedBlock())
        let end = min(end, last)
        let query = SeriesQuery(metric: metric, netuid: netuid, blockStart: start, blockEnd: end, maxPoints: points)
        let answer = try await store.series(query)
        if end - start + 1 <= UInt64(points) {
            #expect(answer == (try await store.series(SeriesQuery(metric: metric, netuid: netuid, blockStart: start, blockEnd: end))))
            return
        }
        #expect(answer.count <= points && answer.count >= 2)
        #expect(answer.last?.block == end)
        #expect(answer.map(\.block) == answer.map(\.block).sorted())
        for point in answer { #expect(point.value == Self.value(metric, netuid: netuid, asOf: point.block)) }
    }

    @Test("a batch of samples in one call reads back like samples written one by one")
    func batchedSamples() async throws {
        let one = try temporarySQLiteStore()
        let batched = try temporarySQLiteStore()
        let samples = IndexFixture.sampledBlocks.map(IndexFixture.chain.sample)
        for sample in samples { try await one.write(sample, metagraphs: []) }
        try await batched.write(samples: samples)
        for metric in SeriesMetric.allCases {
            let query = SeriesQuery(metric: metric, netuid: metric.isPerSubnet ? 1 : nil)
            #expect(try await one.series(query) == (try await batched.series(query)))
        }
    }
}
