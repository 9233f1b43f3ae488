import Hashing
import Testing

@testable import Keys

@Suite("SS58 addresses")
struct SS58Tests {
    @Test("encode and decode match scalecodec", arguments: OracleVectors.ss58)
    func oracle(_ vector: SS58Vector) throws {
        #expect(try SS58.encode(publicKey: bytes(vector.publicKey), prefix: vector.prefix) == vector.address)
        let decoded = try SS58.decode(vector.address)
        #expect(decoded.prefix == vector.prefix)
        #expect(decoded.publicKey == bytes(vector.publicKey))
    }

    static let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"

    static let malformed: [(String, SS58Error)] = [
        ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQ0", .invalidCharacter("0", index: 47)),
        ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQl", .invalidCharacter("l", index: 47)),
        ("5Grwva EF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", .invalidCharacter(" ", index: 6)),
        ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ", .invalidChecksum),
        (Base58.encode([42] + [UInt8](repeating: 9, count: 33)), .invalidLength(byteCount: 34)),
        (Base58.encode([42] + [UInt8](repeating: 9, count: 35)), .invalidLength(byteCount: 36)),
        ("", .invalidLength(byteCount: 0)),
        ("1", .invalidLength(byteCount: 1)),
        // 0x80 prefix byte: base58 of [0x80, 0x00, …] (35 bytes).
        (Base58.encode([0x80] + [UInt8](repeating: 0, count: 34)), .invalidPrefixByte(0x80)),
        (Base58.encode([46] + [UInt8](repeating: 0, count: 34)), .reservedPrefix(46)),
    ]

    @Test("malformed addresses give typed errors", arguments: malformed)
    func invalid(_ address: String, _ expected: SS58Error) {
        #expect(throws: expected) { try SS58.decode(address) }
    }

    @Test("decoding for an expected network checks the prefix")
    func expectedPrefix() throws {
        #expect(try SS58.decode(Self.alice, expectingPrefix: 42).hexString.hasPrefix("d43593c7"))
        #expect(throws: SS58Error.unexpectedPrefix(found: 42, expected: 0)) {
            try SS58.decode(Self.alice, expectingPrefix: 0)
        }
    }

    @Test("encoding refuses bad keys and prefixes")
    func encodeErrors() {
        let key = [UInt8](repeating: 7, count: 32)
        #expect(throws: SS58Error.invalidPublicKeyLength(31)) {
            try SS58.encode(publicKey: Array(key.prefix(31)))
        }
        #expect(throws: SS58Error.prefixOutOfRange(16384)) { try SS58.encode(publicKey: key, prefix: 16384) }
        #expect(throws: SS58Error.reservedPrefix(47)) { try SS58.encode(publicKey: key, prefix: 47) }
    }

    @Test(
        "every one- and two-byte prefix round-trips",
        arguments: [0, 1, 41, 42, 43, 63, 64, 65, 255, 256, 4096, 16383])
    func roundTrip(_ prefix: UInt16) throws {
        let key = (0..<32).map { UInt8($0 * 7 + Int(prefix % 13)) }
        let address = try SS58.encode(publicKey: key, prefix: prefix)
        let decoded = try SS58.decode(address)
        #expect(decoded.prefix == prefix)
        #expect(decoded.publicKey == key)
    }

    @Test("base58 keeps leading zero bytes as leading ones")
    func base58LeadingZeros() throws {
        let data: [UInt8] = [0, 0, 1, 2, 255]
        let text = Base58.encode(data)
        #expect(text.hasPrefix("11"))
        #expect(try Base58.decode(text).get() == data)
    }
}
