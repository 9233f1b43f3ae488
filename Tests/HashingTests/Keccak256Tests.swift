import Hashing
import Testing

/// An input and its Keccak-256 digest.
struct KeccakVector: Sendable, CustomTestStringConvertible {
    let input: TestInput
    let digest: String

    init(_ input: TestInput, _ digest: String) {
        self.input = input
        self.digest = digest
    }

    var testDescription: String { input.testDescription }
}

/// Digests from pycryptodome's `keccak.new(digest_bits=256)`; the first three are the well-known values.
let keccakVectors: [KeccakVector] = [
    KeccakVector(.ascii(""), "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
    KeccakVector(.ascii("abc"), "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
    KeccakVector(
        .ascii("The quick brown fox jumps over the lazy dog"),
        "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"),
    KeccakVector(
        .repeated(0xA3, count: 200), "3a57666b048777f2c953dc4456f45a2588e1cb6f2da760122d530ac2ce607d4a"),
    KeccakVector(
        .repeated(UInt8(ascii: "a"), count: 1_000_000),
        "fadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96"),
    KeccakVector(.counting(1), "bc36789e7a1e281436464229828f817d6612f7b477d66591ff96a9e064bcc98a"),
    KeccakVector(.counting(55), "797f92d5e159d80a886c0a7802a255b475a1e8e473e8cf4345144824a2aee79c"),
    KeccakVector(.counting(135), "cbdfd9dee5faad3818d6b06f95a219fd290b0e1706f6a82e5a595b9ce9faca62"),
    KeccakVector(.counting(136), "7ce759f1ab7f9ce437719970c26b0a66ff11fe3e38e17df89cf5d29c7d7f807e"),
    KeccakVector(.counting(137), "ac73d4fae68b8453f764007c1a20ce95994187861f0c3227a3a8e99a73a3b1db"),
    KeccakVector(.counting(200), "bfb0aa97863e797943cf7c33bb7e880bb4543f3d2703c0923c6901c2af57b890"),
    KeccakVector(.counting(271), "7c974895b2a88303ff2dc6b58f438ceb0b298cac91099ac0539cc0f477506191"),
    KeccakVector(.counting(272), "fdf2ec49e749960d3c8521a0219af8d03e30e2b3bf19bd16150ee0eaf133d66e"),
    KeccakVector(.counting(273), "4f707289a9c3ccd0c4a51f2f17339f5dd171d371c04ff7783b735b5b22682eaf"),
    KeccakVector(.counting(1000), "aca79e4146e30eb1c733f6d6060d72471c36ea4e01ebf45d7f4916249c2bbd82"),
]

@Suite("Keccak-256")
struct Keccak256Tests {
    @Test("one-shot digest matches reference", arguments: keccakVectors)
    func oneShot(_ vector: KeccakVector) {
        #expect(Keccak256.hash(vector.input.bytes).hexString == vector.digest)
    }

    @Test("streaming in chunks matches one-shot", arguments: chunkSizes)
    func streaming(chunkSize: Int) {
        let digest = digestInChunks(Keccak256(), countingBytes(1000), chunkSize: chunkSize)
        #expect(digest.hexString == "aca79e4146e30eb1c733f6d6060d72471c36ea4e01ebf45d7f4916249c2bbd82")
    }

    @Test("empty updates change nothing")
    func emptyUpdates() {
        var hasher = Keccak256()
        hasher.update([UInt8]())
        hasher.update(Array("abc".utf8))
        hasher.update([UInt8]())
        #expect(
            hasher.finalize().hexString == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
    }

    @Test("finalize leaves the hasher usable")
    func finalizeIsNonDestructive() {
        var hasher = Keccak256()
        hasher.update(Array("ab".utf8))
        let prefix = hasher.finalize()
        #expect(hasher.finalize() == prefix)
        hasher.update(Array("c".utf8))
        #expect(prefix == Keccak256.hash(Array("ab".utf8)))
        #expect(hasher.finalize() == Keccak256.hash(Array("abc".utf8)))
    }

    @Test("non-contiguous sequences are hashed like arrays")
    func nonContiguousSequence() {
        let lazyBytes = (0..<10_000).lazy.map { UInt8(truncatingIfNeeded: $0) }
        #expect(
            Keccak256.hash(lazyBytes).hexString
                == "d4948f63eb00454bd688ab34a1029b85d2e0467b2b1bde6fc0fe8a989dc33cc7")
    }

    @Test("digest is 32 bytes")
    func digestLength() {
        #expect(Keccak256().outputByteCount == 32)
        #expect(Keccak256.hash([UInt8]()).count == Keccak256.digestByteCount)
    }
}
