/// One metadata value of a GGUF file.
///
/// Scalars keep the width they have in the file; the accessors below widen them (`integerValue` reads
/// any integer type, `floatValue` either float type) so callers need not know the stored width.
public enum GGUFValue: Equatable, Sendable {
    /// An unsigned integer of 8, 16, 32 or 64 bits (`type` says which).
    case unsigned(UInt64, GGUFValueType)
    /// A signed integer of 8, 16, 32 or 64 bits (`type` says which).
    case signed(Int64, GGUFValueType)
    /// A 32- or 64-bit float.
    case float(Double, GGUFValueType)
    /// A boolean.
    case bool(Bool)
    /// A string.
    case string(String)
    /// An array whose elements all have `elementType` (nested arrays are allowed by the format).
    case array(elementType: GGUFValueType, [GGUFValue])

    /// The type code this value had in the file.
    public var type: GGUFValueType {
        switch self {
        case .unsigned(_, let type), .signed(_, let type), .float(_, let type): type
        case .bool: .bool
        case .string: .string
        case .array: .array
        }
    }

    /// A readable type description for error messages, such as `uint32` or `array of string`.
    public var typeDescription: String {
        if case .array(let element, _) = self { return "array of \(element.name)" }
        return type.name
    }

    /// The value as an `Int` if it is an integer that fits.
    public var integerValue: Int? {
        switch self {
        case .unsigned(let value, _): Int(exactly: value)
        case .signed(let value, _): Int(exactly: value)
        default: nil
        }
    }

    /// The value as a `Double` if it is a float (integers are not converted).
    public var floatValue: Double? {
        if case .float(let value, _) = self { return value }
        return nil
    }

    /// The value as a `Bool` if it is a boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value as a `String` if it is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements if the value is an array.
    public var arrayValue: [GGUFValue]? {
        if case .array(_, let values) = self { return values }
        return nil
    }

    /// The elements if the value is an array of strings (for example `tokenizer.ggml.tokens`).
    public var stringArrayValue: [String]? {
        guard case .array(.string, let values) = self else { return nil }
        return values.compactMap(\.stringValue)
    }

    /// The elements if the value is an array of integers that fit in `Int` (for example token types).
    public var integerArrayValue: [Int]? {
        guard case .array(_, let values) = self else { return nil }
        let integers = values.compactMap(\.integerValue)
        return integers.count == values.count ? integers : nil
    }

    /// The elements if the value is an array of floats (for example `tokenizer.ggml.scores`).
    public var floatArrayValue: [Double]? {
        guard case .array(_, let values) = self else { return nil }
        let floats = values.compactMap(\.floatValue)
        return floats.count == values.count ? floats : nil
    }
}
