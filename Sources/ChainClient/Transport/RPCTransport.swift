import ChainAPI

/// A way to send JSON-RPC calls to a node: ``HTTPTransport`` or ``WebSocketTransport``.
///
/// A transport deals in raw JSON; ``RPCClient`` adds the typed layer on top.
public protocol RPCTransport: Sendable {
    /// Sends `method` with `params` and returns the response's `result`, or throws
    /// ``RPCClientError/server(_:)`` with the node's error object.
    func send(method: String, params: JSONRPCParams) async throws(RPCClientError) -> JSONValue

    /// Releases the transport's connection; later calls fail with ``RPCClientError/connectionClosed(reason:)``.
    func close() async
}

/// A transport that can also hold subscriptions (a persistent connection).
public protocol RPCSubscriptionTransport: RPCTransport {
    /// Calls the subscribe `method`, then delivers every notification for the returned id, decoded as
    /// `Element`, until the subscription is cancelled or the connection closes.
    func subscribe<Element: Decodable & Sendable>(
        method: String, params: JSONRPCParams, unsubscribeMethod: String, as type: Element.Type
    ) async throws(RPCClientError) -> RPCSubscription<Element>
}
