import FixedPoint
import Testing

@Suite struct RoundingTests {
    /// (value, rounded half away from zero, floor)
    static let cases: [(Double, Double, Double)] = [
        (2.5, 3, 2), (-2.5, -3, -3), (2.4, 2, 2), (-2.4, -2, -3), (2.6, 3, 2), (-2.6, -3, -3),
        (0.5, 1, 0), (-0.5, -1, -1), (0, 0, 0), (7, 7, 7), (-7, -7, -7), (0x1p-32, 0, 0), (-0x1p-32, 0, -1),
    ]

    @Test(arguments: cases)
    func i32F32(value: Double, rounded: Double, floor: Double) {
        let x = I32F32(saturating: value)
        #expect(x.rounded() == I32F32(saturating: rounded))
        #expect(x.floor() == I32F32(saturating: floor))
    }

    @Test(arguments: cases)
    func i65F63(value: Double, rounded: Double, floor: Double) {
        let x = I65F63(saturating: value)
        #expect(x.rounded() == I65F63(saturating: rounded))
        #expect(x.floor() == I65F63(saturating: floor))
    }

    @Test func roundingSaturatesAtBounds() {
        #expect(I32F32.max.rounded() == .max)
        #expect(I32F32.min.rounded() == .min)
        #expect(I32F32.max.floor().raw == Int64.max - Int64(UInt32.max))
        #expect(U64F64.max.rounded() == .max)
        #expect(U110F18.max.floor().raw == UInt128.max - 0x3FFFF)
        #expect(I32F32(saturating: -1.25).fractionalPart == I32F32(saturating: 0.75))
    }

    /// (value, saturatingToInt64, saturatingToUInt64, saturatingToUInt16): all floor toward -inf then clamp.
    static let integerCases: [(Double, Int64, UInt64, UInt16)] = [
        (1.99, 1, 1, 1), (-0.01, -1, 0, 0), (-1, -1, 0, 0), (-1.5, -2, 0, 0), (65535.9, 65535, 65535, 65535),
        (70000, 70000, 70000, 65535), (-2147483648, -2147483648, 0, 0),
        (2147483647.75, 2147483647, 2147483647, 65535),
    ]

    @Test(arguments: integerCases)
    func toIntegers(value: Double, int64: Int64, uint64: UInt64, uint16: UInt16) {
        let x = I32F32(saturating: value)
        #expect(x.saturatingToInt64() == int64)
        #expect(x.saturatingToUInt64() == uint64)
        #expect(x.saturatingToUInt16() == uint16)
        #expect(x.saturatingToUInt128() == UInt128(uint64))
    }

    @Test func wideToIntegers() {
        #expect(I64F64.max.saturatingToUInt64() == UInt64(Int64.max))
        #expect(U64F64.max.saturatingToUInt64() == UInt64.max)
        #expect(U96F32.max.saturatingToUInt64() == UInt64.max)
        #expect(I64F64.max.saturatingToInt64() == Int64.max)
        #expect(I64F64.min.saturatingToInt64() == Int64.min)
        #expect(I96F32.max.saturatingToUInt128() == UInt128(Int128.max >> 32))
        #expect(U110F18.max.saturatingToUInt128() == UInt128.max >> 18)
        #expect(I96F32.min.saturatingToUInt128() == 0)
        #expect(I64F64(saturating: Int64.max).saturatingToUInt64() == UInt64(Int64.max))
        #expect(I32F32(saturating: -0.5).checkedToInteger(UInt8.self) == nil)
        #expect(I32F32(saturating: 255.9).checkedToInteger(UInt8.self) == 255)
        #expect(I32F32(saturating: 256).checkedToInteger(UInt8.self) == nil)
        #expect(I32F32(saturating: -128.5).checkedToInteger(Int8.self) == nil)
        #expect(I32F32(saturating: -127.5).checkedToInteger(Int8.self) == -128)
    }
}

@Suite struct FixedToFixedTests {
    @Test func narrowingFloors() {
        // One ulp of I64F64 below zero floors to one ulp of I32F32 below zero.
        #expect(I32F32(saturating: I64F64(raw: -1)).raw == -1)
        #expect(I32F32(saturating: I64F64(raw: 1)).raw == 0)
        #expect(I32F32(saturating: I64F64(raw: (Int128(1) << 32) - 1)).raw == 0)
        #expect(I32F32(saturating: I64F64(raw: -(Int128(1) << 32) - 1)).raw == -2)
        #expect(I32F32(saturating: I65F63(raw: -1)).raw == -1)
        #expect(U110F18(saturating: U64F64(raw: (1 << 46) - 1)).raw == 0)
        #expect(U110F18(saturating: U64F64(raw: 1 << 46)).raw == 1)
    }

    @Test func clampsAtBounds() {
        #expect(I32F32(saturating: I64F64.max) == .max)
        #expect(I32F32(saturating: I64F64.min) == .min)
        #expect(I32F32(saturating: I96F32(saturating: Int64(1) << 40)) == .max)
        #expect(U64F64(saturating: I32F32(-1)) == .zero)
        #expect(U64F64(saturating: I32F32(raw: -1)) == .zero)
        #expect(I32F32(saturating: U64F64.max) == .max)
        #expect(I65F63(saturating: U110F18.max) == .max)
        #expect(I65F63(saturating: I96F32.min) == .min)
        #expect(I32F32(exactlyFlooring: I64F64.max) == nil)
        #expect(I32F32(exactlyFlooring: I64F64(raw: -1))?.raw == -1)
    }

    @Test func wideningIsExact() {
        #expect(I64F64(saturating: I32F32.min).raw == Int128(Int64.min) << 32)
        #expect(I64F64(saturating: I32F32.max).raw == Int128(Int64.max) << 32)
        #expect(I96F32(saturating: I32F32.min).raw == Int128(Int64.min))
        #expect(U96F32(saturating: U110F18.max) == .max)
        #expect(U64F64(saturating: U96F32(raw: 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF)).raw == UInt128.max << 32)
        #expect(fixed32ToFixed64(I32F32(saturating: 0.1)).raw == Int128(429_496_730) << 32)
        #expect(fixed64ToFixed32(I64F64(raw: -3)).raw == -1)
    }
}
