/// A JSON-RPC error code: the standard codes of JSON-RPC 2.0 plus Yuma's Substrate-like application codes.
public struct JSONRPCErrorCode: RawRepresentable, Sendable, Hashable, Codable {
    /// The integer sent on the wire.
    public var rawValue: Int

    /// Wraps a raw code.
    public init(rawValue: Int) { self.rawValue = rawValue }

    // MARK: JSON-RPC 2.0

    /// The body is not valid JSON.
    public static let parseError = Self(rawValue: -32700)
    /// The JSON is not a valid request object (or the batch is empty).
    public static let invalidRequest = Self(rawValue: -32600)
    /// No method of that name exists on this transport.
    public static let methodNotFound = Self(rawValue: -32601)
    /// The params do not fit the method; the message names the parameter and the problem.
    public static let invalidParams = Self(rawValue: -32602)
    /// The node failed while answering; details stay in the node's log.
    public static let internalError = Self(rawValue: -32603)

    // MARK: Server errors (-32000 … -32099)

    /// A call was valid but its execution failed.
    public static let callFailed = Self(rawValue: -32000)
    /// The connection already holds the maximum number of subscriptions.
    public static let tooManySubscriptions = Self(rawValue: -32006)
    /// The request body or WebSocket message is larger than the node accepts.
    public static let requestTooLarge = Self(rawValue: -32007)
    /// The connection already has the maximum number of requests in flight; retry after some answer.
    public static let serverBusy = Self(rawValue: -32009)
    /// The batch holds more requests than the node accepts.
    public static let batchTooLarge = Self(rawValue: -32010)

    // MARK: Transaction pool (Substrate author_* codes)

    /// The extrinsic is invalid (bad signature, bad nonce, cannot pay the fee, …).
    public static let invalidTransaction = Self(rawValue: 1010)
    /// The extrinsic's validity cannot be determined yet.
    public static let unknownTransaction = Self(rawValue: 1011)
    /// The extrinsic was recently refused and is temporarily banned.
    public static let temporarilyBanned = Self(rawValue: 1012)
    /// An extrinsic with the same signer and nonce is in the pool with an equal or higher priority.
    public static let priorityTooLow = Self(rawValue: 1014)

    /// Whether the code lies in the range JSON-RPC reserves for implementation-defined server errors.
    public var isServerError: Bool { (-32099)...(-32000) ~= rawValue }

    /// Encodes the code as a bare integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Decodes the code from a bare integer.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(Int.self)
    }
}

extension JSONRPCErrorCode: CustomStringConvertible {
    /// The integer code.
    public var description: String { "\(rawValue)" }
}
