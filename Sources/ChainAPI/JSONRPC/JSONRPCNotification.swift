/// A subscription notification pushed by the node:
/// `{"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":"…","result":…}}`.
public struct JSONRPCNotification<Value: Sendable>: Sendable {
    /// The notification method, e.g. `chain_newHead`.
    public var method: String
    /// The subscription id the node returned from the subscribe call.
    public var subscription: String
    /// The pushed value.
    public var result: Value

    /// Creates a notification.
    public init(method: String, subscription: String, result: Value) {
        self.method = method
        self.subscription = subscription
        self.result = result
    }
}

enum JSONRPCNotificationKeys: String, CodingKey {
    case jsonrpc, method, params, subscription, result
}

extension JSONRPCNotification: Encodable where Value: Encodable {
    /// Encodes the notification envelope.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONRPCNotificationKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(method, forKey: .method)
        var params = container.nestedContainer(keyedBy: JSONRPCNotificationKeys.self, forKey: .params)
        try params.encode(subscription, forKey: .subscription)
        try params.encode(result, forKey: .result)
    }
}

extension JSONRPCNotification: Decodable where Value: Decodable {
    /// Decodes the notification envelope; a numeric subscription id is read as its decimal string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONRPCNotificationKeys.self)
        self.method = try container.decode(String.self, forKey: .method)
        let params = try container.nestedContainer(keyedBy: JSONRPCNotificationKeys.self, forKey: .params)
        switch try params.decode(JSONRPCID.self, forKey: .subscription) {
        case .string(let id): self.subscription = id
        case .number(let id): self.subscription = "\(id)"
        case .null:
            throw DecodingError.valueNotFound(
                String.self, .init(codingPath: params.codingPath, debugDescription: "subscription id is null")
            )
        }
        self.result = try params.decode(Value.self, forKey: .result)
    }
}

extension JSONRPCNotification: Equatable where Value: Equatable {}
