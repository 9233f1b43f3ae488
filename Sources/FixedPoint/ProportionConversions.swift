// The epoch's conversions between `u16` encodings and `I32F32` (subtensor `epoch/math.rs`).

/// `u16::MAX` as `I32F32`, the denominator of the chain's `u16` proportion encoding.
public let u16MaxFixed = I32F32(raw: Int64(UInt16.max) << 32)

/// The chain's `fixed_proportion_to_u16`: `floor(x × 65535)` with a saturating product, clamped to `0...65535`.
@inlinable
public func fixedProportionToU16(_ x: I32F32) -> UInt16 {
    x.saturatingMul(I32F32(saturating: UInt16.max)).saturatingToUInt16()
}

/// The chain's `u16_proportion_to_fixed`: `u / 65535` via `safe_div` (truncating).
@inlinable
public func u16ProportionToFixed(_ u: UInt16) -> I32F32 {
    I32F32(saturating: u).safeDiv(I32F32(saturating: UInt16.max))
}

/// The chain's `fixed_to_fixed_u16_proportion`: `x / 65535` via `safe_div`.
@inlinable
public func fixedToFixedU16Proportion(_ x: I32F32) -> I32F32 {
    x.safeDiv(I32F32(saturating: UInt16.max))
}

/// The chain's `u16_to_fixed`: the integer `u` as `I32F32` (used for stored weights and bonds).
@inlinable
public func u16ToFixed(_ u: UInt16) -> I32F32 {
    I32F32(saturating: u)
}

/// The chain's `fixed_to_u16`: the floor of `x`, clamped to `0...65535`.
@inlinable
public func fixedToU16(_ x: I32F32) -> UInt16 {
    x.saturatingToUInt16()
}

/// The chain's `fixed_to_u64`: the floor of `x`, clamped to `0...UInt64.max`.
@inlinable
public func fixedToU64(_ x: I32F32) -> UInt64 {
    x.saturatingToUInt64()
}

/// The chain's `fixed64_to_u64`: the floor of `x`, clamped to `0...UInt64.max`.
@inlinable
public func fixed64ToU64(_ x: I64F64) -> UInt64 {
    x.saturatingToUInt64()
}

/// The chain's `fixed64_to_fixed32`: floors to 32 fractional bits and clamps.
@inlinable
public func fixed64ToFixed32(_ x: I64F64) -> I32F32 {
    I32F32(saturating: x)
}

/// The chain's `fixed32_to_fixed64`: exact widening.
@inlinable
public func fixed32ToFixed64(_ x: I32F32) -> I64F64 {
    I64F64(saturating: x)
}

/// The chain's `fixed(f32)`: `saturating_from_num` of an `f32` literal (round to nearest, ties to even).
@inlinable
public func fixed(_ value: Float) -> I32F32 {
    I32F32(saturating: value)
}
