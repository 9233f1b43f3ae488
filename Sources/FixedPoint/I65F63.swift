/// A signed fixed-point number with 65 integer bits (including sign) and 63 fractional bits.
///
/// Mirrors `substrate_fixed::types::I65F63`: the value is `raw / 2^63`.
public struct I65F63: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 63.
    public static let fractionalBits = 63

    /// The stored two's-complement integer, the value scaled by `2^63`.
    public let raw: Int128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: Int128) {
        self.raw = raw
    }
}
