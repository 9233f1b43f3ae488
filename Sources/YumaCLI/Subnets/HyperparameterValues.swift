import Foundation
import Runtime

/// A subnet's hyperparameters by their snake_case names, as `subnets hyperparameters` and `sudo get`
/// show them and `sudo set` takes them.
enum HyperparameterValues {
    /// Each name with its value as text, sorted by name.
    static func values(_ parameters: SubnetHyperparameters) -> [(name: String, value: String)] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(parameters),
            let object = try? JSONDecoder().decode([String: Scalar].self, from: data)
        else { return [] }
        return object.keys.sorted().map { ($0, object[$0]?.text ?? "") }
    }

    /// One encoded value: a boolean, an integer, or anything else as text.
    enum Scalar: Decodable {
        case bool(Bool)
        case unsigned(UInt64)
        case signed(Int64)
        case other(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(UInt64.self) {
                self = .unsigned(value)
            } else if let value = try? container.decode(Int64.self) {
                self = .signed(value)
            } else {
                self = .other((try? container.decode(String.self)) ?? "")
            }
        }

        /// The value as text.
        var text: String {
            switch self {
            case .bool(let value): "\(value)"
            case .unsigned(let value): "\(value)"
            case .signed(let value): "\(value)"
            case .other(let value): value
            }
        }
    }

    /// A name as users type it (`max-allowed-uids`, `maxAllowedUids`) in snake_case.
    static func normalize(_ name: String) -> String {
        var out = ""
        for character in name {
            if character == "-" || character == "." {
                out.append("_")
            } else if character.isUppercase {
                if !out.isEmpty && out.last != "_" { out.append("_") }
                out.append(contentsOf: character.lowercased())
            } else {
                out.append(character)
            }
        }
        return out.hasPrefix("sudo_set_") ? String(out.dropFirst("sudo_set_".count)) : out
    }
}
