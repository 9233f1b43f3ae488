import Hashing
import Testing

@testable import Runtime

/// Block headers, blocks and the extrinsics root.
@Suite struct BlockCodecTests {
    static let header = BlockHeader(
        number: 0x0102, parentHash: Hash256(words: (1, 1, 1, 1)), stateRoot: Hash256(words: (2, 2, 2, 2)),
        extrinsicsRoot: .zero, timestamp: 1_700_000_000_000, author: AccountID(testSeed: 4))

    static func hashes(_ count: Int) -> [Hash256] {
        (0..<count).map { Hash256(blake2b256: [UInt8(truncatingIfNeeded: $0)]) }
    }

    @Test func headerHasTheDocumentedLayoutAndHash() throws {
        let bytes = Self.header.encoded()
        #expect(bytes.count == 144)
        #expect(Array(bytes[0..<8]) == [2, 1, 0, 0, 0, 0, 0, 0])
        #expect(Array(bytes[8..<40]) == Self.header.parentHash.bytes)
        #expect(Array(bytes[40..<72]) == Self.header.stateRoot.bytes)
        #expect(Array(bytes[72..<104]) == Self.header.extrinsicsRoot.bytes)
        #expect(Array(bytes[104..<112]) == [0x00, 0x68, 0xe5, 0xcf, 0x8b, 0x01, 0, 0])
        #expect(Array(bytes[112..<144]) == Array(repeating: 4, count: 32))
        #expect(Self.header.hash.bytes == Blake2b.hash256(bytes))
        try CodecCase("header", Self.header).checkAll()
    }

    @Test func hash256ReadsAndWritesItsBytesInOrder() throws {
        let bytes = (0..<32).map { UInt8($0) }
        let hash = try Hash256(bytes: bytes)
        #expect(hash.bytes == bytes)
        #expect(hash.encoded() == bytes)
        #expect(try Hash256(hex: hash.description) == hash)
        #expect(throws: Hash256Error.wrongLength(31)) { try Hash256(bytes: bytes.dropLast()) }
        try CodecCase("hash", hash).checkAll()
    }

    @Test func emptyAndSingleRoots() {
        #expect(ExtrinsicsRoot.compute([]) == .zero)
        let one = Self.hashes(1)
        #expect(ExtrinsicsRoot.compute(one) == Hash256(blake2b256: [0] + one[0].bytes))
    }

    @Test func oddNodesMoveUpUnchanged() {
        let h = Self.hashes(5)
        let leaf = h.map(ExtrinsicsRoot.leaf)
        let node = ExtrinsicsRoot.node
        #expect(ExtrinsicsRoot.compute(Array(h[0..<2])) == node(leaf[0], leaf[1]))
        #expect(ExtrinsicsRoot.compute(Array(h[0..<3])) == node(node(leaf[0], leaf[1]), leaf[2]))
        #expect(
            ExtrinsicsRoot.compute(h) == node(node(node(leaf[0], leaf[1]), node(leaf[2], leaf[3])), leaf[4]))
        #expect(node(leaf[0], leaf[1]) == Hash256(blake2b256: [1] + leaf[0].bytes + leaf[1].bytes))
    }

    @Test func differentListsHaveDifferentRoots() {
        let h = Self.hashes(3)
        let lists = [[], [h[0]], [h[0], h[1]], [h[1], h[0]], h, h + [h[2]], [h[0], h[1], h[2], h[0]]]
        #expect(Set(lists.map(ExtrinsicsRoot.compute)).count == lists.count)
    }

    static func block(extrinsicCount: Int) -> Block {
        let extrinsics = (0..<extrinsicCount).map { index in
            SignedExtrinsic(
                signer: AccountID(testSeed: UInt8(index)), signature: .empty, nonce: UInt64(index),
                call: .balances(.transfer(destination: AccountID(testSeed: 9), amount: 600)))
        }
        var header = header
        header.extrinsicsRoot = ExtrinsicsRoot.compute(extrinsics.map(\.hash))
        return Block(header: header, extrinsics: extrinsics)
    }

    @Test(arguments: [0, 1, 2, 3])
    func blockRoundTrips(extrinsicCount: Int) throws {
        let block = Self.block(extrinsicCount: extrinsicCount)
        #expect(block.hasValidExtrinsicsRoot)
        #expect(block.hash == block.header.hash)
        try CodecCase("block of \(extrinsicCount)", block).checkAll()
    }

    @Test func blockErrorsPointIntoTheExtrinsic() {
        let block = Self.block(extrinsicCount: 2)
        var bytes = block.encoded()
        // Second extrinsic: after the header, the count, the first extrinsic and its own two-byte length.
        let extrinsicSize = block.extrinsics[0].encoded().count
        #expect(extrinsicSize == 156)
        let secondVersion = 144 + 1 + 2 + extrinsicSize + 2
        bytes[secondVersion + 33] = 7  // its key type
        #expect(
            throws: CodecError(
                .unknownVariant(index: 7), reading: "KeyType", at: secondVersion + 33,
                path: ["extrinsics[1]", "keyType"])
        ) {
            try Block(decoding: bytes)
        }
    }

    @Test func extrinsicThatDoesNotFillItsLengthIsRefused() {
        var bytes = Self.block(extrinsicCount: 1).encoded()
        // Announce one byte more for the extrinsic and append it.
        bytes[145] += 4
        bytes.append(0)
        #expect {
            try Block(decoding: bytes)
        } throws: { error in
            guard let error = error as? CodecError, case .trailingBytes(1) = error.reason else {
                return false
            }
            return error.path == ["extrinsics[0]"]
        }
    }
}
