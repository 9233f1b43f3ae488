import FixedPoint
import Testing

@Suite struct OtherTypesTests {
    @Test func boundsAndOne() {
        #expect(I96F32.one.raw == 1 << 32)
        #expect(U64F64.one.raw == 1 << 64)
        #expect(U110F18.one.raw == 1 << 18)
        #expect(I65F63.one.raw == 1 << 63)
        #expect(U96F32.one.raw == 1 << 32)
        #expect(U64F64.min.raw == 0 && U64F64.max.raw == UInt128.max)
        #expect(I65F63.min.raw == Int128.min && I65F63.max.raw == Int128.max)
        #expect(I65F63.integerBits == 65 && U110F18.integerBits == 110)
    }

    @Test func unsignedSaturation() {
        #expect(U64F64.one.saturatingSub(U64F64(2)) == .zero)
        #expect(U64F64.one.checkedSub(U64F64(2)) == nil)
        #expect(U64F64.max.saturatingAdd(.delta) == .max)
        #expect(U64F64.max.saturatingMul(U64F64(2)) == .max)
        #expect(U64F64.one.saturatingNeg() == .zero)
        #expect(U64F64.one.checkedNeg() == nil)
        #expect(U96F32.max.saturatingDiv(U96F32(saturating: 0.5)) == .max)
        #expect(U110F18(saturating: -5) == .zero)
        #expect(U110F18(exactly: -5) == nil)
        #expect(U110F18(saturating: UInt128.max) == .max)
        #expect(U110F18(exactly: UInt128(1) << 109)?.raw == UInt128(1) << 127)
        #expect(U110F18(exactly: UInt128(1) << 110) == nil)
    }

    @Test func unsignedMulDiv() {
        // 1.5 × 1.5 = 2.25 exactly.
        #expect(U64F64(saturating: 1.5).saturatingMul(U64F64(saturating: 1.5)) == U64F64(saturating: 2.25))
        // Products floor: one ulp × one ulp is zero.
        #expect(U64F64.delta.saturatingMul(.delta) == .zero)
        #expect(U64F64.one.safeDiv(U64F64(3)).raw == UInt128(UInt64.max / 3))
        #expect(U110F18(saturating: 10).safeDiv(U110F18(4)) == U110F18(saturating: 2.5))
        #expect(U96F32(7).safeDiv(.zero) == .zero)
        // (2^127 / 2^18) × 4 overflows.
        #expect(U110F18(raw: UInt128(1) << 127).checkedMul(U110F18(4)) == nil)
        #expect(U110F18(raw: UInt128(1) << 100).checkedMul(U110F18(4))?.raw == UInt128(1) << 102)
    }

    @Test func signedWide() {
        #expect(I96F32(saturating: -3).saturatingMul(I96F32(saturating: 0.5)) == I96F32(saturating: -1.5))
        #expect(I96F32.min.saturatingMul(I96F32(-1)) == .max)
        #expect(I96F32.min.checkedMul(I96F32(-1)) == nil)
        #expect(I96F32.min.checkedMul(.one) == .min)
        #expect(I65F63(saturating: -1).saturatingDiv(I65F63(saturating: 3)).raw == -(Int128(1) << 63) / 3)
        #expect(I65F63(saturating: -1).saturatingMul(.delta).raw == -1)
        #expect(I96F32(saturating: Int128.max) == .max)
        #expect(I96F32(exactly: Int128(1) << 94)?.raw == Int128(1) << 126)
        #expect(I96F32(exactly: Int128(1) << 95) == nil)
        #expect(I96F32(exactly: -(Int128(1) << 95))?.raw == Int128.min)
    }

    @Test func orderingAndHashing() {
        let values = [I32F32(2), I32F32(-3), .zero, I32F32(saturating: -0.5), .max, .min]
        #expect(values.sorted() == [.min, I32F32(-3), I32F32(saturating: -0.5), .zero, I32F32(2), .max])
        #expect(Set(values + values).count == values.count)
        #expect(U64F64(3) > U64F64(2))
    }

    @Test func doubleValueForDisplay() {
        #expect(I32F32(saturating: -1.25).doubleValue == -1.25)
        #expect(I65F63(saturating: 0.75).doubleValue == 0.75)
        #expect(U110F18.one.doubleValue == 1)
    }

    @Test func floatInputs() {
        #expect(I32F32(saturating: Float.nan) == .zero)
        #expect(I32F32(saturating: Double.nan) == .zero)
        #expect(I32F32(saturating: Double.infinity) == .max)
        #expect(I32F32(saturating: -Float.infinity) == .min)
        #expect(U64F64(saturating: -Double.infinity) == .zero)
        #expect(U64F64(saturating: -0.3) == .zero)
        // Float and Double of the same value convert identically.
        #expect(I64F64(saturating: Float(0.1)) == I64F64(saturating: Double(Float(0.1))))
        // f32 0.1 = 13421773 × 2^-27 exactly.
        #expect(I64F64(saturating: Float(0.1)).raw == Int128(13_421_773) << 37)
    }
}
