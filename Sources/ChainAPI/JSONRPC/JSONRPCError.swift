/// A JSON-RPC error object, and the error thrown by RPC method handlers.
///
/// The `message` is sent to the caller as is: it must say what was wrong with the request and never
/// carry node internals (paths, SQL, stack traces). Put those in the node's log instead.
public struct JSONRPCError: Error, Sendable, Hashable, Codable {
    /// The error code.
    public var code: JSONRPCErrorCode
    /// A short, caller-facing sentence.
    public var message: String
    /// Optional structured detail for the caller.
    public var data: JSONValue?

    /// Creates an error object.
    public init(code: JSONRPCErrorCode, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }
}

extension JSONRPCError {
    /// -32700: the body is not valid JSON.
    public static func parseError(_ detail: String = "the body is not valid JSON") -> Self {
        .init(code: .parseError, message: "Parse error: \(detail)")
    }

    /// -32600: the request object is malformed; `detail` says which member is wrong.
    public static func invalidRequest(_ detail: String) -> Self {
        .init(code: .invalidRequest, message: "Invalid request: \(detail)")
    }

    /// -32601: no method of that name.
    public static func methodNotFound(_ method: String) -> Self {
        .init(code: .methodNotFound, message: "Method not found: \(method)")
    }

    /// -32602: the params do not fit; `detail` names the parameter and the problem.
    public static func invalidParams(_ detail: String) -> Self {
        .init(code: .invalidParams, message: "Invalid params: \(detail)")
    }

    /// -32603: the node failed; the caller sees no detail.
    public static let internalError = Self(code: .internalError, message: "Internal error")

    /// -32007: the request is larger than `limit` bytes.
    public static func requestTooLarge(limit: Int) -> Self {
        .init(code: .requestTooLarge, message: "Request too large: the limit is \(limit) bytes")
    }

    /// -32010: the batch holds more than `limit` requests.
    public static func batchTooLarge(count: Int, limit: Int) -> Self {
        .init(code: .batchTooLarge, message: "Batch too large: \(count) requests, the limit is \(limit)")
    }

    /// -32009: the connection already has `limit` requests in flight.
    public static func serverBusy(limit: Int) -> Self {
        .init(
            code: .serverBusy,
            message: "Server busy: \(limit) requests of this connection are in flight; retry later")
    }

    /// -32006: the connection already holds `limit` subscriptions.
    public static func tooManySubscriptions(limit: Int) -> Self {
        .init(
            code: .tooManySubscriptions,
            message: "Too many subscriptions: this connection already holds \(limit); unsubscribe first"
        )
    }
}

extension JSONRPCError: CustomStringConvertible {
    /// `code: message`, for logs and test failures.
    public var description: String { "\(code): \(message)" }
}
