/// Why a string could not be decoded as hex.
public enum HexError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The string (after any `0x` prefix) holds an odd number of hex digits, so the last byte is incomplete.
    case oddLength(digitCount: Int)
    /// The character at `index` is not a hex digit; `index` counts Unicode scalars from the start of the
    /// input, including any `0x` prefix.
    case invalidCharacter(Unicode.Scalar, index: Int)

    /// A sentence naming the problem and where it is.
    public var description: String {
        switch self {
        case .oddLength(let digitCount):
            "hex string has an odd number of digits (\(digitCount))"
        case .invalidCharacter(let scalar, let index):
            "invalid hex character '\(scalar.escaped(asASCII: true))' at index \(index)"
        }
    }
}
