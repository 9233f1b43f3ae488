import Foundation

extension JSONValue {
    /// The JSON value `value` encodes to, e.g. to build params from typed values.
    public init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }
}
