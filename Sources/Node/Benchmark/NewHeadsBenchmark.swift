import Foundation
import Logging
import Synchronization

/// How many WebSocket `chain_subscribeNewHeads` subscribers one node serves without any of them
/// missing a head: subscribers connect to a node sealing a block every block time, listen for a
/// while, and each one's heads are checked for gaps.
public struct NewHeadsBenchmark: Sendable {
    /// Subscribers.
    public var subscribers: Int
    /// Seconds to listen once all are subscribed.
    public var seconds: Double
    /// Time between blocks.
    public var blockTime: Duration

    /// A benchmark.
    public init(subscribers: Int = 1_000, seconds: Double = 10, blockTime: Duration = .milliseconds(100)) {
        self.subscribers = max(1, subscribers)
        self.seconds = seconds
        self.blockTime = blockTime
    }

    /// Runs the benchmark with a node under `basePath`.
    public func run(basePath: String, connector: some NodeBenchmarkConnector, logger: Logger) async throws
        -> NewHeadsBenchmarkResult
    {
        let configuration = NodeConfiguration(
            chain: ChainSpec(name: "Yuma Benchmark", genesis: .development(.finney)), basePath: basePath,
            blockTime: .interval(blockTime), rpcPort: 0)
        let node = try await BenchmarkNode.start(configuration, logger: logger)
        let subscriptions = try await connectAll(connector, url: node.webSocketURL)
        let sealed = SealTimes()
        let announcements = await node.chain.subscribeHeads()
        let recorder = Task {
            for await header in announcements { sealed.record(header.number) }
        }
        let first = await node.chain.head.number + 1
        let listeners = subscriptions.map { subscription in
            Task { () -> [(UInt64, ContinuousClock.Instant)] in
                var received: [(UInt64, ContinuousClock.Instant)] = []
                do {
                    for try await number in subscription.numbers { received.append((number, .now)) }
                } catch {}
                return received
            }
        }
        try await Task.sleep(for: .milliseconds(Int64(seconds * 1_000)))
        let last = await node.chain.head.number
        // Let the last head reach everyone before the connections close.
        try await Task.sleep(for: .milliseconds(500))
        for subscription in subscriptions { await subscription.close() }
        var complete = 0
        var missed = 0
        var latest: [UInt64: ContinuousClock.Instant] = [:]
        for listener in listeners {
            let received = await listener.value
            let numbers = Set(received.map(\.0))
            let gaps = (first...max(first, last)).filter { !numbers.contains($0) }.count
            missed += gaps
            if gaps == 0 { complete += 1 }
            for (number, at) in received where number <= last { latest[number] = max(latest[number] ?? at, at) }
        }
        recorder.cancel()
        await node.stop()
        let delays = latest.compactMap { number, at in sealed.time(of: number).map { Chain.seconds(at - $0) } }
        return NewHeadsBenchmarkResult(
            subscribers: subscriptions.count, blocks: Int(last >= first ? last - first + 1 : 0), complete: complete,
            missedHeads: missed, delivery: LatencySummary(seconds: delays))
    }

    /// Connects every subscriber, 32 at a time.
    private func connectAll(_ connector: some NodeBenchmarkConnector, url: String) async throws
        -> [any NodeBenchmarkHeadSubscription]
    {
        var all: [any NodeBenchmarkHeadSubscription] = []
        var remaining = subscribers
        while remaining > 0 {
            let batch = min(32, remaining)
            let connected = try await withThrowingTaskGroup(of: (any NodeBenchmarkHeadSubscription).self) { group in
                for _ in 0..<batch { group.addTask { try await connector.subscribeNewHeads(at: url) } }
                return try await group.reduce(into: [any NodeBenchmarkHeadSubscription]()) { $0.append($1) }
            }
            all += connected
            remaining -= batch
        }
        return all
    }
}

/// When the chain announced each head.
final class SealTimes: Sendable {
    private let times = Mutex<[UInt64: ContinuousClock.Instant]>([:])

    /// Records that head `number` was announced now.
    func record(_ number: UInt64) { times.withLock { $0[number] = .now } }

    /// When head `number` was announced.
    func time(of number: UInt64) -> ContinuousClock.Instant? { times.withLock { $0[number] } }
}
