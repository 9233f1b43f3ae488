/// Appends JSON text to a byte array: the few value kinds the envelope's common fields need.
struct JSONWriter {
    /// The text so far.
    var bytes: [UInt8] = []

    /// A writer with room for `capacity` bytes.
    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    /// Raw text, already valid JSON.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":`, the key already plain ASCII needing no escapes.
    mutating func key(_ name: String) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// A quoted, escaped string, or `null`.
    mutating func string(_ value: String?) {
        guard var value else { return raw("null") }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { text in
            // Copy the runs that need no escape whole; escape the bytes between them.
            var runStart = 0
            for (index, byte) in text.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape sequence of a byte JSON strings cannot hold as is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8))
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0xF)])
        }
    }

    /// A decimal integer, or `null`.
    mutating func integer(_ value: Int?) {
        guard let value else { return raw("null") }
        var text = String(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A number in Python's `repr` form, or `null` when absent or not finite.
    mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { return raw("null") }
        var text = value.pythonStr
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
