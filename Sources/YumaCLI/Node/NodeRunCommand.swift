import ArgumentParser
import Foundation
import Logging
import Node
import ServiceLifecycle

/// `yuma node run` (also plain `yuma node …`): run a chain node.
struct NodeRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Yuma chain node: block production, storage and the JSON-RPC API.",
        discussion: """
            Produces a block every --block-time, stores each block with its extrinsics, events and state \
            changes in one SQLite transaction under --base-path, and serves JSON-RPC over HTTP POST and \
            WebSocket on --rpc-host:--rpc-port (GET /metrics for Prometheus, GET /health). A restarted node \
            continues from its last stored block. SIGINT or SIGTERM finish the block in hand and stop. \
            With --block-time manual, blocks are sealed only by the engine_createBlock RPC call.
            """
    )

    @Flag(name: .long, help: "Development chain: --chain defaults to finney and --base-path to a directory under /tmp.")
    var dev = false

    @Option(name: .long, help: "nakamoto, finney, or the path of a genesis file.")
    var chain: String?

    @Option(name: .customLong("base-path"), help: "Directory of the node's database.")
    var basePath: String?

    @Option(name: .customLong("rpc-port"), help: "JSON-RPC port (0 picks a free one and logs it).")
    var rpcPort = 9944

    @Option(name: .customLong("rpc-host"), help: "JSON-RPC bind address.")
    var rpcHost = "127.0.0.1"

    @Option(name: .customLong("block-time"), help: "Time between blocks: 12s, 250ms, … or manual.")
    var blockTime = "12s"

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard BlockTime(parsing: blockTime) != nil else {
            throw ValidationError("--block-time must be like 12s, 250ms or manual, got \(blockTime)")
        }
        guard (0...65_535).contains(rpcPort) else { throw ValidationError("--rpc-port must be in 0...65535, got \(rpcPort)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard dev || basePath != nil else {
            throw ValidationError("give --base-path DIR for the node's database, or --dev for a throwaway one")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        let logger = Logger(label: "yuma.node")
        let spec: ChainSpec
        do {
            spec = try ChainSpec.named(chain ?? "finney")
        } catch {
            throw CLIError(error.description)
        }
        let path = basePath ?? NSTemporaryDirectory() + "yuma-dev-\(ProcessInfo.processInfo.processIdentifier)"
        let configuration = NodeConfiguration(
            chain: spec, basePath: path, blockTime: BlockTime(parsing: blockTime) ?? .manual, rpcHost: rpcHost,
            rpcPort: rpcPort)
        let node: NodeService
        do {
            node = try await NodeService.make(configuration, logger: logger)
        } catch {
            throw CLIError(error.description)
        }
        let head = await node.chain.head
        logger.info(
            "node starting",
            metadata: [
                "chain": "\(spec.name)", "genesis": "\(node.chain.genesisHash)", "head": "\(head.number)",
                "base_path": "\(path)", "block_time": "\(configuration.blockTime)",
            ])
        let announce = Task {
            if let port = try? await node.rpcServer.listeningPort() {
                logger.info("rpc listening", metadata: ["url": "http://\(rpcHost):\(port)", "ws": "ws://\(rpcHost):\(port)"])
            }
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: node)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        announce.cancel()
        let final = await node.chain.head.number
        logger.info("node stopped", metadata: ["head": "\(final)"])
    }
}
