import Hashing
import Testing

@Suite("Hex")
struct HexTests {
    @Test(
        "bytes survive a round trip",
        arguments: [[], [0x00], [0xFF], [0x00, 0x01, 0xAB, 0xCD, 0xEF], countingBytes(256)] as [[UInt8]])
    func roundTrip(_ bytes: [UInt8]) throws {
        #expect(try Hex.decode(Hex.encode(bytes)) == bytes)
        #expect(try Hex.decode(Hex.encode(bytes, prefixed: true)) == bytes)
        #expect(try [UInt8](hex: bytes.hexString) == bytes)
    }

    @Test("encoding is lowercase, two digits per byte")
    func encoding() {
        #expect(Hex.encode([0x00, 0x0A, 0xBC, 0xFF]) == "000abcff")
        #expect(Hex.encode([0xDE, 0xAD], prefixed: true) == "0xdead")
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.encode([UInt8](), prefixed: true) == "0x")
        #expect(countingBytes(256).hexString.count == 512)
    }

    @Test(
        "decoding accepts either case and an optional 0x prefix",
        arguments: [
            ("", []),
            ("0x", []),
            ("00ff", [0x00, 0xFF]),
            ("0xDEADbeef", [0xDE, 0xAD, 0xBE, 0xEF]),
            ("0XAB", [0xAB]),
            ("0123456789abcdefABCDEF", [0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0xAB, 0xCD, 0xEF]),
        ] as [(String, [UInt8])])
    func decoding(text: String, bytes: [UInt8]) throws {
        #expect(try Hex.decode(text) == bytes)
        #expect(try Hex.decode(text[...]) == bytes)
    }

    @Test(
        "malformed input names the problem",
        arguments: [
            ("abc", .oddLength(digitCount: 3), "hex string has an odd number of digits (3)"),
            ("0xabc", .oddLength(digitCount: 3), "hex string has an odd number of digits (3)"),
            ("0", .oddLength(digitCount: 1), "hex string has an odd number of digits (1)"),
            ("zz", .invalidCharacter("z", index: 0), "invalid hex character 'z' at index 0"),
            ("0xg0", .invalidCharacter("g", index: 2), "invalid hex character 'g' at index 2"),
            ("12 34", .invalidCharacter(" ", index: 2), "invalid hex character ' ' at index 2"),
            ("x0", .invalidCharacter("x", index: 0), "invalid hex character 'x' at index 0"),
            ("00x0", .invalidCharacter("x", index: 2), "invalid hex character 'x' at index 2"),
            ("0x0x00", .invalidCharacter("x", index: 3), "invalid hex character 'x' at index 3"),
            ("ab\n", .invalidCharacter("\n", index: 2), "invalid hex character '\\n' at index 2"),
            ("0xé1", .invalidCharacter("é", index: 2), "invalid hex character '\\u{00E9}' at index 2"),
        ] as [(String, HexError, String)])
    func errors(text: String, error: HexError, message: String) {
        #expect(throws: error) { try Hex.decode(text) }
        #expect(throws: error) { try [UInt8](hex: text) }
        #expect(error.description == message)
    }
}
