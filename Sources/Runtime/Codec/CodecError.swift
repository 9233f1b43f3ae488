/// Why bytes could not be decoded: what was being read, where, and what was wrong with it.
public struct CodecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong with the bytes.
    public enum Reason: Sendable, Equatable {
        /// The input ended: `needed` bytes were required, only `remaining` were left.
        case truncated(needed: Int, remaining: Int)
        /// The value was complete but `count` bytes followed it.
        case trailingBytes(count: Int)
        /// A variant index that names no case.
        case unknownVariant(index: UInt64)
        /// A length prefix above the reader's limit (or above what the input could hold).
        case lengthOverLimit(length: UInt64, limit: Int)
        /// The bytes are well-formed but do not make a valid value (for example a bool that is neither 0 nor 1).
        case invalidValue(String)
    }

    /// What was wrong with the bytes.
    public var reason: Reason
    /// The type being read when decoding failed, such as `UInt64` or `Call`.
    public var type: String
    /// The fields leading to the failing value, outermost first (such as `["call", "amount"]`).
    public var path: [String]
    /// The byte offset in the input at which the failing value started.
    public var offset: Int

    /// An error reading `type` at `offset`.
    public init(_ reason: Reason, reading type: String, at offset: Int, path: [String] = []) {
        self.reason = reason
        self.type = type
        self.path = path
        self.offset = offset
    }

    /// The same error seen from one level up: `field` is prepended to the path.
    public func within(_ field: String) -> CodecError {
        var copy = self
        copy.path.insert(field, at: 0)
        return copy
    }

    /// A one-line explanation naming the value, the offset and the fault.
    public var description: String {
        let location = path.isEmpty ? type : "\(path.joined(separator: ".")) (\(type))"
        return "cannot decode \(location) at byte \(offset): \(reasonText)"
    }

    private var reasonText: String {
        switch reason {
        case .truncated(let needed, let remaining):
            "input truncated: needs \(needed) bytes, \(remaining) remain"
        case .trailingBytes(let count): "\(count) unexpected trailing bytes after the value"
        case .unknownVariant(let index): "unknown variant index \(index)"
        case .lengthOverLimit(let length, let limit): "length \(length) exceeds the limit \(limit)"
        case .invalidValue(let message): "invalid value: \(message)"
        }
    }
}
