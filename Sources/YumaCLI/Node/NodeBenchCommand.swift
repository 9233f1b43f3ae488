import ArgumentParser
import Foundation
import Logging
import Node

/// `yuma node bench`: measure a node's transfer throughput, metagraph latency and new-heads fan-out.
struct NodeBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark an in-process node: transfer throughput, metagraph latency, new-heads fan-out.",
        discussion: """
            transfers: sr25519 transfers between --accounts funded accounts, signed before the run on all cores, \
            submitted for --seconds by --submitters concurrent submitters over --connections WebSocket \
            connections to a whole node (signature-checked admission, pool, a block every --block-time, a \
            durable store); reports admitted and included per second. metagraph: a subnet of --uids filled \
            through the runtime (burned registrations, staked validators, a first epoch), a node opened on \
            that state, --queries yuma_metagraph calls over HTTP; reports p50/p99. heads: --subscribers \
            WebSocket chain_subscribeNewHeads subscribers on a node sealing every 100ms for --heads-seconds; \
            reports how many received every head. Goals: 5,000 transfers/s, metagraph p99 <= 50 ms, 1,000 \
            subscribers.
            """
    )

    /// The parts of the benchmark.
    enum Part: String, ExpressibleByArgument, CaseIterable {
        case transfers, metagraph, heads
    }

    @Option(name: .long, help: "Parts to run: transfers, metagraph, heads (repeatable; default all).")
    var only: [Part] = []

    @Option(name: .long, help: "Seconds to submit transfers for.")
    var seconds: Double = 60

    @Option(name: .customLong("block-time"), help: "Block time of the transfer node: 250ms, 1s, …")
    var blockTime = "250ms"

    @Option(name: .long, help: "Signing accounts for transfers.")
    var accounts = 2_048

    @Option(name: .long, help: "WebSocket connections for transfers.")
    var connections = 16

    @Option(name: .long, help: "Concurrent transfer submissions across the connections.")
    var submitters = 256

    @Option(name: .long, help: "UIDs of the metagraph subnet.")
    var uids = 4_096

    @Option(name: .long, help: "yuma_metagraph queries.")
    var queries = 400

    @Option(name: .long, help: "New-heads subscribers.")
    var subscribers = 1_000

    @Option(name: .customLong("heads-seconds"), help: "Seconds the subscribers listen.")
    var headsSeconds: Double = 10

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard case .interval = BlockTime(parsing: blockTime) else {
            throw ValidationError("--block-time must be like 250ms or 1s, got \(blockTime)")
        }
        guard seconds > 0, headsSeconds > 0 else { throw ValidationError("--seconds and --heads-seconds must be positive") }
        guard (1...4_096).contains(uids) else { throw ValidationError("--uids must be in 1...4096, got \(uids)") }
    }

    func run() async throws {
        var logger = Logger(label: "yuma.node.bench")
        logger.logLevel = .error
        let parts = Set(only.isEmpty ? Part.allCases : only)
        let connector = ChainClientBenchmarkConnector()
        let directory = NSTemporaryDirectory() + "yuma-node-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var report = NodeBenchmarkReport()
        do {
            if parts.contains(.transfers), case .interval(let interval) = BlockTime(parsing: blockTime) {
                let benchmark = TransferBenchmark(
                    seconds: seconds, blockTime: interval, connections: connections, submitters: submitters,
                    accounts: accounts)
                report.transfers = try await benchmark.run(
                    basePath: directory + "/transfers", connector: connector, logger: logger)
            }
            if parts.contains(.metagraph) {
                report.metagraph = try await MetagraphBenchmark(uids: uids, queries: queries).run(
                    basePath: directory + "/metagraph", connector: connector, logger: logger)
            }
            if parts.contains(.heads) {
                report.newHeads = try await NewHeadsBenchmark(subscribers: subscribers, seconds: headsSeconds).run(
                    basePath: directory + "/heads", connector: connector, logger: logger)
            }
        } catch {
            throw CLIError("benchmark failed: \(error)")
        }
        print(jsonOutput ? NodeBenchFormat.json(report) : NodeBenchFormat.table(report))
    }
}
