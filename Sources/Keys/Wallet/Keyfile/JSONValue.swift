/// A parsed JSON value; objects keep their members in file order.
enum JSONValue: Sendable, Equatable {
    /// A string.
    case string(String)
    /// A number, as its source text.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    indirect case array([JSONValue])
    /// An object, members in order.
    indirect case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.elementsEqual(b) { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}

/// Where and why JSON text is malformed.
struct JSONParseError: Error, Equatable {
    /// The byte offset of the problem.
    let offset: Int
    /// What was wrong, in a few words.
    let reason: String
    /// Whether the text simply ended too early.
    let isTruncation: Bool
}
