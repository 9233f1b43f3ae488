import Synchronization

/// The figures of one benchmark round: `requests` pings with `concurrency` in flight from one dendrite.
public struct AxonBenchmarkResult: Codable, Sendable {
    /// Which server was measured (`yuma` or `python`).
    public let server: String
    /// Requests kept in flight.
    public let concurrency: Int
    /// Requests sent.
    public let requests: Int
    /// Wall-clock seconds for the round.
    public let seconds: Double
    /// Answered requests (any status) per second.
    public let requestsPerSecond: Double
    /// Median latency in milliseconds.
    public let p50Milliseconds: Double
    /// 99th-percentile latency in milliseconds.
    public let p99Milliseconds: Double
    /// Requests not answered with 200.
    public let refusals: Int
    /// The first refusal's status and message, if any.
    public let firstRefusal: String?
}

/// Measures an axon with a Yuma dendrite: throughput, latency percentiles and refusals.
public enum AxonBenchmark {
    /// Sends `requests` pings to `endpoint` with `concurrency` in flight and reports the figures of the
    /// steady state: an untimed first round of `concurrency` pings opens the connections the level
    /// needs, so that connection set-up is not counted as request latency.
    public static func measure(
        server: String, dendrite: Dendrite, endpoint: AxonEndpoint, requests: Int, concurrency: Int,
        timeout: Double = 30
    ) async -> AxonBenchmarkResult {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, concurrency) {
                group.addTask { _ = await dendrite.call(PingSynapse(), to: endpoint, timeout: timeout) }
            }
        }
        let next = TicketCounter()
        let started = ContinuousClock.now
        let samples = await withTaskGroup(of: [(Double, String?)].self) { group in
            for _ in 0..<max(1, concurrency) {
                group.addTask {
                    var local: [(Double, String?)] = []
                    while next.take() < requests {
                        let begin = ContinuousClock.now
                        let reply = await dendrite.call(PingSynapse(), to: endpoint, timeout: timeout)
                        let refusal = reply.isSuccess ? nil : "\(reply.statusCode) \(reply.statusMessage)"
                        local.append((milliseconds(ContinuousClock.now - begin), refusal))
                    }
                    return local
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        let seconds = milliseconds(ContinuousClock.now - started) / 1000
        let latencies = samples.map(\.0).sorted()
        let refusals = samples.compactMap(\.1)
        return AxonBenchmarkResult(
            server: server, concurrency: concurrency, requests: samples.count, seconds: seconds,
            requestsPerSecond: seconds > 0 ? Double(samples.count) / seconds : 0,
            p50Milliseconds: percentile(latencies, 0.50), p99Milliseconds: percentile(latencies, 0.99),
            refusals: refusals.count, firstRefusal: refusals.first)
    }

    /// The nearest-rank percentile of sorted values (0 when empty).
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// A duration in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

/// Hands out 0, 1, 2, … to concurrent workers.
final class TicketCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The next ticket.
    func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
}
