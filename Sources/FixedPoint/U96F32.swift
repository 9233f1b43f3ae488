/// An unsigned fixed-point number with 96 integer bits and 32 fractional bits.
///
/// Mirrors `substrate_fixed::types::U96F32`: the value is `raw / 2^32`.
public struct U96F32: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 32.
    public static let fractionalBits = 32

    /// The stored unsigned integer, the value scaled by `2^32`.
    public let raw: UInt128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: UInt128) {
        self.raw = raw
    }
}
