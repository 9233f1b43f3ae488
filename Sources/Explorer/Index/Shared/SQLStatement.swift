/// A statement with `?` placeholders and its arguments: SQLite runs it as written, PostgreSQL with
/// the placeholders numbered (`$1`, `$2`, …), so both stores answer the same query text.
struct SQLStatement: Sendable, Equatable {
    /// The SQL, with `?` for each argument.
    var text: String
    /// The arguments, in placeholder order.
    var arguments: [SQLArgument]

    /// The text with `$1`, `$2`, … in place of each `?` (no statement here quotes a `?`).
    var numberedText: String {
        var result = ""
        var n = 0
        for character in text {
            if character == "?" {
                n += 1
                result += "$\(n)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A value bound to a placeholder.
enum SQLArgument: Sendable, Equatable {
    /// A 64-bit integer (`UInt64` figures are stored bit for bit).
    case integer(Int64)
    /// A text.
    case text(String)
    /// SQL `NULL`.
    case null
}

extension SQLArgument {
    /// An unsigned figure, stored bit for bit.
    static func unsigned(_ value: UInt64) -> SQLArgument { .integer(Int64(bitPattern: value)) }
    /// A count or position.
    static func int(_ value: Int) -> SQLArgument { .integer(Int64(value)) }
}
