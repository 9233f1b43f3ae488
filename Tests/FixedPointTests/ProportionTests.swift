import FixedPoint
import Testing

@Suite struct ProportionTests {
    /// (u, raw of u/65535 truncated, fixedProportionToU16 of that value)
    static let cases: [(UInt16, Int64, UInt16)] = [
        (0, 0, 0), (1, 65537, 0), (2, 131_074, 1), (100, 6_553_700, 99), (6553, 429_463_961, 6552),
        (13107, 858_993_459, 13106), (32767, 2_147_450_879, 32766), (32768, 2_147_516_416, 32767),
        (65534, 4_294_901_758, 65533), (65535, 4_294_967_296, 65535),
    ]

    @Test(arguments: cases)
    func roundTrip(u: UInt16, raw: Int64, back: UInt16) {
        let fixed = u16ProportionToFixed(u)
        #expect(fixed.raw == raw)
        #expect(fixedProportionToU16(fixed) == back)
        #expect(u16ToFixed(u) == I32F32(Int(u)))
    }

    /// (value, floor(value × 65535) clamped to u16)
    static let toU16: [(Double, UInt16)] = [
        (0.5, 32767), (0.25, 16383), (1, 65535), (0.1, 6553), (0.9999, 65528), (1.5, 65535), (-0.1, 0),
    ]

    @Test(arguments: toU16)
    func proportionToU16(value: Double, expected: UInt16) {
        #expect(fixedProportionToU16(I32F32(saturating: value)) == expected)
    }

    @Test func helpersMatchChainNames() {
        #expect(u16MaxFixed == I32F32(65535))
        #expect(fixedToFixedU16Proportion(I32F32(65535)) == .one)
        #expect(fixedToU16(I32F32(saturating: 70000.5)) == UInt16.max)
        #expect(fixedToU64(I32F32(-1)) == 0)
        #expect(fixed64ToU64(I64F64(saturating: Int64.max)) == UInt64(Int64.max))
    }
}
