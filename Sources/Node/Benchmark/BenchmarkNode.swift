import Logging
import ServiceLifecycle

/// A node running inside the benchmark's process on a free port, stopped gracefully at the end.
struct BenchmarkNode {
    /// The chain.
    let chain: Chain
    /// The RPC port.
    let port: Int
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    /// `http://127.0.0.1:PORT`.
    var httpURL: String { "http://127.0.0.1:\(port)" }
    /// `ws://127.0.0.1:PORT`.
    var webSocketURL: String { "ws://127.0.0.1:\(port)" }

    /// A whole node (``NodeService``): chain, RPC and timed block production, as `yuma node` runs it.
    static func start(_ configuration: NodeConfiguration, logger: Logger) async throws -> BenchmarkNode {
        let node = try await NodeService.make(configuration, logger: logger)
        return try await run(node, chain: node.chain, server: node.rpcServer, closesChain: false, logger: logger)
    }

    /// An RPC server on `chain`, without block production.
    static func serve(_ chain: Chain, logger: Logger) async throws -> BenchmarkNode {
        var methods = RPCMethodRegistry()
        ChainMethods.register(on: &methods, chain: chain, createBlock: nil)
        let server = RPCServer(
            configuration: RPCServerConfiguration(host: "127.0.0.1", port: 0), methods: methods,
            metrics: MetricsRegistry(), logger: logger)
        return try await run(server, chain: chain, server: server, closesChain: true, logger: logger)
    }

    private static func run(
        _ service: some Service, chain: Chain, server: RPCServer, closesChain: Bool, logger: Logger
    ) async throws -> BenchmarkNode {
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [.init(service: service)], logger: logger))
        let task = Task {
            try await group.run()
            if closesChain { await chain.close() }
        }
        let port = try await server.listeningPort()
        return BenchmarkNode(chain: chain, port: port, group: group, task: task)
    }

    /// Shuts the node down gracefully and waits for it.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
