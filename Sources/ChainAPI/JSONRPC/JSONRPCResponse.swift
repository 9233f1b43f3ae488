/// A JSON-RPC 2.0 response: `{"jsonrpc":"2.0","id":1,"result":…}` or `{…,"error":{…}}`.
public struct JSONRPCResponse<Value: Sendable>: Sendable {
    /// The id of the request this answers (`null` when the request id was unreadable).
    public var id: JSONRPCID
    /// The result, or the error object.
    public var outcome: Result<Value, JSONRPCError>

    /// Creates a response.
    public init(id: JSONRPCID, outcome: Result<Value, JSONRPCError>) {
        self.id = id
        self.outcome = outcome
    }

    /// A success response.
    public static func success(id: JSONRPCID, _ value: Value) -> Self {
        .init(id: id, outcome: .success(value))
    }

    /// An error response.
    public static func failure(id: JSONRPCID, _ error: JSONRPCError) -> Self {
        .init(id: id, outcome: .failure(error))
    }
}

enum JSONRPCResponseKeys: String, CodingKey {
    case jsonrpc, id, result, error
}

extension JSONRPCResponse: Encodable where Value: Encodable {
    /// Encodes `jsonrpc`, `id` and exactly one of `result` / `error`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONRPCResponseKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        switch outcome {
        case .success(let value): try container.encode(value, forKey: .result)
        case .failure(let error): try container.encode(error, forKey: .error)
        }
    }
}

extension JSONRPCResponse: Decodable where Value: Decodable {
    /// Decodes a response; an `error` member wins over `result`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONRPCResponseKeys.self)
        self.id = try container.decodeIfPresent(JSONRPCID.self, forKey: .id) ?? .null
        if let error = try container.decodeIfPresent(JSONRPCError.self, forKey: .error) {
            self.outcome = .failure(error)
        } else {
            self.outcome = .success(try container.decode(Value.self, forKey: .result))
        }
    }
}

extension JSONRPCResponse: Equatable where Value: Equatable {}
