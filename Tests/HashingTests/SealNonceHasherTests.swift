import Hashing
import Testing

/// The allocation-free seal path must agree byte for byte with `Seal.hash` and `Seal.meetsDifficulty`.
@Suite("Seal.NonceHasher")
struct SealNonceHasherTests {
    /// A deterministic byte generator (SplitMix64), so failures reproduce.
    struct Bytes {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    @Test("the spec's V6 seals: hotkey-specific and legacy, nonce 10")
    func v6() throws {
        let blockHash = try Hex.decode(V6.blockHash)
        let hotkey = try Hex.decode(V6.hotkey)
        let hotkeyHasher = try #require(Seal.NonceHasher(blockHash: blockHash, hotkey: hotkey))
        #expect(Hex.encode(hotkeyHasher.hash(nonce: 10).bytes) == V6.derivedSealNonce10)
        let innerHasher = try #require(Seal.NonceHasher(inner: try Hex.decode(V6.inner)))
        #expect(Hex.encode(innerHasher.hash(nonce: 10).bytes) == V6.sealForInnerNonce10)
        let legacy = try #require(Seal.NonceHasher(inner: blockHash))
        #expect(Hex.encode(legacy.hash(nonce: 10).bytes) == V6.legacySealNonce10)
    }

    @Test("identical seals to Seal.hash for random inners and nonces, including the extremes")
    func agreesWithSealHash() throws {
        var random = Bytes(state: 42)
        for _ in 0..<64 {
            let inner = random.bytes(32)
            let hasher = try #require(Seal.NonceHasher(inner: inner))
            for nonce in [0, 1, 255, 256, UInt64(UInt32.max), UInt64(UInt32.max) + 1, .max, random.next()] {
                #expect(hasher.hash(nonce: nonce).bytes == Seal.hash(nonce: nonce, inner: inner))
            }
        }
    }

    @Test("the same difficulty verdict as Seal.meetsDifficulty", arguments: Seal.ByteOrder.allCases)
    func agreesWithMeetsDifficulty(byteOrder: Seal.ByteOrder) throws {
        var random = Bytes(state: 7)
        let hasher = try #require(Seal.NonceHasher(inner: random.bytes(32)))
        for nonce in UInt64(0)..<2_000 {
            let digest = hasher.hash(nonce: nonce)
            let bytes = digest.bytes
            // Around each seal's own boundary (the largest passing difficulty) and a few fixed values.
            let top = bytes.withUnsafeBytes { raw in
                byteOrder == .bigEndian
                    ? UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
                    : UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
            }
            let boundary = top == 0 ? UInt64.max : UInt64.max / top
            for difficulty in [0, 1, 2, 10_000_000, boundary &- 1, boundary, boundary &+ 1, .max] {
                #expect(
                    digest.meets(difficulty: difficulty, byteOrder: byteOrder)
                        == Seal.meetsDifficulty(bytes, difficulty: difficulty, byteOrder: byteOrder))
            }
        }
    }

    @Test("search returns the first nonce from the start whose seal meets the difficulty")
    func search() throws {
        var random = Bytes(state: 99)
        let inner = random.bytes(32)
        let hasher = try #require(Seal.NonceHasher(inner: inner))
        let start = UInt64.max - 500  // wraps past 2^64
        let found = try #require(hasher.search(from: start, count: 100_000, difficulty: 1_000, byteOrder: .bigEndian))
        for offset in 0..<found.offset {
            #expect(!Seal.meetsDifficulty(Seal.hash(nonce: start &+ offset, inner: inner), difficulty: 1_000, byteOrder: .bigEndian))
        }
        #expect(found.seal.bytes == Seal.hash(nonce: start &+ found.offset, inner: inner))
        #expect(Seal.meetsDifficulty(found.seal.bytes, difficulty: 1_000, byteOrder: .bigEndian))
        #expect(hasher.search(from: 0, count: 0, difficulty: 1, byteOrder: .bigEndian) == nil)
    }

    @Test("inners that are not 32 bytes are refused")
    func refusesShortInner() {
        #expect(Seal.NonceHasher(inner: []) == nil)
        #expect(Seal.NonceHasher(inner: [UInt8](repeating: 0, count: 33)) == nil)
        #expect(Seal.NonceHasher(blockHash: [UInt8](repeating: 0, count: 31), hotkey: [UInt8](repeating: 0, count: 32)) == nil)
    }
}
