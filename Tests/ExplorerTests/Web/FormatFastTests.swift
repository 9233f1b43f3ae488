import Foundation
import Testing

@testable import Explorer

@Suite("Page number and date text built from integers reads as Foundation writes it")
struct FormatFastTests {
    @Test(
        "fixed decimals match String(format:)",
        arguments: [0.0, 1.0, 12.34, 63.99, 64.04, 599.96, 212.0, 0.5001, 1e6 + 0.26, -3.14, 0.99996, 123_456.789])
    func fixed(value: Double) {
        #expect(Format.fixed(value, decimals: 1) == String(format: "%.1f", value))
        #expect(Format.fixed(value, decimals: 4) == String(format: "%.4f", value))
    }

    @Test("u16 proportions with four decimals", arguments: [UInt64(0), 1, 7, 32_767, 32_768, 65_534, 65_535])
    func proportion(value: UInt64) {
        #expect(Format.proportion(value) == String(format: "%.4f", Double(value) / 65535))
    }

    @Test(
        "ISO 8601 UTC times match ISO8601DateFormatter",
        arguments: [UInt64(0), 12_000, 951_782_400_000, 1_709_164_799_999, 1_764_090_000_000, 4_102_444_800_000])
    func isoDate(milliseconds: UInt64) {
        let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        #expect(Format.isoDate(milliseconds) == expected)
    }
}
