import Hashing
import Testing

/// Digests from Python's `hashlib.sha3_256`; empty and `abc` are the FIPS 202 examples.
let sha3Vectors: [(TestInput, String)] = [
    (.ascii(""), "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"),
    (.ascii("abc"), "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"),
    (.repeated(UInt8(ascii: "a"), count: 1_000_000), "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1"),
    (.counting(1), "5d53469f20fef4f8eab52b88044ede69c77a6a68a60728609fc4a65ff531e7d0"),
    (.counting(3), "1186d49a4ad620618f760f29da2c593b2ec2cc2ced69dc16817390d861e62253"),
    (.counting(135), "fded8fd9d6551c601eeb3b7c6bc5e5cfd8aad1d015b7e9aaa9c9b9475231d5e2"),
    (.counting(136), "cf3ccff92480a29160c2d38317c430e14749bfee1788106957dfe73f8c4930e5"),
    (.counting(137), "ce9d7dc90913ee5d92745019479a5352c6d6279bef18ed07dc0a83ee8084daca"),
    (.counting(271), "d409bcbb54825556454a757a1f629135ba49c0467dcf6b4e0aa69e9718dd31e6"),
    (.counting(272), "0b21ec4a8eff6d179e09ba9fe0ab08515b24e0923fbf419f5c30a38e64577db5"),
    (.counting(1000), "14e5de35911194ddad95ac1572e2b6ce054ed2146cd0562280fcab04ccfecbd8"),
]

@Suite("SHA3-256")
struct SHA3_256Tests {
    @Test("one-shot digest matches hashlib", arguments: sha3Vectors)
    func oneShot(input: TestInput, digest: String) {
        #expect(Hex.encode(SHA3_256.hash(input.bytes)) == digest)
    }

    @Test("absorbing in uneven pieces gives the same digest", arguments: sha3Vectors)
    func streaming(input: TestInput, digest: String) {
        var hasher = SHA3_256()
        var rest = input.bytes[...]
        var step = 1
        while !rest.isEmpty {
            hasher.update(Array(rest.prefix(step)))
            rest = rest.dropFirst(step)
            step = step * 3 % 151 + 1
        }
        #expect(Hex.encode(hasher.finalize()) == digest)
    }

    @Test("differs from Keccak-256, which pads with 0x01")
    func notKeccak() {
        #expect(SHA3_256.hash([]) != Keccak256.hash([]))
    }

    @Test("hexDigest hashes a string's UTF-8 bytes")
    func hexOfString() {
        #expect(SHA3_256.hexDigest("21") == Hex.encode(SHA3_256.hash(Array("21".utf8))))
        #expect(SHA3_256.hexDigest("") == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
    }
}
