import Hashing
import Testing

/// Chain spec §10 V6: values from the Python client's tests, re-verified independently.
enum V6 {
    static let blockHash = "c444e4205857add79a0427401aa2518d11e85f32377eff9a946d180a54697459"
    static let hotkey = "ba3189e99e75b6097cd94a5ecc771016b83c8432d35d14a03ab731b07112f559"
    static let innerOfBlockAndHotkey = "7869b61229641b33a355dc34d4ef48f8d82166635237f9f10bcb215b8cb48161"
    static let inner = "ba7ea4eb0b16dee271dbef5911838c3f359fcf598c74da65a54b919b68b67279"
    static let sealForInnerNonce10 = "c501423622a8a54644504be439adda74bb3a8764132f86c63a49389b88f0c230"
    static let derivedSealNonce10 = "825e6495f2cac17a627e2ae2cceb76a0704c2b4bfc24d35af7e38ac4abdaa3ef"
    static let historicalSha256Only = "f5add3ff9dd03d461ce07d0a39537a735b6b62b75e40e934996877a751de8d33"
    /// Not in the spec: the legacy seal over the V6 block hash with nonce 10, from pycryptodome + hashlib.
    static let legacySealNonce10 = "ce704a08eb62ceb6c8fa512c932bfb539f3da7c8de7ded5bd7b4b256d3b41f17"
}

/// A seal, a byte order, a difficulty and whether the seal meets it.
struct DifficultyVector: Sendable, CustomTestStringConvertible {
    let name: String
    let seal: String
    let byteOrder: Seal.ByteOrder
    let difficulty: UInt64
    let passes: Bool

    init(_ name: String, _ seal: String, _ byteOrder: Seal.ByteOrder, _ difficulty: UInt64, _ passes: Bool) {
        self.name = name
        self.seal = seal
        self.byteOrder = byteOrder
        self.difficulty = difficulty
        self.passes = passes
    }

    var testDescription: String { "\(name), \(byteOrder), difficulty \(difficulty)" }
}

/// The V6 boundaries from the spec.
let v6DifficultyVectors: [DifficultyVector] = [
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .bigEndian, 0, true),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .bigEndian, 1, true),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .bigEndian, 2, false),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .littleEndian, 1, true),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .littleEndian, 5, true),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .littleEndian, 6, false),
    DifficultyVector("V6 seal", V6.sealForInnerNonce10, .littleEndian, 10_000_000, false),
]

