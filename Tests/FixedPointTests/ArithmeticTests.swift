import FixedPoint
import Testing

/// Builds an I32F32 from a raw integer (shorthand for the tables below).
private func i32(_ raw: Int64) -> I32F32 { I32F32(raw: raw) }

@Suite struct I32F32ArithmeticTests {
    static let one: Int64 = 1 << 32

    /// (a.raw, b.raw, expected product raw): products floor toward -inf.
    static let mulCases: [(Int64, Int64, Int64)] = [
        (3 * one, 2 * one, 6 * one),
        (one / 2, one / 2, one / 4),
        (1, 1, 0),  // 2^-64 floors to 0
        (-1, 1, -1),  // -2^-64 floors to -2^-32
        (-3 * one, one / 2, -3 * one / 2),
        (3, one / 2, 1),  // 1.5 ulp floors to 1
        (-3, one / 2, -2),  // -1.5 ulp floors to -2
    ]

    @Test(arguments: mulCases)
    func mulFloors(a: Int64, b: Int64, expected: Int64) {
        #expect(i32(a).saturatingMul(i32(b)).raw == expected)
        #expect(i32(a).checkedMul(i32(b))?.raw == expected)
    }

    /// (a.raw, b.raw, expected quotient raw): quotients truncate toward zero.
    static let divCases: [(Int64, Int64, Int64)] = [
        (one, 3 * one, 1_431_655_765),
        (-one, 3 * one, -1_431_655_765),
        (one, -3 * one, -1_431_655_765),
        (7 * one, 2 * one, 7 * one / 2),
        (1, 3 * one, 0),
        (-1, 3 * one, 0),
    ]

    @Test(arguments: divCases)
    func divTruncates(a: Int64, b: Int64, expected: Int64) {
        #expect(i32(a).saturatingDiv(i32(b)).raw == expected)
        #expect(i32(a).safeDiv(i32(b)).raw == expected)
        #expect(i32(a).checkedDiv(i32(b))?.raw == expected)
    }

    @Test func saturationAtBounds() {
        #expect(I32F32.max.saturatingMul(I32F32(2)) == .max)
        #expect(I32F32.max.saturatingMul(I32F32(-2)) == .min)
        #expect(I32F32.max.checkedMul(I32F32(2)) == nil)
        #expect(I32F32.max.saturatingAdd(.delta) == .max)
        #expect(I32F32.min.saturatingSub(.delta) == .min)
        #expect(I32F32.min.saturatingAdd(I32F32(-1)) == .min)
        #expect(I32F32.max.saturatingSub(I32F32(-1)) == .max)
        #expect(I32F32.max.saturatingDiv(i32(Self.one / 2)) == .max)
        #expect(I32F32.min.saturatingDiv(i32(Self.one / 2)) == .min)
        #expect(I32F32.min.saturatingDiv(I32F32(-1)) == .max)
        #expect(I32F32.min.saturatingNeg() == .max)
        #expect(I32F32.min.checkedDiv(I32F32(-1)) == nil)
        #expect(I32F32.min.checkedDiv(I32F32(1)) == .min)
    }

    @Test func safeDivZeroCases() {
        #expect(I32F32(5).safeDiv(.zero) == .zero)
        #expect(I32F32(-5).safeDiv(.zero) == .zero)
        #expect(I32F32.zero.safeDiv(.zero) == .zero)
        #expect(I32F32.max.safeDiv(i32(1)) == .zero)  // overflow
        #expect(I32F32(5).checkedDiv(.zero) == nil)
        #expect(I32F32(5).saturatingDiv(.zero) == .zero)
    }

    @Test func sumSaturates() {
        #expect([I32F32(1), I32F32(2), I32F32(3)].saturatingSum() == I32F32(6))
        #expect([I32F32.max, I32F32(1), I32F32(-1)].saturatingSum() == I32F32.max.saturatingSub(I32F32(1)))
        #expect([I32F32]().saturatingSum() == .zero)
        #expect([I64F64(1), I64F64(2)].saturatingSum() == I64F64(3))
    }
}

@Suite struct I64F64ArithmeticTests {
    static let one: Int128 = 1 << 64

    static let mulCases: [(Int128, Int128, Int128)] = [
        (3 * one, 2 * one, 6 * one),
        (1, 1, 0),
        (-1, 1, -1),
        (-3, one / 2, -2),
        (Int128.max, one, Int128.max),
    ]

    @Test(arguments: mulCases)
    func mulFloors(a: Int128, b: Int128, expected: Int128) {
        #expect(I64F64(raw: a).saturatingMul(I64F64(raw: b)).raw == expected)
    }

    static let divCases: [(Int128, Int128, Int128)] = [
        (one, 3 * one, 6_148_914_691_236_517_205),
        (-one, 3 * one, -6_148_914_691_236_517_205),
        (-1, 3 * one, 0),
    ]

    @Test(arguments: divCases)
    func divTruncates(a: Int128, b: Int128, expected: Int128) {
        #expect(I64F64(raw: a).safeDiv(I64F64(raw: b)).raw == expected)
    }

    @Test func saturation() {
        #expect(I64F64.max.saturatingMul(I64F64(2)) == .max)
        #expect(I64F64.min.saturatingMul(I64F64(2)) == .min)
        #expect(I64F64.max.safeDiv(I64F64(raw: 1)) == .zero)
        #expect(I64F64.min.saturatingDiv(I64F64(-1)) == .max)
    }
}
