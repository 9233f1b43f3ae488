// Sums of fixed-point sequences.

extension Sequence where Element: FixedPointNumber {
    /// The sum of the elements, each addition clamped to `min...max`; zero for an empty sequence.
    @inlinable
    public func saturatingSum() -> Element {
        reduce(Element.zero) { $0.saturatingAdd($1) }
    }
}

extension Sequence where Element == I32F32 {
    /// The sum of the elements, each addition clamped to `I32F32.min...I32F32.max`; zero when empty.
    @inlinable
    public func saturatingSum() -> I32F32 {
        reduce(I32F32.zero) { $0.saturatingAdd($1) }
    }
}
