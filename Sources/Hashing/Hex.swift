/// Conversion between bytes and hexadecimal text: lowercase on output, either case and an optional
/// `0x` prefix on input.
public enum Hex {
    /// The ASCII codes of the lowercase hex digits.
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Returns `bytes` as lowercase hex, two digits per byte, starting with `0x` if `prefixed` is true.
    public static func encode(_ bytes: some Sequence<UInt8>, prefixed: Bool = false) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ encode(buffer: $0, prefixed: prefixed) }) { return text }
        return Array(bytes).withUnsafeBufferPointer { encode(buffer: $0, prefixed: prefixed) }
    }

    /// Hex of a byte buffer, written straight into the string's storage.
    private static func encode(buffer: UnsafeBufferPointer<UInt8>, prefixed: Bool) -> String {
        let offset = prefixed ? 2 : 0
        return String(unsafeUninitializedCapacity: buffer.count * 2 + offset) { text in
            if prefixed {
                text[0] = UInt8(ascii: "0")
                text[1] = UInt8(ascii: "x")
            }
            digits.withUnsafeBufferPointer { digits in
                for (index, byte) in buffer.enumerated() {
                    text[offset + 2 * index] = digits[Int(byte >> 4)]
                    text[offset + 2 * index + 1] = digits[Int(byte & 0x0F)]
                }
            }
            return buffer.count * 2 + offset
        }
    }

    /// Decodes hex text, with or without a `0x`/`0X` prefix, into bytes.
    ///
    /// Throws ``HexError/invalidCharacter(_:index:)`` for the first non-hex character and
    /// ``HexError/oddLength(digitCount:)`` if the digits do not pair up into bytes.
    public static func decode(_ text: some StringProtocol) throws(HexError) -> [UInt8] {
        let utf8 = Array(text.utf8)
        let prefixed = utf8.count >= 2 && utf8[0] == UInt8(ascii: "0") && (utf8[1] | 0x20) == UInt8(ascii: "x")
        let start = prefixed ? 2 : 0
        let digitCount = utf8.count - start
        // Every byte below 0x80 is one scalar, so byte positions are scalar positions until the first
        // non-ASCII byte, which is never a hex digit.
        var bytes = [UInt8](repeating: 0, count: digitCount / 2)
        for index in start..<utf8.count {
            guard let value = nibble(of: utf8[index]) else {
                let scalars = String(decoding: utf8[index...], as: UTF8.self).unicodeScalars
                throw .invalidCharacter(scalars.first ?? "\u{FFFD}", index: index)
            }
            let digit = index - start
            if digit / 2 < bytes.count {
                bytes[digit / 2] |= digit % 2 == 0 ? value << 4 : value
            }
        }
        guard digitCount % 2 == 0 else {
            throw .oddLength(digitCount: digitCount)
        }
        return bytes
    }

    /// Returns the value of a hex digit, or `nil` if `byte` is not one.
    private static func nibble(of byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
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
