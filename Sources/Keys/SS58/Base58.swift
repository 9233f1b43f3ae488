/// Base58 with the Bitcoin alphabet, as SS58 uses it.
enum Base58 {
    /// The 58 digits, in value order.
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    /// Each ASCII code's digit value, or 0xFF for characters outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 128)
        for (value, character) in alphabet.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }()

    /// Encodes `bytes`; each leading zero byte becomes a leading `1`.
    static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix(while: { $0 == 0 }).count
        var digits: [UInt8] = []  // little-endian base-58 digits
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let text = [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes base58 text, or returns the offending character and its index.
    static func decode(_ text: String) -> Result<[UInt8], InvalidCharacter> {
        var bytes: [UInt8] = []  // little-endian base-256 digits
        var zeros = 0
        var seenNonZero = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard scalar.isASCII, case let value = values[Int(scalar.value)], value != 0xFF else {
                return .failure(InvalidCharacter(character: Character(scalar), index: index))
            }
            if value == 0 && !seenNonZero {
                zeros += 1
                continue
            }
            seenNonZero = true
            var carry = Int(value)
            for position in bytes.indices {
                carry += Int(bytes[position]) * 58
                bytes[position] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return .success([UInt8](repeating: 0, count: zeros) + bytes.reversed())
    }

    /// A character that is not a base58 digit, with its position.
    struct InvalidCharacter: Error {
        /// The offending character.
        let character: Character
        /// Its index in the text, counted in Unicode scalars.
        let index: Int
    }
}
