import ChainAPI

/// A way to send JSON-RPC calls to a node: ``HTTPTransport`` or ``WebSocketTransport``.
///
/// A transport deals in raw JSON; ``RPCClient`` adds the typed layer on top.
public protocol RPCTransport: Sendable {
    /// Sends `method` with `params` and returns the response's `result`, or throws
    /// ``RPCClientError/server(_:)`` with the node's error object.
    func send(method: String, params: JSONRPCParams) async throws(RPCClientError) -> JSONValue

    /// Sends `method` with `params` and returns the response's `result` decoded as `R`; throws
    /// ``RPCClientError/decoding(method:reason:)`` when it is not one.
    ///
    /// The default goes through ``send(method:params:)``; transports that hold the answer's bytes decode
    /// them straight into `R`.
    func send<R: Decodable>(
        method: String, params: JSONRPCParams, decoding type: R.Type
    ) async throws(RPCClientError) -> R

    /// Releases the transport's connection; later calls fail with ``RPCClientError/connectionClosed(reason:)``.
    func close() async
}

extension RPCTransport {
    /// Sends through ``send(method:params:)`` and decodes the ``ChainAPI/JSONValue`` it returns.
    public func send<R: Decodable>(
        method: String, params: JSONRPCParams, decoding type: R.Type
    ) async throws(RPCClientError) -> R {
        try await send(method: method, params: params).decoded(as: R.self, method: method)
    }
}

/// A transport that can also hold subscriptions (a persistent connection).
public protocol RPCSubscriptionTransport: RPCTransport {
    /// Calls the subscribe `method`, then delivers every notification for the returned id, decoded as
    /// `Element`, until the subscription is cancelled or the connection closes.
    func subscribe<Element: Decodable & Sendable>(
        method: String, params: JSONRPCParams, unsubscribeMethod: String, as type: Element.Type
    ) async throws(RPCClientError) -> RPCSubscription<Element>
}
