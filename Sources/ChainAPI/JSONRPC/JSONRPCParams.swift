/// The `params` member of a request: positional (a JSON array) or named (a JSON object).
///
/// An absent `params` member reads as an empty positional list. Use ``decode(_:at:named:)`` and
/// ``decodeIfPresent(_:at:named:)`` to read typed values; both accept either form, so a method's
/// parameter 0 named `"hash"` can be sent as `[h]` or as `{"hash": h}`.
public enum JSONRPCParams: Sendable, Hashable {
    /// Parameters by position.
    case positional([JSONValue])
    /// Parameters by name.
    case named([String: JSONValue])

    /// No parameters.
    public static let none = JSONRPCParams.positional([])

    /// The params as a JSON value (an array or an object).
    public var jsonValue: JSONValue {
        switch self {
        case .positional(let values): .array(values)
        case .named(let values): .object(values)
        }
    }

    /// The number of parameters sent.
    public var count: Int {
        switch self {
        case .positional(let values): values.count
        case .named(let values): values.count
        }
    }

    /// The raw value of parameter `index` / `name`, or `nil` when it was not sent.
    public func value(at index: Int, named name: String) -> JSONValue? {
        switch self {
        case .positional(let values): values.indices.contains(index) ? values[index] : nil
        case .named(let values): values[name]
        }
    }

    /// Refuses parameters beyond the ones a method knows, listed in positional order.
    public func expectAtMost(_ names: [String]) throws(JSONRPCError) {
        switch self {
        case .positional(let values) where values.count > names.count:
            let expected =
                names.isEmpty ? "no parameters" : "at most \(names.count) (\(names.joined(separator: ", ")))"
            throw .invalidParams("expected \(expected), got \(values.count)")
        case .named(let values):
            let unknown = values.keys.filter { !names.contains($0) }.sorted()
            if let first = unknown.first {
                let expected =
                    names.isEmpty
                    ? "this method takes no parameters" : "expected \(names.joined(separator: ", "))"
                throw .invalidParams("unknown parameter '\(first)'; \(expected)")
            }
        default:
            return
        }
    }
}

extension JSONRPCParams: Codable {
    /// Decodes an array or an object; anything else is refused.
    public init(from decoder: any Decoder) throws {
        switch try JSONValue(from: decoder) {
        case .array(let values): self = .positional(values)
        case .object(let values): self = .named(values)
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "params must be an array or an object")
            )
        }
    }

    /// Encodes the params as an array or an object.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension JSONRPCParams: ExpressibleByArrayLiteral {
    /// Positional params from a literal: `[.string("0x…"), .integer(1)]`.
    public init(arrayLiteral elements: JSONValue...) { self = .positional(elements) }
}
