import Hashing

/// One step of a derivation path: `//name` (hard) or `/name` (soft), with Substrate's 32-byte chain code.
public struct DeriveJunction: Sendable, Equatable, CustomStringConvertible {
    /// Whether the step is hard (`//`): the child cannot be linked to the parent's public key.
    public let isHard: Bool
    /// The chain code: the SCALE encoding of the name, zero-padded to 32 bytes or, if longer,
    /// blake2b-256-hashed.
    public let chainCode: [UInt8]
    /// The name as written in the path (without slashes).
    public let name: String

    /// Builds a junction from its name: a decimal `UInt64` is encoded as 8 little-endian bytes, anything
    /// else as a SCALE string (compact length prefix, then UTF-8).
    public init(name: String, isHard: Bool) {
        self.name = name
        self.isHard = isHard
        let encoded: [UInt8]
        if let number = UInt64(name) {
            encoded = withUnsafeBytes(of: number.littleEndian) { Array($0) }
        } else {
            let utf8 = Array(name.utf8)
            encoded = ScaleCompact.encode(UInt64(utf8.count)) + utf8
        }
        if encoded.count > 32 {
            chainCode = Blake2b.hash256(encoded)
        } else {
            chainCode = encoded + [UInt8](repeating: 0, count: 32 - encoded.count)
        }
    }

    /// The junction as written in a path: `//name` or `/name`.
    public var description: String { (isHard ? "//" : "/") + name }
}

/// SCALE's compact encoding of unsigned integers, for the length prefix of a junction name.
enum ScaleCompact {
    /// Encodes `value` in the single-byte, two-byte, four-byte or big-integer mode.
    static func encode(_ value: UInt64) -> [UInt8] {
        switch value {
        case 0..<(1 << 6):
            return [UInt8(value << 2)]
        case (1 << 6)..<(1 << 14):
            return littleEndian(UInt64(value << 2 | 0b01), byteCount: 2)
        case (1 << 14)..<(1 << 30):
            return littleEndian(UInt64(value << 2 | 0b10), byteCount: 4)
        default:
            let byteCount = (64 - value.leadingZeroBitCount + 7) / 8
            return [UInt8((byteCount - 4) << 2 | 0b11)] + littleEndian(value, byteCount: byteCount)
        }
    }

    /// The low `byteCount` bytes of `value`, little-endian.
    private static func littleEndian(_ value: UInt64, byteCount: Int) -> [UInt8] {
        (0..<byteCount).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
