/// Python's `repr(float)` (CPython's `float_repr_style = 'short'`), rebuilt from Swift's shortest
/// round-trip digits.
enum PythonFloatFormat {
    /// The `repr` text of `value`.
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // Whole numbers below 2^53 (timeouts, mostly) print as the integer and `.0`.
        if value.magnitude < 0x1p53, value == value.rounded(.towardZero), value != 0 || value.sign == .plus {
            return String(Int(value)) + ".0"
        }
        // Swift prints fixed notation only for magnitudes Python also prints fixed, with the same
        // shortest digits and a trailing `.0` for whole numbers.
        let plain = value.description
        if !plain.utf8.contains(UInt8(ascii: "e")) { return plain }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0.0" }
        let (digits, point) = shortestDigits(of: value.magnitude)
        // CPython switches to exponent notation when the decimal point lies outside (-4, 16].
        if point <= -4 || point > 16 {
            return sign + exponential(digits: digits, point: point)
        }
        return sign + fixed(digits: digits, point: point)
    }

    /// The significant digits of a positive finite value and the position of the decimal point
    /// relative to them (`value = 0.d₁d₂… × 10^point`).
    static func shortestDigits(of value: Double) -> (digits: [Character], point: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(pieces[0])
        let fraction = pieces.count > 1 ? Array(pieces[1]) : []
        var digits = integer + fraction
        var point = integer.count + exponent
        while let first = digits.first, first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == "0" {
            digits.removeLast()
        }
        return (digits.isEmpty ? ["0"] : digits, point)
    }

    /// `d.ddde±XX` with at least two exponent digits.
    private static func exponential(digits: [Character], point: Int) -> String {
        var text = String(digits[0])
        if digits.count > 1 {
            text += "." + String(digits[1...])
        }
        let exponent = point - 1
        let magnitude = exponent.magnitude < 10 ? "0\(exponent.magnitude)" : "\(exponent.magnitude)"
        return text + "e" + (exponent < 0 ? "-" : "+") + magnitude
    }

    /// Plain decimal notation that always shows a fractional part.
    private static func fixed(digits: [Character], point: Int) -> String {
        if point <= 0 {
            return "0." + String(repeating: "0", count: -point) + String(digits)
        }
        if point >= digits.count {
            return String(digits) + String(repeating: "0", count: point - digits.count) + ".0"
        }
        return String(digits[..<point]) + "." + String(digits[point...])
    }
}

/// Python's `repr(str)`: single quotes unless the text holds a single quote and no double quote.
enum PythonStringRepr {
    /// The quoted, escaped text.
    static func repr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where Character(scalar) == quote: out += "\\" + String(quote)
            case _ where scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value):
                out += "\\x" + hex(scalar.value, width: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append(quote)
        return out
    }

    /// Lowercase hex padded to `width`.
    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