/// Boundary cases computed with Python integers (`int.from_bytes(seal, order) * d < 2**256`).
/// "at max" is the largest passing difficulty (capped at `UInt64.max`); "past max" is one more.
let difficultyVectors: [DifficultyVector] = [
    DifficultyVector(
        "zero", "0000000000000000000000000000000000000000000000000000000000000000", .bigEndian, 0, true),
    DifficultyVector(
        "zero at max", "0000000000000000000000000000000000000000000000000000000000000000", .bigEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "ff…ff", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .bigEndian, 0, true),
    DifficultyVector(
        "ff…ff at max", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .bigEndian, 1,
        true),
    DifficultyVector(
        "ff…ff past max", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .bigEndian, 2,
        false),
    DifficultyVector(
        "55…55", "5555555555555555555555555555555555555555555555555555555555555555", .bigEndian, 0, true),
    DifficultyVector(
        "55…55 at max", "5555555555555555555555555555555555555555555555555555555555555555", .bigEndian, 3,
        true),
    DifficultyVector(
        "55…55 past max", "5555555555555555555555555555555555555555555555555555555555555555", .bigEndian, 4,
        false),
    DifficultyVector(
        "55…56", "5555555555555555555555555555555555555555555555555555555555555556", .bigEndian, 0, true),
    DifficultyVector(
        "55…56 at max", "5555555555555555555555555555555555555555555555555555555555555556", .bigEndian, 2,
        true),
    DifficultyVector(
        "55…56 past max", "5555555555555555555555555555555555555555555555555555555555555556", .bigEndian, 3,
        false),
    DifficultyVector(
        "byte 7 = 01", "0000000000000001000000000000000000000000000000000000000000000000", .bigEndian, 0, true
    ),
    DifficultyVector(
        "byte 7 = 01 at max", "0000000000000001000000000000000000000000000000000000000000000000", .bigEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "byte 7 = 01, byte 8 = 80", "0000000000000001800000000000000000000000000000000000000000000000",
        .bigEndian, 0, true),
    DifficultyVector(
        "byte 7 = 01, byte 8 = 80 at max", "0000000000000001800000000000000000000000000000000000000000000000",
        .bigEndian, 12_297_829_382_473_034_410, true),
    DifficultyVector(
        "byte 7 = 01, byte 8 = 80 past max",
        "0000000000000001800000000000000000000000000000000000000000000000", .bigEndian,
        12_297_829_382_473_034_411, false),
    DifficultyVector(
        "bytes 8… = ff", "0000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff", .bigEndian, 0,
        true),
    DifficultyVector(
        "bytes 8… = ff at max", "0000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff",
        .bigEndian, 18_446_744_073_709_551_615, true),
    DifficultyVector(
        "zero", "0000000000000000000000000000000000000000000000000000000000000000", .littleEndian, 0, true),
    DifficultyVector(
        "zero at max", "0000000000000000000000000000000000000000000000000000000000000000", .littleEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "ff…ff", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .littleEndian, 0, true),
    DifficultyVector(
        "ff…ff at max", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .littleEndian, 1,
        true),
    DifficultyVector(
        "ff…ff past max", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", .littleEndian,
        2, false),
    DifficultyVector(
        "55…55", "5555555555555555555555555555555555555555555555555555555555555555", .littleEndian, 0, true),
    DifficultyVector(
        "55…55 at max", "5555555555555555555555555555555555555555555555555555555555555555", .littleEndian, 3,
        true),
    DifficultyVector(
        "55…55 past max", "5555555555555555555555555555555555555555555555555555555555555555", .littleEndian,
        4, false),
    DifficultyVector(
        "55…56", "5555555555555555555555555555555555555555555555555555555555555556", .littleEndian, 0, true),
    DifficultyVector(
        "55…56 at max", "5555555555555555555555555555555555555555555555555555555555555556", .littleEndian, 2,
        true),
    DifficultyVector(
        "55…56 past max", "5555555555555555555555555555555555555555555555555555555555555556", .littleEndian,
        3, false),
    DifficultyVector(
        "byte 7 = 01", "0000000000000001000000000000000000000000000000000000000000000000", .littleEndian, 0,
        true),
    DifficultyVector(
        "byte 7 = 01 at max", "0000000000000001000000000000000000000000000000000000000000000000",
        .littleEndian, 18_446_744_073_709_551_615, true),
    DifficultyVector(
        "byte 7 = 01, byte 8 = 80", "0000000000000001800000000000000000000000000000000000000000000000",
        .littleEndian, 0, true),
    DifficultyVector(
        "byte 7 = 01, byte 8 = 80 at max", "0000000000000001800000000000000000000000000000000000000000000000",
        .littleEndian, 18_446_744_073_709_551_615, true),
    DifficultyVector(
        "bytes 8… = ff", "0000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff", .littleEndian, 0,
        true),
    DifficultyVector(
        "bytes 8… = ff at max", "0000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff",
        .littleEndian, 1, true),
    DifficultyVector(
        "bytes 8… = ff past max", "0000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff",
        .littleEndian, 2, false),
    DifficultyVector(
        "random 0 at max", "000000ac8cde0aa5d2b77ab47d8bb32c2de905a4245c55f7a03aced5c792d1dc", .bigEndian,
        24_891_108, true),
    DifficultyVector(
        "random 0 past max", "000000ac8cde0aa5d2b77ab47d8bb32c2de905a4245c55f7a03aced5c792d1dc", .bigEndian,
        24_891_109, false),
    DifficultyVector(
        "random 0 at max", "dcd192c7d5ce3aa0f7555c24a405e92d2cb38b7db47ab7d2a50ade8cac000000", .littleEndian,
        24_891_108, true),
    DifficultyVector(
        "random 0 past max", "dcd192c7d5ce3aa0f7555c24a405e92d2cb38b7db47ab7d2a50ade8cac000000",
        .littleEndian, 24_891_109, false),
    DifficultyVector(
        "random 1 at max", "00000000000000bd386c3e6d9fe31b2cddfdab23c32cea7e450c7e34b2a845af", .bigEndian,
        97_488_135_057_752_109, true),
    DifficultyVector(
        "random 1 past max", "00000000000000bd386c3e6d9fe31b2cddfdab23c32cea7e450c7e34b2a845af", .bigEndian,
        97_488_135_057_752_110, false),
    DifficultyVector(
        "random 1 at max", "af45a8b2347e0c457eea2cc323abfddd2c1be39f6d3e6c38bd00000000000000", .littleEndian,
        97_488_135_057_752_109, true),
    DifficultyVector(
        "random 1 past max", "af45a8b2347e0c457eea2cc323abfddd2c1be39f6d3e6c38bd00000000000000",
        .littleEndian, 97_488_135_057_752_110, false),
    DifficultyVector(
        "random 2 at max", "000000000000000075d0c4122926484f6e547fcd24638b5c3d7d4642ba8730ca", .bigEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "random 2 at max", "ca3087ba42467d3d5c8b6324cd7f546e4f48262912c4d0750000000000000000", .littleEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "random 3 at max", "0000000000f8455e2885bdf6eb965ad02b5a89ec110eea828edd98166f4a034c", .bigEndian,
        1_133_741_004_789, true),
    DifficultyVector(
        "random 3 past max", "0000000000f8455e2885bdf6eb965ad02b5a89ec110eea828edd98166f4a034c", .bigEndian,
        1_133_741_004_790, false),
    DifficultyVector(
        "random 3 at max", "4c034a6f1698dd8e82ea0e11ec895a2bd05a96ebf6bd85285e45f80000000000", .littleEndian,
        1_133_741_004_789, true),
    DifficultyVector(
        "random 3 past max", "4c034a6f1698dd8e82ea0e11ec895a2bd05a96ebf6bd85285e45f80000000000",
        .littleEndian, 1_133_741_004_790, false),
    DifficultyVector(
        "random 4 at max", "0000001ab5cd27c009b6a366097fed0066353cd0bc93af2030cc6adc34c4462a", .bigEndian,
        160_799_000, true),
    DifficultyVector(
        "random 4 past max", "0000001ab5cd27c009b6a366097fed0066353cd0bc93af2030cc6adc34c4462a", .bigEndian,
        160_799_001, false),
    DifficultyVector(
        "random 4 at max", "2a46c434dc6acc3020af93bcd03c356600ed7f0966a3b609c027cdb51a000000", .littleEndian,
        160_799_000, true),
    DifficultyVector(
        "random 4 past max", "2a46c434dc6acc3020af93bcd03c356600ed7f0966a3b609c027cdb51a000000",
        .littleEndian, 160_799_001, false),
    DifficultyVector(
        "random 5 at max", "0000000000000000ce0674d98fb1f107570c57ca7d98f1d864407a0eea68a9bf", .bigEndian,
        18_446_744_073_709_551_615, true),
    DifficultyVector(
        "random 5 at max", "bfa968ea0e7a4064d8f1987dca570c5707f1b18fd97406ce0000000000000000", .littleEndian,
        18_446_744_073_709_551_615, true),
]

