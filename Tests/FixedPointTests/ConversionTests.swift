import FixedPoint
import Testing

@Suite struct ConversionTests {
    /// chain.md §10 V5: f32 literals converted with `saturating_from_num`.
    static let f32Cases: [(Float, Int64)] = [
        (1e-6, 4295),
        (0.1, 429_496_736),
        (0.2, 858_993_472),
        (0.3, 1_288_490_240),
        (0.4, 1_717_986_944),
        (0.5, 2_147_483_648),
        (-0.1, -429_496_736),
    ]

    @Test(arguments: f32Cases)
    func f32Literals(value: Float, raw: Int64) {
        #expect(I32F32(saturating: value).raw == raw)
        #expect(fixed(value).raw == raw)
    }

    @Test func integers() {
        #expect(I32F32(saturating: 5).raw == 5 << 32)
        #expect(I32F32(5).raw == 5 << 32)
        #expect(I32F32(saturating: UInt64.max) == .max)
        #expect(I32F32(saturating: Int64.min) == .min)
        #expect(I32F32(exactly: Int64(1) << 31) == nil)
        #expect(I32F32(exactly: -(Int64(1) << 31))?.raw == Int64.min)
    }

    @Test func narrowingFloors() {
        let x = I64F64(raw: -1)  // -2^-64
        #expect(I32F32(saturating: x).raw == -1)
        #expect(I32F32(saturating: I64F64(raw: 1)).raw == 0)
        #expect(I32F32(saturating: I64F64.max) == .max)
        #expect(I32F32(saturating: I64F64.min) == .min)
        #expect(I64F64(saturating: I32F32.min).raw == Int128(Int64.min) << 32)
    }
}
