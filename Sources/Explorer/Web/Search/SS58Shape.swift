/// A structural check of SS58 addresses: base58 characters, a decoded length of one or two prefix bytes,
/// 32 key bytes and 2 checksum bytes.
///
/// The checksum itself (the first two bytes of a Blake2b-512 over `SS58PRE`, the prefix and the key) is
/// not verified here: the explorer does not link a hash library, and an address whose checksum is wrong
/// simply has no activity in the index.
enum SS58Shape {
    /// The decoded network prefix and the 32-byte public key as `0x` hex.
    struct Decoded: Sendable, Equatable {
        /// Network prefix (42 for the generic Substrate format).
        var prefix: UInt16
        /// The account's public key, `0x` hex.
        var publicKey: String
    }

    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    /// Decodes `text` or says why it is not an SS58 address.
    static func check(_ text: String) -> Result<Decoded, SS58ShapeError> {
        guard !text.isEmpty else { return .failure(.init(reason: "it is empty")) }
        guard text.utf8.count <= 60 else { return .failure(.init(reason: "it is \(text.count) characters long; SS58 addresses have 46 to 50")) }
        var bytes: [UInt8] = []
        for character in text.utf8 {
            guard let digit = alphabet.firstIndex(of: character) else {
                let shown = String(decoding: [character], as: UTF8.self)
                return .failure(.init(reason: "'\(shown)' is not a base58 character (0, O, I and l are never used)"))
            }
            var carry = digit
            for index in bytes.indices.reversed() {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xff)
                carry >>= 8
            }
            while carry > 0 {
                bytes.insert(UInt8(carry & 0xff), at: 0)
                carry >>= 8
            }
        }
        let zeros = text.utf8.prefix { $0 == alphabet[0] }.count
        bytes = Array(repeating: 0, count: zeros) + bytes
        guard let first = bytes.first else { return .failure(.init(reason: "it decodes to nothing")) }
        let prefixLength = first < 64 ? 1 : 2
        guard first < 128 else { return .failure(.init(reason: "its first byte \(first) is not a valid SS58 prefix")) }
        guard bytes.count == prefixLength + 32 + 2 else {
            return .failure(.init(reason: "it decodes to \(bytes.count) bytes; an account address has \(prefixLength + 34)"))
        }
        let prefix: UInt16 = prefixLength == 1
            ? UInt16(first)
            : (UInt16(first & 0x3f) << 2) | (UInt16(bytes[1]) >> 6) | ((UInt16(bytes[1]) & 0x3f) << 8)
        let key = bytes[prefixLength..<(prefixLength + 32)]
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex = "0x"
        for byte in key {
            hex.unicodeScalars.append(UnicodeScalar(hexDigits[Int(byte >> 4)]))
            hex.unicodeScalars.append(UnicodeScalar(hexDigits[Int(byte & 0xf)]))
        }
        return .success(Decoded(prefix: prefix, publicKey: hex))
    }

    /// Whether `text` passes ``check(_:)``.
    static func isAddress(_ text: String) -> Bool {
        if case .success = check(text) { return true }
        return false
    }
}

/// Why a text is not an SS58 address.
struct SS58ShapeError: Error, Sendable, Equatable {
    /// What is wrong with it.
    var reason: String
}