@Suite("Registration seal")
struct SealTests {
    @Test("V6 inner hash of block hash and hotkey")
    func innerHash() throws {
        let inner = Seal.innerHash(blockHash: try Hex.decode(V6.blockHash), hotkey: try Hex.decode(V6.hotkey))
        #expect(inner.hexString == V6.innerOfBlockAndHotkey)
    }

    @Test("V6 seal for nonce 10")
    func seal() throws {
        #expect(Seal.hash(nonce: 10, inner: try Hex.decode(V6.inner)).hexString == V6.sealForInnerNonce10)
    }

    @Test("V6 derived seal from block hash and hotkey")
    func derivedSeal() throws {
        let blockHash = try Hex.decode(V6.blockHash)
        let hotkey = try Hex.decode(V6.hotkey)
        let inner = try Hex.decode(V6.innerOfBlockAndHotkey)
        #expect(Seal.hash(nonce: 10, inner: inner).hexString == V6.derivedSealNonce10)
        #expect(Seal.hash(nonce: 10, blockHash: blockHash, hotkey: hotkey).hexString == V6.derivedSealNonce10)
    }

    @Test("V6 historical sha256-only seal is the inner SHA-256 step")
    func historicalSha256Only() throws {
        let input = [10, 0, 0, 0, 0, 0, 0, 0] + (try Hex.decode(V6.inner))
        let sha = SHA256.hash(input)
        #expect(sha.hexString == V6.historicalSha256Only)
        #expect(Keccak256.hash(sha).hexString == V6.sealForInnerNonce10)
    }

    @Test("legacy seal hashes the block hash in place of the inner hash")
    func legacySeal() throws {
        let blockHash = try Hex.decode(V6.blockHash)
        #expect(Seal.legacyHash(nonce: 10, blockHash: blockHash).hexString == V6.legacySealNonce10)
        #expect(Seal.legacyHash(nonce: 10, blockHash: blockHash) == Seal.hash(nonce: 10, inner: blockHash))
    }

    @Test("nonce is serialised little-endian")
    func nonceByteOrder() throws {
        let inner = try Hex.decode(V6.inner)
        let nonce: UInt64 = 0x0102_0304_0506_0708
        let expected = Keccak256.hash(SHA256.hash([8, 7, 6, 5, 4, 3, 2, 1] + inner))
        #expect(Seal.hash(nonce: nonce, inner: inner) == expected)
    }

    @Test("V6 difficulty boundaries", arguments: v6DifficultyVectors)
    func v6Difficulty(_ vector: DifficultyVector) throws {
        let seal = try Hex.decode(vector.seal)
        #expect(
            Seal.meetsDifficulty(seal, difficulty: vector.difficulty, byteOrder: vector.byteOrder)
                == vector.passes)
    }

    @Test("difficulty boundaries", arguments: difficultyVectors)
    func difficulty(_ vector: DifficultyVector) throws {
        let seal = try Hex.decode(vector.seal)
        #expect(
            Seal.meetsDifficulty(seal, difficulty: vector.difficulty, byteOrder: vector.byteOrder)
                == vector.passes)
    }

    @Test("a seal that is not 32 bytes never meets difficulty", arguments: [0, 31, 33, 64])
    func wrongLength(_ count: Int) {
        let seal = [UInt8](repeating: 0, count: count)
        for byteOrder in Seal.ByteOrder.allCases {
            #expect(!Seal.meetsDifficulty(seal, difficulty: 0, byteOrder: byteOrder))
            #expect(!Seal.meetsDifficulty(seal, difficulty: 1, byteOrder: byteOrder))
        }
    }
}
