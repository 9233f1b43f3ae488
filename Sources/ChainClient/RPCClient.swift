import ChainAPI

/// The generic JSON-RPC client: typed calls and subscriptions over any ``RPCTransport``.
///
/// Typed chain methods are extensions that wrap ``call(_:_:as:)``:
/// ```swift
/// extension RPCClient {
///     /// The hash of block `number`.
///     public func blockHash(_ number: UInt64) async throws(RPCClientError) -> String {
///         try await call("chain_getBlockHash", encoding: number)
///     }
/// }
/// ```
public struct RPCClient<Transport: RPCTransport>: Sendable {
    /// The transport calls go through.
    public let transport: Transport

    /// Wraps a transport.
    public init(transport: Transport) {
        self.transport = transport
    }

    /// Calls `method` with raw params and decodes the result as `R`.
    public func call<R: Decodable>(
        _ method: String, _ params: JSONRPCParams = .none, as type: R.Type = R.self
    ) async throws(RPCClientError) -> R {
        try await transport.send(method: method, params: params, decoding: R.self)
    }

    /// Calls `method` with positional params encoded from typed values, and decodes the result as `R`.
    public func call<R: Decodable>(
        _ method: String, encoding params: any Encodable & Sendable..., as type: R.Type = R.self
    ) async throws(RPCClientError) -> R {
        try await call(method, try Self.positional(params), as: R.self)
    }

    /// Closes the transport.
    public func close() async {
        await transport.close()
    }

    static func positional(_ params: [any Encodable & Sendable]) throws(RPCClientError) -> JSONRPCParams {
        do {
            return .positional(try params.map { try JSONValue(encoding: $0) })
        } catch {
            throw .encoding("\(error)")
        }
    }
}

extension RPCClient where Transport == HTTPTransport {
    /// A client that posts to the node at `url`, e.g. `http://127.0.0.1:9944`.
    public init(httpURL url: String) {
        self.init(transport: HTTPTransport(url: url))
    }
}
