import ChainAPI

extension RPCClient where Transport: RPCSubscriptionTransport {
    /// Subscribes with `method` and returns the stream of notifications decoded as `Element`;
    /// `unsubscribe` is the method that ends it at the node.
    public func subscribe<Element: Decodable & Sendable>(
        _ method: String, _ params: JSONRPCParams = .none, unsubscribe: String,
        as type: Element.Type = Element.self
    ) async throws(RPCClientError) -> RPCSubscription<Element> {
        try await transport.subscribe(
            method: method, params: params, unsubscribeMethod: unsubscribe, as: Element.self)
    }

    /// Subscribes with positional params encoded from typed values.
    public func subscribe<Element: Decodable & Sendable>(
        _ method: String, encoding params: any Encodable & Sendable..., unsubscribe: String,
        as type: Element.Type = Element.self
    ) async throws(RPCClientError) -> RPCSubscription<Element> {
        try await subscribe(method, try Self.positional(params), unsubscribe: unsubscribe, as: Element.self)
    }
}

extension RPCClient where Transport == WebSocketTransport {
    /// Connects to the node at `url` (e.g. `ws://127.0.0.1:9944`) over WebSocket.
    public static func connect(webSocketURL url: String) async throws(RPCClientError) -> Self {
        Self(transport: try await WebSocketTransport.connect(to: url))
    }
}
