/// A JSON-RPC request id: a number, a string or `null`, echoed unchanged in the response.
public enum JSONRPCID: Sendable, Hashable {
    /// A numeric id (whole numbers only).
    case number(Int64)
    /// A string id.
    case string(String)
    /// The `null` id, used in error responses when the request id could not be read.
    case null
}

extension JSONRPCID {
    /// Reads an id from a JSON value, or `nil` when the value is not a valid id.
    public init?(_ value: JSONValue) {
        switch value {
        case .integer(let number): self = .number(number)
        case .string(let string): self = .string(string)
        case .null: self = .null
        default: return nil
        }
    }

    /// The id as a JSON value.
    public var jsonValue: JSONValue {
        switch self {
        case .number(let number): .integer(number)
        case .string(let string): .string(string)
        case .null: .null
        }
    }
}

extension JSONRPCID: Codable {
    /// Decodes a number, string or `null` id.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        guard let id = JSONRPCID(value) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "id must be a whole number, a string or null")
            )
        }
        self = id
    }

    /// Encodes the id as a number, string or `null`.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension JSONRPCID: CustomStringConvertible {
    /// The id as it appears on the wire, for logs.
    public var description: String {
        switch self {
        case .number(let number): "\(number)"
        case .string(let string): "\"\(string)\""
        case .null: "null"
        }
    }
}
