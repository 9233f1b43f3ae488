import Foundation

/// A JSON value as read from a genesis file, keeping integers exact.
indirect enum ScenarioJSON: Decodable, Equatable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A non-negative integer.
    case integer(UInt64)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([ScenarioJSON])
    /// An object.
    case object([String: ScenarioJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(UInt64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ScenarioJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ScenarioJSON].self))
        }
    }

    /// The value as script text (`12`, `1.5τ`, `true`), or nil for arrays, objects and null.
    var scalarText: String? {
        switch self {
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): value
        case .null, .array, .object: nil
        }
    }

    /// A short name of the value's kind, for messages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
