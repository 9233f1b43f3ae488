import Testing

@testable import Keys

@Suite("sr25519 verification")
struct Sr25519VerifyTests {
    /// A valid //Alice signature of "verify", its message and public key.
    static func aliceSignature() throws -> (signature: [UInt8], message: [UInt8], publicKey: [UInt8]) {
        let pair = try KeyPair(uri: "//Alice")
        var random = SeededGenerator(state: 1)
        let message = Array("verify".utf8)
        let signature = Sr25519.sign(
            message, with: try #require(Sr25519SecretKey(bytes: pair.privateKey)), using: &random)
        return (signature, message, pair.publicKey)
    }

    /// Replaces bytes `range` of `bytes` with `replacement`.
    static func replacing(_ bytes: [UInt8], _ range: Range<Int>, with replacement: [UInt8]) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(range, with: replacement)
        return copy
    }

    /// ℓ with schnorrkel's marker bit, and s + ℓ, both non-canonical responses.
    static func nonCanonicalResponses(_ signature: [UInt8]) -> [[UInt8]] {
        var withMarker = Scalar.order
        withMarker[31] |= 0x80
        var sum = [UInt8](repeating: 0, count: 32)
        var carry = 0
        for index in 0..<32 {
            let byte = Int(index == 31 ? signature[63] & 0x7F : signature[32 + index])
            let total = byte + Int(Scalar.order[index]) + carry
            sum[index] = UInt8(total & 0xFF)
            carry = total >> 8
        }
        sum[31] |= 0x80
        return [withMarker, sum]
    }

    @Test("the untouched signature verifies")
    func valid() throws {
        let (signature, message, key) = try Self.aliceSignature()
        #expect(Sr25519.verify(signature: signature, message: message, publicKey: key))
    }

    @Test("a missing marker bit or a non-canonical s is refused")
    func badResponse() throws {
        let (signature, message, key) = try Self.aliceSignature()
        var unmarked = signature
        unmarked[63] &= 0x7F
        #expect(!Sr25519.verify(signature: unmarked, message: message, publicKey: key))
        for response in Self.nonCanonicalResponses(signature) {
            let bad = Self.replacing(signature, 32..<64, with: response)
            #expect(!Sr25519.verify(signature: bad, message: message, publicKey: key))
        }
    }

    @Test("an R that is not a valid encoding is refused", arguments: RistrettoVectorTests.invalidEncodings)
    func badCommitment(_ reason: String, _ hex: String) throws {
        let (signature, message, key) = try Self.aliceSignature()
        let bad = Self.replacing(signature, 0..<32, with: bytes(hex))
        #expect(!Sr25519.verify(signature: bad, message: message, publicKey: key), "\(reason)")
    }

    @Test(
        "a public key that is not a valid encoding is refused",
        arguments: RistrettoVectorTests.invalidEncodings)
    func badPublicKey(_ reason: String, _ hex: String) throws {
        let (signature, message, _) = try Self.aliceSignature()
        #expect(!Sr25519.verify(signature: signature, message: message, publicKey: bytes(hex)), "\(reason)")
    }

    @Test("valid but wrong keys and commitments are refused", arguments: RistrettoVectorTests.smallMultiples)
    func wrongPoints(_ hex: String) throws {
        let (signature, message, key) = try Self.aliceSignature()
        #expect(!Sr25519.verify(signature: signature, message: message, publicKey: bytes(hex)))
        let bad = Self.replacing(signature, 0..<32, with: bytes(hex))
        #expect(!Sr25519.verify(signature: bad, message: message, publicKey: key))
    }

    @Test(
        "verification agrees with the libsodium formula on random keys, messages and tampering",
        arguments: 0..<4)
    func agreesWithSodium(_ seed: UInt64) throws {
        var random = SeededGenerator(state: 100 + seed)
        for round in 0..<16 {
            let secret = Sr25519SecretKey(
                miniSecret: (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) })
            let message = (0..<round * 7).map { _ in UInt8.random(in: 0...255, using: &random) }
            var signature = Sr25519.sign(message, with: secret, using: &random)
            if round % 2 == 1 {
                signature[Int.random(in: 0..<63, using: &random)] ^=
                    1 << UInt8.random(in: 0..<8, using: &random)
            }
            let key = secret.publicKey.bytes
            let expected = Self.sodiumVerify(signature: signature, message: message, publicKey: key)
            #expect(Sr25519.verify(signature: signature, message: message, publicKey: key) == expected)
            #expect(expected == (round % 2 == 0))
        }
    }

    /// The textbook check `s·B − k·A = R` with libsodium's constant-time ristretto255 operations.
    static func sodiumVerify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature[63] & 0x80 != 0, let point = RistrettoPoint(bytes: publicKey) else { return false }
        var response = Array(signature[32..<64])
        response[31] &= 0x7F
        guard let s = Scalar(canonicalBytes: response) else { return false }
        var transcript = SigningContext.substrate.transcript(for: message)
        transcript.appendMessage(label: "proto-name", Array("Schnorr-sig".utf8))
        transcript.appendMessage(label: "sign:pk", publicKey)
        transcript.appendMessage(label: "sign:R", Array(signature[0..<32]))
        let k = Scalar(wideBytes: transcript.challengeBytes(label: "sign:c", count: 64))
        return (RistrettoPoint.base(times: s) - point.times(k)).bytes == Array(signature[0..<32])
    }
}
