import Hummingbird
import HummingbirdWebSocket
import Logging
import ServiceLifecycle

/// The node's JSON-RPC server: `POST /` (single and batch), WebSocket on `GET /` and `/ws` with
/// subscriptions, `GET /health` and `GET /metrics`, all on one port.
///
/// It is a `Service`: run it in a `ServiceGroup` and it stops gracefully with the group (open WebSocket
/// connections receive a close frame).
/// ```swift
/// let server = RPCServer(configuration: .init(port: 9944), methods: methods, metrics: metrics, logger: logger)
/// let group = ServiceGroup(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
/// try await group.run()
/// ```
public struct RPCServer: Service {
    /// The bind address and limits.
    public let configuration: RPCServerConfiguration
    /// The registry `/metrics` renders; the server adds its `yuma_rpc_*` series to it.
    public let metrics: MetricsRegistry
    let dispatcher: RPCDispatcher
    private let readiness = RPCServerReadiness()

    /// Creates a server for `methods`; nothing is bound until ``run()``.
    public init(
        configuration: RPCServerConfiguration = .init(),
        methods: RPCMethodRegistry,
        metrics: MetricsRegistry = MetricsRegistry(),
        logger: Logger = Logger(label: "yuma.rpc")
    ) {
        self.configuration = configuration
        self.metrics = metrics
        self.dispatcher = RPCDispatcher(
            methods: methods, configuration: configuration, metrics: RPCMetrics(registry: metrics),
            logger: logger
        )
    }

    /// Waits until the server listens and returns the bound port (useful with port `0`).
    public func listeningPort() async throws(RPCServerError) -> Int {
        try await readiness.port()
    }

    /// Binds, serves until graceful shutdown or cancellation, then closes every connection.
    public func run() async throws {
        let webSocket = RPCWebSocketHandler(dispatcher: dispatcher)
        let application = Application(
            router: httpRouter(),
            server: .http1WebSocketUpgrade(
                webSocketRouter: webSocketRouter(webSocket),
                configuration: .init(ws: webSocketConfiguration)
            ),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "Yuma"
            ),
            onServerRunning: { [readiness, logger = dispatcher.logger] channel in
                let port = channel.localAddress?.port ?? 0
                logger.info(
                    "RPC server listening",
                    metadata: ["rpc.host": "\(configuration.host)", "rpc.port": "\(port)"])
                readiness.listening(on: port)
            },
            logger: dispatcher.logger
        )
        defer { readiness.stopped() }
        try await application.run()
    }

    private var webSocketConfiguration: WebSocketServerConfiguration {
        WebSocketServerConfiguration(
            maxFrameSize: max(configuration.maxRequestBodySize, 1 << 16),
            autoPing: configuration.webSocketPingInterval.map { .enabled(timePeriod: $0) } ?? .disabled,
            closeTimeout: .seconds(5)
        )
    }

    private func webSocketRouter(_ handler: RPCWebSocketHandler) -> Router<RPCRequestContext> {
        let router = Router(context: RPCRequestContext.self)
        for path in ["/", "/ws"] {
            router.ws(RouterPath(path)) { inbound, outbound, context in
                await handler.serve(
                    inbound: inbound, outbound: outbound, channel: context.requestContext.channel)
            }
        }
        return router
    }
}
