/// A binary fixed-point number with the semantics of the chain's `substrate_fixed` types.
public protocol FixedPointNumber: Sendable, Hashable, Comparable {
    /// The two's-complement integer that stores the value scaled by `2^fractionalBits`.
    associatedtype Raw: FixedWidthInteger & Sendable
    /// The number of fractional bits.
    static var fractionalBits: Int { get }
    /// The stored integer.
    var raw: Raw { get }
    /// Creates a value from its stored integer.
    init(raw: Raw)
}
