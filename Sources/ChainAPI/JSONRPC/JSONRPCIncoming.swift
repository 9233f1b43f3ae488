/// One message a client receives from the node: a response to a request, or a subscription notification.
public enum JSONRPCIncoming: Sendable {
    /// The answer to the request with this id.
    case response(JSONRPCResponse<JSONValue>)
    /// A value pushed for a subscription.
    case notification(JSONRPCNotification<JSONValue>)
}

extension JSONRPCIncoming: Decodable {
    private enum Keys: String, CodingKey {
        case method
    }

    /// Reads a notification when a `method` member is present, otherwise a response.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if container.contains(.method) {
            self = .notification(try JSONRPCNotification<JSONValue>(from: decoder))
        } else {
            self = .response(try JSONRPCResponse<JSONValue>(from: decoder))
        }
    }
}
