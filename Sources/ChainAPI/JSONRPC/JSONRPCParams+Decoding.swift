import Foundation

extension JSONRPCParams {
    /// Decodes required parameter `index` (positional) or `name` (named) as `T`.
    ///
    /// Throws -32602 naming the parameter when it is missing or does not decode, e.g.
    /// `Invalid params: parameter 0 (netuid): expected UInt16, got string`.
    public func decode<T: Decodable>(
        _ type: T.Type, at index: Int, named name: String
    ) throws(JSONRPCError) -> T {
        guard let value = value(at: index, named: name) else {
            throw .invalidParams("missing parameter \(index) (\(name)), expected \(T.self)")
        }
        return try value.decode(T.self, parameter: "parameter \(index) (\(name))")
    }

    /// Decodes optional parameter `index` / `name` as `T`; `nil` when it is missing or `null`.
    public func decodeIfPresent<T: Decodable>(
        _ type: T.Type, at index: Int, named name: String
    ) throws(JSONRPCError) -> T? {
        guard let value = value(at: index, named: name), value != .null else { return nil }
        return try value.decode(T.self, parameter: "parameter \(index) (\(name))")
    }
}

extension JSONValue {
    /// Decodes this value as `T`; a failure is a -32602 error whose message starts with `parameter`.
    public func decode<T: Decodable>(_ type: T.Type, parameter: String) throws(JSONRPCError) -> T {
        do {
            return try decode(T.self)
        } catch let error as DecodingError {
            throw .invalidParams("\(parameter): \(describe(error))")
        } catch {
            throw .invalidParams("\(parameter): not a valid \(T.self)")
        }
    }

    /// Decodes this value as `T` through the standard JSON coders (exact for every integer width).
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let data = try JSONEncoder().encode(self)
        return try JSONDecoder().decode(T.self, from: data)
    }

    /// Turns a decoding error into a caller-facing phrase that names the field and the problem.
    func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "\(at(context.codingPath))expected \(name(of: type)), got \(kind(at: context.codingPath))"
        case .valueNotFound(let type, let context):
            return "\(at(context.codingPath))expected \(name(of: type)), got null"
        case .keyNotFound(let key, let context):
            return "\(at(context.codingPath))missing field '\(key.stringValue)'"
        case .dataCorrupted(let context):
            return corrupted(context)
        @unknown default:
            return "not valid"
        }
    }

    /// A value the decoder refused as such: a number that does not fit (`1.5` or `70000` for a `UInt16`), or a
    /// type's own check (an address that is not SS58), whose message is kept.
    private func corrupted(_ context: DecodingError.Context) -> String {
        let target = value(at: context.codingPath)
        switch target {
        case .integer(let number)?: return "\(at(context.codingPath))the number \(number) is out of range"
        case .unsignedInteger(let number)?:
            return "\(at(context.codingPath))the number \(number) is out of range"
        case .double(let number)?: return "\(at(context.codingPath))expected a whole number, got \(number)"
        default: return "\(at(context.codingPath))\(context.debugDescription)"
        }
    }

    /// The expected type as a caller would name it: JSON containers by their JSON kind, others by Swift name.
    private func name(of type: Any.Type) -> String {
        switch "\(type)" {
        case "Dictionary<String, Any>": "object"
        case "Array<Any>": "array"
        case let name: name
        }
    }

    private func at(_ path: [any CodingKey]) -> String {
        let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return names.isEmpty ? "" : "at \(names.joined(separator: ".")): "
    }

    private func kind(at path: [any CodingKey]) -> String {
        (value(at: path) ?? self).kindDescription
    }

    /// The value at `path`, or `nil` when the path leads nowhere.
    private func value(at path: [any CodingKey]) -> JSONValue? {
        var current = self
        for key in path {
            switch current {
            case .array(let values):
                guard let index = key.intValue, values.indices.contains(index) else { return nil }
                current = values[index]
            case .object(let values):
                guard let next = values[key.stringValue] else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }
}
