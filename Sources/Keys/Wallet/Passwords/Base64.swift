/// Standard base64 (RFC 4648, `+` and `/`, `=` padding), as Bittensor encodes `BT_PW_…` values.
enum Base64 {
    /// The 64 digits in order.
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Each ASCII byte's digit value, or 255.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (index, digit) in alphabet.enumerated() { table[Int(digit)] = UInt8(index) }
        return table
    }()

    /// `bytes` as padded base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        for start in stride(from: 0, to: bytes.count, by: 3) {
            let chunk = Array(bytes[start..<min(start + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) {
                $0 | UInt32($1.element) << (16 - 8 * $1.offset)
            }
            for index in 0..<4 {
                if index <= chunk.count {
                    output.append(alphabet[Int((value >> (18 - 6 * index)) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes of padded base64 text, or `nil` if it is not canonical base64.
    static func decode(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 4 == 0 else { return nil }
        var output: [UInt8] = []
        for start in stride(from: 0, to: digits.count, by: 4) {
            let quad = digits[start..<(start + 4)]
            let padding = quad.reversed().prefix { $0 == UInt8(ascii: "=") }.count
            guard padding <= 2, start + 4 == digits.count || padding == 0 else { return nil }
            var value: UInt32 = 0
            for (index, digit) in quad.enumerated() {
                if index >= 4 - padding { continue }
                let decoded = values[Int(digit)]
                guard decoded != 255 else { return nil }
                value |= UInt32(decoded) << (18 - 6 * index)
            }
            for index in 0..<(3 - padding) {
                output.append(UInt8((value >> (16 - 8 * index)) & 0xFF))
            }
        }
        return output
    }
}
