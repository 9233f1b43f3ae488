import Hashing
import Testing

/// The eight-lane seal hasher must agree byte for byte with the scalar `Seal.NonceHasher`, and its
/// search must return the same offset and seal as the scalar search.
@Suite("Seal.LaneHasher")
struct SealLaneHasherTests {
    typealias Bytes = SealNonceHasherTests.Bytes

    /// Start nonces around the lane boundaries, the 2^32 carry into the nonce's high word and 2^64.
    static let starts: [UInt64] = [
        0, 1, 7, 8, 9, 10, 1_000_003, UInt64(UInt32.max) - 8, UInt64(UInt32.max) - 3, UInt64(UInt32.max),
        UInt64(UInt32.max) + 1, 0x0123_4567_FFFF_FFFD, .max - 7, .max - 3, .max,
    ]

    @Test("the spec's V6 seals in every lane position", arguments: 0..<8)
    func v6(lane: Int) throws {
        let start = 10 &- UInt64(lane)
        let cases: [(Seal.LaneHasher?, String)] = [
            (Seal.LaneHasher(blockHash: try Hex.decode(V6.blockHash), hotkey: try Hex.decode(V6.hotkey)), V6.derivedSealNonce10),
            (Seal.LaneHasher(inner: try Hex.decode(V6.inner)), V6.sealForInnerNonce10),
            (Seal.LaneHasher(inner: try Hex.decode(V6.blockHash)), V6.legacySealNonce10),
        ]
        for (hasher, expected) in cases {
            let seals = try #require(hasher).hashes(from: start)
            #expect(Hex.encode(seals[lane].bytes) == expected)
        }
    }

    @Test("identical seals to the scalar hasher for random inners", arguments: starts)
    func agreesWithScalar(start: UInt64) throws {
        var random = Bytes(state: start ^ 0x5EA1)
        for _ in 0..<16 {
            let inner = random.bytes(32)
            let lanes = try #require(Seal.LaneHasher(inner: inner))
            let scalar = try #require(Seal.NonceHasher(inner: inner))
            let seals = lanes.hashes(from: start)
            #expect(seals.count == Seal.LaneHasher.laneCount)
            for (lane, seal) in seals.enumerated() {
                #expect(seal == scalar.hash(nonce: start &+ UInt64(lane)), "inner \(Hex.encode(inner)) lane \(lane)")
            }
        }
        let random64 = random.next()
        let inner = random.bytes(32)
        let lanes = try #require(Seal.LaneHasher(inner: inner))
        #expect(lanes.hashes(from: random64).map(\.bytes) == (0..<8).map { Seal.hash(nonce: random64 &+ $0, inner: inner) })
    }

    /// A search: its start, nonce count, difficulty and inner seed.
    struct SearchCase: Sendable, CustomTestStringConvertible {
        var start: UInt64
        var count: UInt64
        var difficulty: UInt64
        var seed: UInt64
        var testDescription: String { "start \(start), count \(count), difficulty \(difficulty)" }
    }

    static let searches: [SearchCase] = [
        // Small difficulties: most nonces match, so the first lane of the first group decides.
        SearchCase(start: 0, count: 64, difficulty: 0, seed: 1),
        SearchCase(start: 5, count: 64, difficulty: 1, seed: 2),
        SearchCase(start: 3, count: 64, difficulty: 2, seed: 3),
        SearchCase(start: 11, count: 200, difficulty: 3, seed: 4),
        SearchCase(start: 0, count: 500, difficulty: 7, seed: 5),
        SearchCase(start: 1, count: 3_000, difficulty: 100, seed: 6),
        SearchCase(start: 0, count: 20_000, difficulty: 5_000, seed: 7),
        // Counts that are not a multiple of eight, and a match just past the end.
        SearchCase(start: 100, count: 1, difficulty: 3, seed: 8),
        SearchCase(start: 100, count: 5, difficulty: 50, seed: 9),
        SearchCase(start: 100, count: 13, difficulty: 9, seed: 10),
        SearchCase(start: 0, count: 0, difficulty: 1, seed: 11),
        // Wrapping at 2^32 and at 2^64.
        SearchCase(start: UInt64(UInt32.max) - 20, count: 4_000, difficulty: 1_000, seed: 12),
        SearchCase(start: .max - 500, count: 100_000, difficulty: 1_000, seed: 13),
        SearchCase(start: .max - 2, count: 50, difficulty: 4, seed: 14),
        // No match within the count.
        SearchCase(start: 77, count: 3_001, difficulty: .max, seed: 15),
        SearchCase(start: 77, count: 1_000, difficulty: 1 << 40, seed: 16),
    ]

    @Test("search returns the scalar search's offset and seal", arguments: searches, Seal.ByteOrder.allCases)
    func searchMatchesScalar(search: SearchCase, byteOrder: Seal.ByteOrder) throws {
        var random = Bytes(state: search.seed)
        for _ in 0..<4 {
            let inner = random.bytes(32)
            let lanes = try #require(Seal.LaneHasher(inner: inner))
            let scalar = try #require(Seal.NonceHasher(inner: inner))
            let expected = scalar.search(
                from: search.start, count: search.count, difficulty: search.difficulty, byteOrder: byteOrder)
            let found = lanes.search(
                from: search.start, count: search.count, difficulty: search.difficulty, byteOrder: byteOrder)
            #expect(found?.offset == expected?.offset)
            #expect(found?.seal == expected?.seal)
        }
    }

    @Test("a count within eight of 2^64 ends without wrapping the offset")
    func hugeCount() throws {
        let hasher = try #require(Seal.LaneHasher(inner: [UInt8](repeating: 9, count: 32)))
        let found = try #require(hasher.search(from: .max - 1, count: .max, difficulty: 1, byteOrder: .littleEndian))
        let scalar = try #require(Seal.NonceHasher(inner: [UInt8](repeating: 9, count: 32)))
        #expect(found.offset == scalar.search(from: .max - 1, count: .max, difficulty: 1, byteOrder: .littleEndian)?.offset)
    }

    @Test("inners that are not 32 bytes are refused")
    func refusesShortInner() {
        #expect(Seal.LaneHasher(inner: []) == nil)
        #expect(Seal.LaneHasher(inner: [UInt8](repeating: 0, count: 31)) == nil)
        #expect(Seal.LaneHasher(blockHash: [UInt8](repeating: 0, count: 32), hotkey: [UInt8](repeating: 0, count: 33)) == nil)
    }
}
