import FixedPoint
import Testing

@Suite struct ConversionTests {
    /// chain.md §10 V5: f32 literals converted with `from_num` (round to nearest, ties to even).
    static let f32Cases: [(Float, Int64)] = [
        (1e-6, 4295),
        (6e-6, 25770),
        (7e-6, 30065),
        (1e-4, 429_497),
        (1e-3, 4_294_968),
        (0.01, 42_949_672),
        (0.1, 429_496_736),
        (0.2, 858_993_472),
        (0.3, 1_288_490_240),
        (0.4, 1_717_986_944),
        (0.5, 2_147_483_648),
        (-0.1, -429_496_736),
        (1.5, 6_442_450_944),
        (32768, 140_737_488_355_328),
        (32769, 140_741_783_322_624),
    ]

    @Test(arguments: f32Cases)
    func f32Literals(value: Float, raw: Int64) {
        #expect(I32F32(saturating: value).raw == raw)
        #expect(fixed(value).raw == raw)
    }

    /// Halfway between two raw values: the even neighbour wins, for either sign.
    static let ties: [(Double, Int64)] = [
        (0x1p-33, 0), (0x3p-33, 2), (0x5p-33, 2), (0x7p-33, 4),
        (-0x1p-33, 0), (-0x3p-33, -2), (-0x5p-33, -2), (-0x7p-33, -4),
        (0x1.000000008p0, 4_294_967_296), (0x1.000000018p0, 4_294_967_298),
        // Just above and below a tie round to the nearer value.
        (0x1.0000000000001p-33, 1), (0x1.fffffffffffffp-34, 0),
    ]

    @Test(arguments: ties)
    func tiesToEven(value: Double, raw: Int64) {
        #expect(I32F32(saturating: value).raw == raw)
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
