import Testing

@testable import Neuron

@Suite("Axon benchmark on 127.0.0.1")
struct AxonBenchmarkTests {
    @Test("each level answers every timed ping, with ordered percentiles and no refusals", arguments: [1, 8])
    func measures(concurrency: Int) async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let result = await AxonBenchmark.measure(
            server: "yuma", dendrite: dendrite, endpoint: fixture.endpoint, requests: 40, concurrency: concurrency,
            timeout: 120)
        #expect(result.requests == 40 && result.concurrency == concurrency)
        #expect(result.refusals == 0, "first refusal: \(result.firstRefusal ?? "")")
        #expect(result.requestsPerSecond > 0 && result.p50Milliseconds <= result.p99Milliseconds)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("percentiles are nearest-rank", arguments: [(0.5, 2.0), (0.99, 4.0), (0.01, 1.0)])
    func percentile(fraction: Double, expected: Double) {
        #expect(AxonBenchmark.percentile([1, 2, 3, 4], fraction) == expected)
        #expect(AxonBenchmark.percentile([], fraction) == 0)
    }
}
