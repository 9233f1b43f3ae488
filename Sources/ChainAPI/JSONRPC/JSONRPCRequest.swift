/// A JSON-RPC 2.0 request: `{"jsonrpc":"2.0","id":1,"method":"…","params":[…]}`.
///
/// A request without an `id` member is a notification: the server runs it and sends no response.
public struct JSONRPCRequest: Sendable, Hashable {
    /// The id echoed in the response; `nil` when the member is absent (a notification).
    public var id: JSONRPCID?
    /// The method name.
    public var method: String
    /// The params; an absent member reads as ``JSONRPCParams/none``.
    public var params: JSONRPCParams

    /// Creates a request.
    public init(id: JSONRPCID?, method: String, params: JSONRPCParams = .none) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// Whether the caller expects no response.
    public var isNotification: Bool { id == nil }
}

extension JSONRPCRequest {
    /// Reads a request from parsed JSON, checking every member.
    ///
    /// Throws -32600 saying which member is wrong. When the error is thrown, ``readableID(of:)`` gives the id
    /// to answer with.
    public init(validating value: JSONValue) throws(JSONRPCError) {
        guard case .object(let members) = value else {
            throw .invalidRequest("expected a request object, got \(value.kindDescription)")
        }
        guard members["jsonrpc"] == .string("2.0") else {
            throw .invalidRequest("'jsonrpc' must be \"2.0\"")
        }
        var id: JSONRPCID?
        if let rawID = members["id"] {
            guard let readable = JSONRPCID(rawID) else {
                throw .invalidRequest("'id' must be a whole number, a string or null")
            }
            id = readable
        }
        guard case .string(let method)? = members["method"], !method.isEmpty else {
            throw .invalidRequest("'method' must be a non-empty string")
        }
        switch members["params"] {
        case nil: self.init(id: id, method: method)
        case .array(let values)?: self.init(id: id, method: method, params: .positional(values))
        case .object(let values)?: self.init(id: id, method: method, params: .named(values))
        case let other?:
            throw .invalidRequest("'params' must be an array or an object, got \(other.kindDescription)")
        }
    }

    /// The id to answer an invalid request with: its own id when readable, else `null`.
    public static func readableID(of value: JSONValue) -> JSONRPCID {
        value.objectValue?["id"].flatMap(JSONRPCID.init) ?? .null
    }
}

extension JSONRPCRequest: Codable {
    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, method, params
    }

    /// Decodes and validates a request.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            try self.init(validating: value)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Encodes the request with `"jsonrpc":"2.0"`, omitting `id` for a notification.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}
