import ChainAPI
import Logging

/// The error an RPC handler throws; its message is sent to the caller verbatim.
public typealias RPCError = JSONRPCError

/// The params an RPC handler receives; see ``ChainAPI/JSONRPCParams/decode(_:at:named:)``.
public typealias RPCParams = JSONRPCParams

/// What a handler knows about the call it answers.
public struct RPCContext: Sendable {
    /// The transport a call arrived on.
    public enum Transport: String, Sendable {
        /// A `POST /` request.
        case http
        /// A message on a WebSocket connection.
        case webSocket
    }

    /// The transport the call arrived on.
    public let transport: Transport
    /// The WebSocket connection number, `nil` over HTTP.
    public let connectionID: UInt64?
    /// A logger carrying the method and connection as metadata.
    public let logger: Logger
}

/// A type-erased handler result, encoded as the value it wraps.
struct AnyRPCResult: Encodable, Sendable {
    let value: any Encodable & Sendable

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
