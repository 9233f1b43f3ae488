/// An unsigned fixed-point number with 110 integer bits and 18 fractional bits.
///
/// Mirrors `substrate_fixed::types::U110F18`: the value is `raw / 2^18`.
public struct U110F18: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 18.
    public static let fractionalBits = 18

    /// The stored unsigned integer, the value scaled by `2^18`.
    public let raw: UInt128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: UInt128) {
        self.raw = raw
    }
}
