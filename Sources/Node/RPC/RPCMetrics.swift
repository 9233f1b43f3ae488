/// The RPC server's series in the node's ``MetricsRegistry``.
struct RPCMetrics: Sendable {
    let registry: MetricsRegistry
    /// Open WebSocket connections.
    let connections: Gauge
    /// Live subscriptions over all connections.
    let subscriptions: Gauge
    /// WebSocket clients cut off because they did not read fast enough.
    let slowClientDisconnects: Counter
    /// Messages that were not valid JSON-RPC requests (parse errors, invalid requests, oversized bodies).
    let invalidRequests: Counter

    init(registry: MetricsRegistry) {
        self.registry = registry
        connections = registry.gauge(
            "yuma_rpc_websocket_connections", help: "Open RPC WebSocket connections.")
        subscriptions = registry.gauge("yuma_rpc_subscriptions", help: "Live RPC subscriptions.")
        slowClientDisconnects = registry.counter(
            "yuma_rpc_slow_client_disconnects_total",
            help: "WebSocket clients disconnected because their outbound buffer overflowed."
        )
        invalidRequests = registry.counter(
            "yuma_rpc_invalid_requests_total",
            help:
                "Messages refused before dispatch: parse errors, invalid requests, oversized bodies and batches."
        )
    }

    /// Counts one dispatched call and records its latency; `method` must be a registered name or `unknown`.
    func record(method: String, transport: RPCContext.Transport, duration: Duration, failed: Bool) {
        registry.counter(
            "yuma_rpc_requests_total",
            help: "RPC calls by method, transport and outcome.",
            labels: ["method": method, "transport": transport.rawValue, "status": failed ? "error" : "ok"]
        ).increment()
        registry.histogram(
            "yuma_rpc_request_duration_seconds",
            help: "Time to answer an RPC call, by method.",
            labels: ["method": method]
        ).observe(duration)
    }
}
