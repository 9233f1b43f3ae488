import Foundation
import Logging
import Runtime

/// Latency of `yuma_metagraph` over HTTP on a full subnet: the subnet is filled through the runtime
/// (``BusySubnet``: burned registrations of every uid, staked validators, a first epoch), a node is
/// opened on that state, and clients query it back to back.
public struct MetagraphBenchmark: Sendable {
    /// UIDs in the subnet.
    public var uids: Int
    /// Queries in all.
    public var queries: Int
    /// Concurrent clients.
    public var clients: Int

    /// A benchmark.
    public init(uids: Int = 4_096, queries: Int = 400, clients: Int = 4) {
        self.uids = uids
        self.queries = max(1, queries)
        self.clients = max(1, clients)
    }

    /// Runs the benchmark with a node under `basePath`.
    public func run(basePath: String, connector: some NodeBenchmarkConnector, logger: Logger) async throws
        -> MetagraphBenchmarkResult
    {
        let clock = ContinuousClock()
        let setupStarted = clock.now
        let subnet = BusySubnet(uids: uids, validators: min(64, uids))
        let state = subnet.setUp().state
        let setupSeconds = Chain.seconds(clock.now - setupStarted)
        let filled = state.subnets[subnet.netuid]?.neurons.count ?? 0
        guard filled == subnet.uids else { throw MetagraphBenchmarkError(uids: subnet.uids, filled: filled) }
        let chain = try await Chain.benchmark(state: state, basePath: basePath, logger: logger)
        let node = try await BenchmarkNode.serve(chain, logger: logger)
        let url = node.httpURL
        let netuid = subnet.netuid
        try await connector.queryMetagraph(at: url, netuid: netuid)
        let perClient = (queries + clients - 1) / clients
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var samples: [Double] = []
                    for _ in 0..<perClient {
                        let sent = clock.now
                        try await connector.queryMetagraph(at: url, netuid: netuid)
                        samples.append(Chain.seconds(clock.now - sent))
                    }
                    return samples
                }
            }
            return try await group.reduce(into: [Double]()) { $0 += $1 }
        }
        await node.stop()
        return MetagraphBenchmarkResult(
            uids: filled, clients: clients, setupSeconds: setupSeconds, latency: LatencySummary(seconds: latencies))
    }
}

/// The subnet could not be filled as asked.
struct MetagraphBenchmarkError: Error, CustomStringConvertible {
    /// UIDs asked for.
    var uids: Int
    /// UIDs registered.
    var filled: Int
    /// What went wrong.
    var description: String { "the benchmark subnet holds \(filled) uids after set-up, not \(uids)" }
}
