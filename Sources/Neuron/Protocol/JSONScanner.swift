/// A minimal JSON reader over bytes: strings, number tokens and skipping any value, enough to read the
/// envelope's common fields directly and cut the synapse's own fields out without re-encoding them.
struct JSONScanner {
    /// The text being read.
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0

    /// A scanner at the start of `bytes`.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A scalar value as text: what a lenient number or string field accepts.
    enum Scalar {
        /// `null`.
        case null
        /// A JSON string's decoded text.
        case string(String)
        /// A JSON number's token.
        case number(String)
        /// An object, array or boolean.
        case other
    }

    /// The next non-whitespace byte without consuming it.
    mutating func peek() throws(WireDecodingError) -> UInt8 {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
        guard index < bytes.count else { throw .invalidJSON }
        return bytes[index]
    }

    /// Consumes `byte` (after whitespace) or fails.
    mutating func expect(_ byte: UInt8) throws(WireDecodingError) {
        guard try peek() == byte else { throw .invalidJSON }
        index += 1
    }

    /// Whether only whitespace is left.
    mutating func atEnd() -> Bool { (try? peek()) == nil }

    /// The bytes of a string value: the raw text when it holds no escape (keys, mostly), the decoded
    /// text's bytes otherwise.
    mutating func stringBytes() throws(WireDecodingError) -> ArraySlice<UInt8> {
        let (start, plain) = try openString()
        if plain { return bytes[start..<index - 1] }
        index = start - 1
        return ArraySlice(try string().utf8)
    }

    /// Consumes an opening quote and the text up to the first escape or the closing quote; when the
    /// string has no escape, also the closing quote. Returns where the text starts and whether it ended.
    private mutating func openString() throws(WireDecodingError) -> (start: Int, plain: Bool) {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count else { throw .invalidJSON }
        guard bytes[index] == UInt8(ascii: "\"") else { return (start, false) }
        index += 1
        return (start, true)
    }

    /// A string value, escapes decoded.
    mutating func string() throws(WireDecodingError) -> String {
        let (start, plain) = try openString()
        if plain { return String(decoding: bytes[start..<index - 1], as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
        var pending: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                flush()
                return String(scalars)
            }
            guard byte == UInt8(ascii: "\\") else { pending.append(byte); continue }
            guard index < bytes.count else { throw .invalidJSON }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): pending.append(escape)
            case UInt8(ascii: "n"): pending.append(0x0A)
            case UInt8(ascii: "r"): pending.append(0x0D)
            case UInt8(ascii: "t"): pending.append(0x09)
            case UInt8(ascii: "b"): pending.append(0x08)
            case UInt8(ascii: "f"): pending.append(0x0C)
            case UInt8(ascii: "u"):
                flush()
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw .invalidJSON }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: throw .invalidJSON
            }
        }
        throw .invalidJSON
    }

    /// Four hex digits of a `\u` escape.
    private mutating func hex4() throws(WireDecodingError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .invalidJSON }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw .invalidJSON }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    /// A string, number or `null`; other values are skipped and reported as `.other`.
    mutating func scalar() throws(WireDecodingError) -> Scalar {
        switch try peek() {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "n"):
            try skipValue()
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try skipValue()
            return .number(String(decoding: bytes[start..<index], as: UTF8.self))
        default:
            try skipValue()
            return .other
        }
    }

    /// Steps over one value of any kind.
    mutating func skipValue() throws(WireDecodingError) {
        switch try peek() {
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            repeat {
                let byte = try peek()
                switch byte {
                case UInt8(ascii: "\""): try skipString()
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; index += 1
                default: index += 1
                }
            } while depth > 0
        default:
            let start = index
            while index < bytes.count, !Self.ends(bytes[index]) { index += 1 }
            guard index > start else { throw .invalidJSON }
        }
    }

    /// Steps over a string without decoding it.
    private mutating func skipString() throws(WireDecodingError) {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return
            default: index += 1
            }
        }
        throw .invalidJSON
    }

    /// Whether `byte` ends a number or literal.
    private static func ends(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: true
        default: false
        }
    }
}

/// The JSON body of a synapse is malformed or a common field has the wrong kind of value.
struct WireDecodingError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in the form `DecodingProblem` uses.
    let description: String

    /// The text is not JSON.
    static let invalidJSON = WireDecodingError(description: "not valid JSON")
}
