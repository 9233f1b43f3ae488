/// The type codes of GGUF metadata values, as stored in the file.
public enum GGUFValueType: UInt32, Sendable, CaseIterable {
    /// Unsigned 8-bit integer.
    case uint8 = 0
    /// Signed 8-bit integer.
    case int8 = 1
    /// Unsigned 16-bit integer.
    case uint16 = 2
    /// Signed 16-bit integer.
    case int16 = 3
    /// Unsigned 32-bit integer.
    case uint32 = 4
    /// Signed 32-bit integer.
    case int32 = 5
    /// IEEE 754 single precision float.
    case float32 = 6
    /// One byte, 0 or 1.
    case bool = 7
    /// UTF-8 bytes preceded by a 64-bit length.
    case string = 8
    /// An element type, a 64-bit count and the elements.
    case array = 9
    /// Unsigned 64-bit integer.
    case uint64 = 10
    /// Signed 64-bit integer.
    case int64 = 11
    /// IEEE 754 double precision float.
    case float64 = 12

    /// The name used in error messages and by `yuma model info`.
    public var name: String { "\(self)" }
}
