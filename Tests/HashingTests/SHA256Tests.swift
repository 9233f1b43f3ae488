import Hashing
import Testing

/// FIPS 180-2 example digests, plus 10 000 counting bytes from Python's `hashlib.sha256`.
let sha256Vectors: [(input: TestInput, digest: String)] = [
    (.ascii(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (.ascii("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
        .ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
        .repeated(UInt8(ascii: "a"), count: 1_000_000),
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    ),
    (.counting(10_000), "3421d9aa928a94decb191ab8e8b76c1d8434bf602c5b3ba10ad42f54c8199c34"),
]

@Suite("SHA-256")
struct SHA256Tests {
    @Test("one-shot digest matches reference", arguments: sha256Vectors)
    func oneShot(input: TestInput, digest: String) {
        #expect(SHA256.hash(input.bytes).hexString == digest)
    }

    @Test("streaming in chunks matches one-shot", arguments: chunkSizes)
    func streaming(chunkSize: Int) {
        let digest = digestInChunks(SHA256(), countingBytes(1000), chunkSize: chunkSize)
        #expect(digest.hexString == "a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f")
    }

    @Test("finalize leaves the hasher usable")
    func finalizeIsNonDestructive() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        let prefix = hasher.finalize()
        #expect(hasher.finalize() == prefix)
        hasher.update(Array("c".utf8))
        #expect(
            hasher.finalize().hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hasher.outputByteCount == 32)
    }
}
