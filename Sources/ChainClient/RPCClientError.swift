import ChainAPI

/// Why an RPC call from the client failed.
public enum RPCClientError: Error, Sendable, Equatable {
    /// No connection could be made; the node is probably not running at `endpoint`.
    case unreachable(endpoint: String, reason: String)
    /// The connection ended before the answer arrived.
    case connectionClosed(reason: String)
    /// The node answered with a JSON-RPC error object.
    case server(JSONRPCError)
    /// The node answered HTTP `status` without a JSON-RPC body.
    case httpStatus(Int)
    /// The node's answer was not a JSON-RPC response.
    case invalidResponse(String)
    /// The result of `method` did not decode as the expected type.
    case decoding(method: String, reason: String)
    /// The request params could not be encoded.
    case encoding(String)
    /// The encoded request is larger than the node accepts; it was not sent.
    case requestTooLarge(bytes: Int, limit: Int)
    /// The call was cancelled before its answer arrived.
    case cancelled
}

extension RPCClientError: CustomStringConvertible {
    /// A sentence that says what failed and what to try next.
    public var description: String {
        switch self {
        case .unreachable(let endpoint, let reason):
            "cannot reach the node at \(endpoint) (\(reason)); is it running, and is the address right?"
        case .connectionClosed(let reason):
            "the connection to the node closed: \(reason)"
        case .server(let error):
            "the node refused the call: \(error.message) (code \(error.code))"
        case .httpStatus(let status):
            "the node answered HTTP \(status) without a JSON-RPC response"
        case .invalidResponse(let reason):
            "the node's answer is not valid JSON-RPC: \(reason)"
        case .decoding(let method, let reason):
            "the result of \(method) has an unexpected shape: \(reason)"
        case .encoding(let reason):
            "the request params could not be encoded: \(reason)"
        case .requestTooLarge(let bytes, let limit):
            "the request is \(bytes) bytes but the node accepts at most \(limit); send less per call"
        case .cancelled:
            "the call was cancelled"
        }
    }
}
