/// A signed fixed-point number with 64 integer bits (including sign) and 64 fractional bits.
///
/// Mirrors `substrate_fixed::types::I64F64`: the value is `raw / 2^64`.
public struct I64F64: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 64.
    public static let fractionalBits = 64

    /// The stored two's-complement integer, the value scaled by `2^64`.
    public let raw: Int128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: Int128) {
        self.raw = raw
    }
}
