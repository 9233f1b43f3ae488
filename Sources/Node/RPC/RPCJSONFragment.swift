/// A result that writes its own JSON. Foundation's `JSONEncoder` spends tens of milliseconds on a
/// 4 096-uid metagraph (a boxed value per number); results this large write their JSON directly, and
/// the dispatcher splices it into the response envelope. The text must be exactly one JSON value.
protocol RPCJSONFragment: Sendable {
    /// The value as JSON text.
    var jsonFragment: String { get }
}

/// Appends JSON text to a byte buffer (appending bytes, not `String` pieces, keeps a 4 096-uid
/// metagraph to a few milliseconds).
struct JSONTextWriter {
    private var bytes: [UInt8] = []

    /// A writer with room for about `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw JSON.
    mutating func raw(_ json: StaticString) {
        json.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `"name":`, after a comma unless it is the first member.
    mutating func key(_ name: String, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends a JSON string with quotes, backslashes and control characters escaped.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                case ..<0x20:
                    raw("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends an integer in decimal.
    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes on the stack: room for 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[index...])
        }
    }

    /// Appends an array, writing each element with `element`.
    mutating func array<T>(_ values: [T], _ element: (inout JSONTextWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends an array of integers.
    mutating func integers<T: FixedWidthInteger>(_ values: [T]) { array(values) { $0.integer($1) } }

    /// Appends an array of booleans.
    mutating func booleans(_ values: [Bool]) { array(values) { $1 ? $0.raw("true") : $0.raw("false") } }

    /// Appends an array of strings.
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
}
