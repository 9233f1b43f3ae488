// Constants, ordering and bit-level helpers shared by every fixed-point type.

extension FixedPointNumber {
    /// The value zero.
    @inlinable public static var zero: Self { Self(raw: 0) }

    /// The value one (every type in this module can represent it).
    @inlinable public static var one: Self { Self(raw: Raw(1) << fractionalBits) }

    /// The smallest representable value.
    @inlinable public static var min: Self { Self(raw: Raw.min) }

    /// The largest representable value.
    @inlinable public static var max: Self { Self(raw: Raw.max) }

    /// The smallest positive value, one unit in the last place.
    @inlinable public static var delta: Self { Self(raw: 1) }

    /// The number of integer bits, including the sign bit for signed types.
    @inlinable public static var integerBits: Int { Raw.bitWidth - fractionalBits }

    /// Orders values by their stored integers.
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.raw < rhs.raw }

    /// Whether the value is strictly below zero.
    @inlinable public var isNegative: Bool { raw < 0 }

    /// Whether the value is exactly zero.
    @inlinable public var isZero: Bool { raw == 0 }
}
