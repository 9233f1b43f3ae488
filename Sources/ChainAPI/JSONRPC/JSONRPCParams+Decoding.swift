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
            return "\(at(context.codingPath))expected \(type), got \(kind(at: context.codingPath))"
        case .valueNotFound(let type, let context):
            return "\(at(context.codingPath))expected \(type), got null"
        case .keyNotFound(let key, let context):
            return "\(at(context.codingPath))missing field '\(key.stringValue)'"
        case .dataCorrupted(let context):
            return "\(at(context.codingPath))\(context.debugDescription)"
        @unknown default:
            return "not valid"
        }
    }

    private func at(_ path: [any CodingKey]) -> String {
        let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return names.isEmpty ? "" : "at \(names.joined(separator: ".")): "
    }

    private func kind(at path: [any CodingKey]) -> String {
        var current = self
        for key in path {
            switch current {
            case .array(let values):
                guard let index = key.intValue, values.indices.contains(index) else { return current.kindDescription }
                current = values[index]
            case .object(let values):
                guard let next = values[key.stringValue] else { return current.kindDescription }
                current = next
            default:
                return current.kindDescription
            }
        }
        return current.kindDescription
    }
}
