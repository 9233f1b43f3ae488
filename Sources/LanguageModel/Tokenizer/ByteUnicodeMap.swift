/// GPT-2's reversible map between bytes and printable Unicode characters, in which byte-level BPE
/// vocabularies are written: printable Latin-1 bytes stand for themselves, the other 68 bytes (controls,
/// space, …) for the characters from U+0100 on, in byte order (so a space is `Ġ`, a newline `Ċ`).
public enum ByteUnicodeMap {
    /// The character standing for each byte, indexed by byte value.
    public static let characters: [Unicode.Scalar] = {
        var table: [Unicode.Scalar] = []
        var next: UInt32 = 256
        for byte in 0..<256 {
            let printable = (33...126).contains(byte) || (161...172).contains(byte) || (174...255).contains(byte)
            let code = printable ? UInt32(byte) : next
            if !printable { next += 1 }
            table.append(Unicode.Scalar(code) ?? "?")
        }
        return table
    }()

    /// The byte each map character stands for.
    public static let bytes: [Unicode.Scalar: UInt8] = {
        var inverse: [Unicode.Scalar: UInt8] = [:]
        for (byte, scalar) in characters.enumerated() { inverse[scalar] = UInt8(byte) }
        return inverse
    }()

    /// The bytes a vocabulary string stands for; characters outside the map keep their UTF-8 bytes.
    public static func decode(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let byte = bytes[scalar] { result.append(byte) } else { result += Array(String(scalar).utf8) }
        }
        return result
    }

    /// The vocabulary string for a byte sequence.
    public static func encode(_ data: some Sequence<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in data { text.append(characters[Int(byte)]) }
        return String(text)
    }
}
