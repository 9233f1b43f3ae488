/// Conversion between bytes and hexadecimal text: lowercase on output, either case and an optional
/// `0x` prefix on input.
public enum Hex {
    /// The ASCII codes of the lowercase hex digits.
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Returns `bytes` as lowercase hex, two digits per byte, starting with `0x` if `prefixed` is true.
    public static func encode(_ bytes: some Sequence<UInt8>, prefixed: Bool = false) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2 + 2)
        if prefixed {
            text.append(UInt8(ascii: "0"))
            text.append(UInt8(ascii: "x"))
        }
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes hex text, with or without a `0x`/`0X` prefix, into bytes.
    ///
    /// Throws ``HexError/invalidCharacter(_:index:)`` for the first non-hex character and
    /// ``HexError/oddLength(digitCount:)`` if the digits do not pair up into bytes.
    public static func decode(_ text: some StringProtocol) throws(HexError) -> [UInt8] {
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        var index = 0
        if scalars.starts(with: "0x".unicodeScalars) || scalars.starts(with: "0X".unicodeScalars) {
            position = scalars.index(position, offsetBy: 2)
            index = 2
        }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count / 2)
        var digitCount = 0
        var high: UInt8 = 0
        while position < scalars.endIndex {
            let scalar = scalars[position]
            guard let nibble = nibble(of: scalar) else {
                throw .invalidCharacter(scalar, index: index)
            }
            if digitCount % 2 == 0 {
                high = nibble
            } else {
                bytes.append(high << 4 | nibble)
            }
            digitCount += 1
            index += 1
            position = scalars.index(after: position)
        }
        guard digitCount % 2 == 0 else {
            throw .oddLength(digitCount: digitCount)
        }
        return bytes
    }

    /// Returns the value of a hex digit, or `nil` if `scalar` is not one.
    private static func nibble(of scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0x61...0x66: UInt8(scalar.value - 0x61 + 10)
        case 0x41...0x46: UInt8(scalar.value - 0x41 + 10)
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Decodes hex text (optional `0x` prefix, either case) into bytes; see ``Hex/decode(_:)``.
    public init(hex: some StringProtocol) throws(HexError) {
        self = try Hex.decode(hex)
    }

    /// The bytes as lowercase hex without a prefix.
    public var hexString: String {
        Hex.encode(self)
    }
}
