/// Why a string is not a valid SS58 address, or a prefix cannot be used.
public enum SS58Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The address contains a character outside the base58 alphabet (`0`, `O`, `I`, `l` and
    /// non-alphanumerics are excluded).
    case invalidCharacter(Character, index: Int)
    /// The decoded address has the wrong number of bytes for a 32-byte account with this prefix.
    case invalidLength(byteCount: Int)
    /// The first byte does not start a valid one- or two-byte network prefix (it is 128 or more).
    case invalidPrefixByte(UInt8)
    /// The network prefix is one that SS58 reserves and never uses (46 and 47).
    case reservedPrefix(UInt16)
    /// The network prefix is larger than 16383, the largest SS58 can encode.
    case prefixOutOfRange(UInt16)
    /// The two checksum bytes do not match the address body: the address was mistyped or truncated.
    case invalidChecksum
    /// The address is valid but for another network than the one expected.
    case unexpectedPrefix(found: UInt16, expected: UInt16)
    /// A public key to encode is not 32 bytes long.
    case invalidPublicKeyLength(Int)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidCharacter(let character, let index):
            "SS58 address has a character outside the base58 alphabet: '\(character)' at index \(index)"
        case .invalidLength(let byteCount):
            "SS58 address decodes to \(byteCount) bytes, which is not a prefix, a 32-byte account and a "
                + "2-byte checksum"
        case .invalidPrefixByte(let byte):
            "SS58 address starts with byte \(byte), which is not a valid network prefix (must be below 128)"
        case .reservedPrefix(let prefix):
            "SS58 network prefix \(prefix) is reserved and cannot be used"
        case .prefixOutOfRange(let prefix):
            "SS58 network prefix \(prefix) is larger than 16383"
        case .invalidChecksum:
            "SS58 address checksum does not match; check the address for typos"
        case .unexpectedPrefix(let found, let expected):
            "SS58 address is for network prefix \(found), expected \(expected)"
        case .invalidPublicKeyLength(let count):
            "a public key must be 32 bytes to encode as SS58, got \(count)"
        }
    }
}
