/// A signed fixed-point number with 96 integer bits (including sign) and 32 fractional bits.
///
/// Mirrors `substrate_fixed::types::I96F32`: the value is `raw / 2^32`.
public struct I96F32: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 32.
    public static let fractionalBits = 32

    /// The stored two's-complement integer, the value scaled by `2^32`.
    public let raw: Int128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: Int128) {
        self.raw = raw
    }
}
