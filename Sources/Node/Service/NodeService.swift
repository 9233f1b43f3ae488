import Logging
import Runtime
import ServiceLifecycle

/// A whole node: the chain, its JSON-RPC server and, unless blocks are manual, block production.
///
/// Run it in a `ServiceGroup` with SIGINT/SIGTERM as graceful-shutdown signals: block production
/// finishes the block in hand, the RPC server closes its connections, and the store is left at
/// the last committed block.
public struct NodeService: Service {
    /// The chain.
    public let chain: Chain
    /// The RPC server.
    public let rpcServer: RPCServer
    private let producer: BlockProductionService?
    private let logger: Logger

    /// Opens the chain and prepares the services.
    public static func make(_ configuration: NodeConfiguration, logger: Logger) async throws(NodeError)
        -> NodeService
    {
        let chain = try await Chain.open(configuration, logger: logger)
        let registry = MetricsRegistry()
        let metrics = NodeMetrics(registry: registry)
        var methods = RPCMethodRegistry()
        let createBlock: (@Sendable () async throws(NodeError) -> BlockHeader)?
        if configuration.blockTime == .manual {
            createBlock = { () async throws(NodeError) -> BlockHeader in
                let header = try await chain.produceBlock(timestamp: BlockProductionService.nowMilliseconds())
                await metrics.record(header: header, chain: chain)
                return header
            }
        } else {
            createBlock = nil
        }
        ChainMethods.register(on: &methods, chain: chain, createBlock: createBlock)
        let server = RPCServer(
            configuration: RPCServerConfiguration(host: configuration.rpcHost, port: configuration.rpcPort),
            methods: methods, metrics: registry, logger: logger)
        var producer: BlockProductionService?
        if case .interval(let interval) = configuration.blockTime {
            producer = BlockProductionService(
                chain: chain, interval: interval, metrics: metrics, logger: logger)
        }
        metrics.height.set(Double(await chain.head.number))
        return NodeService(chain: chain, rpcServer: server, producer: producer, logger: logger)
    }

    /// Runs the RPC server and block production until graceful shutdown.
    public func run() async throws {
        var services: [any Service] = [rpcServer]
        if let producer { services.append(producer) }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { .init(service: $0) }, logger: logger))
        try await group.run()
        await chain.close()
    }
}
