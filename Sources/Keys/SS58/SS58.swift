import Hashing

/// SS58 addresses: `base58(prefix ‖ publicKey ‖ blake2b-512("SS58PRE" ‖ prefix ‖ publicKey)[0..<2])`.
public enum SS58 {
    /// The generic Substrate prefix Bittensor uses; its addresses start with `5`.
    public static let defaultPrefix: UInt16 = 42
    /// The largest prefix SS58 can encode.
    public static let maxPrefix: UInt16 = 16383

    /// The checksum's domain-separation tag.
    private static let checksumTag = Array("SS58PRE".utf8)
    /// The number of checksum bytes appended to a 32-byte account.
    private static let checksumByteCount = 2

    /// Encodes a 32-byte public key as an SS58 address for network `prefix`.
    public static func encode(publicKey: [UInt8], prefix: UInt16 = defaultPrefix) throws(SS58Error) -> String
    {
        guard publicKey.count == 32 else { throw .invalidPublicKeyLength(publicKey.count) }
        guard prefix <= maxPrefix else { throw .prefixOutOfRange(prefix) }
        guard prefix != 46 && prefix != 47 else { throw .reservedPrefix(prefix) }
        return encode(validatedPublicKey: publicKey, prefix: prefix)
    }

    /// Encodes a public key and prefix already known to be valid.
    static func encode(validatedPublicKey publicKey: [UInt8], prefix: UInt16) -> String {
        let body = prefixBytes(prefix) + publicKey
        return Base58.encode(body + checksum(body))
    }

    /// Decodes an SS58 address into its network prefix and 32-byte public key.
    public static func decode(_ address: String) throws(SS58Error) -> (prefix: UInt16, publicKey: [UInt8]) {
        let data: [UInt8]
        switch Base58.decode(address) {
        case .success(let bytes): data = bytes
        case .failure(let bad): throw .invalidCharacter(bad.character, index: bad.index)
        }
        guard data.count >= 2 else { throw .invalidLength(byteCount: data.count) }
        let (prefixLength, prefix): (Int, UInt16)
        switch data[0] {
        case 0...63:
            (prefixLength, prefix) = (1, UInt16(data[0]))
        case 64...127:
            let lower = UInt16((data[0] << 2) | (data[1] >> 6))
            let upper = UInt16(data[1] & 0b0011_1111)
            (prefixLength, prefix) = (2, lower | (upper << 8))
        default:
            throw .invalidPrefixByte(data[0])
        }
        guard data.count == prefixLength + 32 + checksumByteCount else {
            throw .invalidLength(byteCount: data.count)
        }
        guard prefix != 46 && prefix != 47 else { throw .reservedPrefix(prefix) }
        let body = Array(data[0..<(prefixLength + 32)])
        guard Array(data[(prefixLength + 32)...]) == checksum(body) else { throw .invalidChecksum }
        return (prefix, Array(body[prefixLength...]))
    }

    /// Decodes an address and checks that it belongs to network `prefix`; returns its public key.
    public static func decode(_ address: String, expectingPrefix prefix: UInt16) throws(SS58Error) -> [UInt8]
    {
        let decoded = try decode(address)
        guard decoded.prefix == prefix else {
            throw .unexpectedPrefix(found: decoded.prefix, expected: prefix)
        }
        return decoded.publicKey
    }

    /// The one-byte (< 64) or two-byte encoding of a prefix.
    static func prefixBytes(_ prefix: UInt16) -> [UInt8] {
        if prefix < 64 {
            return [UInt8(prefix)]
        }
        let first = UInt8((prefix & 0b0000_0000_1111_1100) >> 2) | 0b0100_0000
        let second = UInt8(truncatingIfNeeded: prefix >> 8) | UInt8((prefix & 0b11) << 6)
        return [first, second]
    }

    /// The first two bytes of blake2b-512 over the tag and `body`.
    private static func checksum(_ body: [UInt8]) -> [UInt8] {
        Array(Blake2b.hash512(checksumTag + body).prefix(checksumByteCount))
    }
}
