import Foundation
import Logging
import Runtime
import Synchronization

/// Signed transfers per second that a node admits and includes: pre-signed transfers between many
/// funded accounts, submitted by many concurrent submitters over WebSocket connections to a whole
/// in-process node (``NodeService``: admission with signature checks, pool, timed blocks, a durable
/// store), for a fixed time.
public struct TransferBenchmark: Sendable {
    /// Seconds to submit for.
    public var seconds: Double
    /// Time between blocks.
    public var blockTime: Duration
    /// WebSocket connections.
    public var connections: Int
    /// Submissions in flight across all connections.
    public var submitters: Int
    /// Signing accounts.
    public var accounts: Int
    /// The highest rate the pre-signed supply is sized for, per second.
    public var maxRate: Int

    /// A benchmark.
    public init(
        seconds: Double = 60, blockTime: Duration = .milliseconds(250), connections: Int = 16, submitters: Int = 256,
        accounts: Int = 2_048, maxRate: Int = 8_000
    ) {
        self.seconds = seconds
        self.blockTime = blockTime
        self.connections = max(1, connections)
        self.submitters = max(self.connections, submitters)
        self.accounts = max(1, accounts)
        self.maxRate = max(1, maxRate)
    }

    /// Runs the benchmark with a node under `basePath`.
    public func run(basePath: String, connector: some NodeBenchmarkConnector, logger: Logger) async throws
        -> TransferBenchmarkResult
    {
        let accounts = try BenchmarkAccounts(count: accounts)
        var limits = TransactionPoolLimits.standard
        limits.maxCount = 65_536
        limits.maxBytes = 64 << 20
        let configuration = NodeConfiguration(
            chain: accounts.spec(), basePath: basePath, blockTime: .interval(blockTime), rpcPort: 0, poolLimits: limits)
        let node = try await BenchmarkNode.start(configuration, logger: logger)
        let clock = ContinuousClock()
        let signingStarted = clock.now
        let waves = max(1, Int((Double(maxRate) * seconds / Double(accounts.keys.count)).rounded(.up)))
        let supply = await accounts.signedTransfers(waves: waves, genesisHash: node.chain.genesisHash)
        let signingSeconds = Chain.seconds(clock.now - signingStarted)

        var connections: [any NodeBenchmarkSubmitter] = []
        for _ in 0..<self.connections { connections.append(try await connector.connectSubmitter(to: node.webSocketURL)) }
        let startBlock = await node.chain.head.number
        let cursor = SupplyCursor()
        let started = clock.now
        let deadline = started.advanced(by: .milliseconds(Int64(seconds * 1_000)))
        let sampler = Task { await Self.includedPerSecond(node.chain, accounts: accounts.ids, until: deadline) }
        let outcomes = await withTaskGroup(of: SubmitterOutcome.self) { group in
            for index in 0..<submitters {
                let connection = connections[index % connections.count]
                group.addTask {
                    await Self.submit(supply, cursor: cursor, over: connection, until: deadline)
                }
            }
            return await group.reduce(into: SubmitterOutcome()) { $0.merge($1) }
        }
        let elapsed = Chain.seconds(clock.now - started)
        let perSecond = await sampler.value
        let included = perSecond.reduce(0, +)
        let blocks = Int(await node.chain.head.number - startBlock)
        for connection in connections { await connection.close() }
        await node.stop()
        return TransferBenchmarkResult(
            seconds: elapsed, blockTimeMilliseconds: Int(blockTime.components.seconds * 1_000)
                + Int(blockTime.components.attoseconds / 1_000_000_000_000_000),
            connections: self.connections, submitters: submitters, accounts: accounts.keys.count,
            signingSeconds: signingSeconds, admitted: outcomes.admitted, refused: outcomes.refused, included: included,
            admittedPerSecond: Double(outcomes.admitted) / max(elapsed, 1e-9),
            includedPerSecond: Double(included) / max(elapsed, 1e-9),
            slowestSecondIncluded: perSecond.dropFirst().min() ?? perSecond.first ?? 0, blocks: blocks,
            submitLatency: LatencySummary(seconds: outcomes.latencies))
    }

    /// What one submitter did.
    struct SubmitterOutcome: Sendable {
        var admitted = 0
        var refused = 0
        var latencies: [Double] = []

        mutating func merge(_ other: SubmitterOutcome) {
            admitted += other.admitted
            refused += other.refused
            latencies += other.latencies
        }
    }

    /// Takes the next pre-signed transfer and submits it, until the supply or the time runs out.
    static func submit(
        _ supply: [String], cursor: SupplyCursor, over connection: any NodeBenchmarkSubmitter,
        until deadline: ContinuousClock.Instant
    ) async -> SubmitterOutcome {
        var outcome = SubmitterOutcome()
        let clock = ContinuousClock()
        while clock.now < deadline {
            let index = cursor.take()
            guard index < supply.count else { break }
            let sent = clock.now
            do {
                try await connection.submit(hex: supply[index])
                outcome.admitted += 1
            } catch {
                outcome.refused += 1
            }
            outcome.latencies.append(Chain.seconds(clock.now - sent))
        }
        return outcome
    }

    /// The extrinsics included in each whole second until `deadline`: the growth of the accounts'
    /// nonces, read from the chain's committed state.
    static func includedPerSecond(_ chain: Chain, accounts: [AccountID], until deadline: ContinuousClock.Instant)
        async -> [Int]
    {
        func nonces() async -> UInt64 {
            let state = await chain.state
            return accounts.reduce(0) { $0 &+ state.account($1).nonce }
        }
        var counts: [Int] = []
        var last = await nonces()
        var tick = ContinuousClock.now
        while tick < deadline {
            tick = min(tick.advanced(by: .seconds(1)), deadline)
            try? await Task.sleep(until: tick, clock: .continuous)
            let now = await nonces()
            counts.append(Int(now &- last))
            last = now
        }
        return counts
    }
}

/// The index of the next pre-signed transfer, shared by all submitters.
final class SupplyCursor: Sendable {
    private let next = Atomic<Int>(0)

    /// Takes the next index.
    func take() -> Int { next.add(1, ordering: .relaxed).oldValue }
}
