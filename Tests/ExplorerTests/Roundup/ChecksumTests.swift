import Testing

@testable import Explorer

@Suite("Raster: CRC-32 and Adler-32")
struct ChecksumTests {
    @Test(
        "CRC-32 of known inputs",
        arguments: [
            ("", 0x0000_0000), ("a", 0xE8B7_BE43), ("abc", 0x3524_41C2), ("123456789", 0xCBF4_3926),
            ("The quick brown fox jumps over the lazy dog", 0x414F_A339), ("IEND", 0xAE42_6082),
        ] as [(String, UInt32)])
    func crc32(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    @Test("CRC-32 continues across pieces")
    func crcContinues() {
        let bytes = Array("The quick brown fox jumps over the lazy dog".utf8)
        let first = CRC32.checksum(bytes[..<10])
        #expect(CRC32.checksum(bytes[10...], continuing: first) == 0x414F_A339)
    }

    @Test(
        "Adler-32 of known inputs",
        arguments: [
            ("", 0x0000_0001), ("a", 0x0062_0062), ("abc", 0x024D_0127), ("Wikipedia", 0x11E6_0398),
            ("123456789", 0x091E_01DE),
        ] as [(String, UInt32)])
    func adler32(text: String, expected: UInt32) {
        #expect(Adler32.checksum(Array(text.utf8)) == expected)
    }

    @Test("Adler-32 of long inputs matches the byte-by-byte definition", arguments: [5_551, 5_552, 5_553, 100_000])
    func adlerLong(count: Int) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: 255 - $0 % 7) }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        #expect(Adler32.checksum(bytes) == b << 16 | a)
    }
}
