/// An unsigned fixed-point number with 64 integer bits and 64 fractional bits.
///
/// Mirrors `substrate_fixed::types::U64F64`: the value is `raw / 2^64`.
public struct U64F64: FixedPointNumber, CustomStringConvertible {
    /// The number of fractional bits, 64.
    public static let fractionalBits = 64

    /// The stored unsigned integer, the value scaled by `2^64`.
    public let raw: UInt128

    /// Creates a value from its stored integer.
    @inlinable
    public init(raw: UInt128) {
        self.raw = raw
    }
}
