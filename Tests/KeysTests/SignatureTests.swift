import Hashing
import Testing

@testable import Keys

@Suite("Signatures")
struct SignatureTests {
    @Test("signatures made in Python verify", arguments: OracleVectors.signatures)
    func pythonSignatures(_ vector: SignatureVector) throws {
        let pair = try KeyPair(seed: bytes(vector.seed), scheme: vector.scheme)
        #expect(pair.publicKey.hexString == vector.publicKey)
        #expect(
            KeyPair.verify(
                signature: bytes(vector.signature), message: bytes(vector.message),
                publicKey: bytes(vector.publicKey), scheme: vector.scheme))
        if vector.scheme == .ed25519 {
            // Ed25519 is deterministic: the same seed and message give the same signature.
            #expect(pair.sign(bytes(vector.message)).hexString == vector.signature)
        }
    }

    @Test("tampered messages, signatures and keys fail", arguments: OracleVectors.signatures)
    func tampered(_ vector: SignatureVector) {
        let signature = bytes(vector.signature)
        let message = bytes(vector.message)
        let key = bytes(vector.publicKey)
        func verify(_ signature: [UInt8], _ message: [UInt8], _ key: [UInt8]) -> Bool {
            KeyPair.verify(signature: signature, message: message, publicKey: key, scheme: vector.scheme)
        }
        #expect(!verify(signature, message + [0], key))
        if !message.isEmpty {
            var flipped = message
            flipped[0] ^= 1
            #expect(!verify(signature, flipped, key))
        }
        for index in [0, 31, 32, 62] {
            var bad = signature
            bad[index] ^= 0x01
            #expect(!verify(bad, message, key), "signature byte \(index) flipped")
        }
        var badKey = key
        badKey[5] ^= 0x10
        #expect(!verify(signature, message, badKey))
        #expect(!verify(Array(signature.prefix(63)), message, key))
        #expect(!verify(signature, message, Array(key.prefix(31))))
        let otherScheme: SignatureScheme = vector.scheme == .sr25519 ? .ed25519 : .sr25519
        #expect(!KeyPair.verify(signature: signature, message: message, publicKey: key, scheme: otherScheme))
    }

    @Test("an sr25519 signature without schnorrkel's marker bit or with s ≥ ℓ is refused")
    func markerAndCanonical() throws {
        let pair = try KeyPair(uri: "//Alice")
        let message = Array("marker".utf8)
        var signature = pair.sign(message)
        #expect(signature[63] & 0x80 != 0)
        signature[63] &= 0x7F
        #expect(!pair.verify(signature: signature, message: message))
        // s + ℓ encodes the same residue but is not canonical.
        var original = pair.sign(message)
        original[63] &= 0x7F
        var carry = 0
        for index in 0..<32 {
            let sum = Int(original[32 + index]) + Int(Scalar.order[index]) + carry
            original[32 + index] = UInt8(sum & 0xFF)
            carry = sum >> 8
        }
        original[63] |= 0x80
        #expect(!pair.verify(signature: original, message: message))
    }

    @Test("sign then verify round-trips", arguments: SignatureScheme.allCases)
    func roundTrip(_ scheme: SignatureScheme) throws {
        let (_, pair) = KeyPair.generate(scheme: scheme)
        for length in [0, 1, 32, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 31) }
            let signature = pair.sign(message)
            #expect(signature.count == 64)
            #expect(pair.verify(signature: signature, message: message))
        }
    }

    @Test("sr25519 signatures are randomized, and fixed randomness makes them reproducible")
    func randomized() throws {
        let pair = try KeyPair(uri: "//Bob")
        let message = Array("nonce".utf8)
        #expect(pair.sign(message) != pair.sign(message))
        var first = SeededGenerator(state: 7)
        var second = SeededGenerator(state: 7)
        #expect(pair.sign(message, using: &first) == pair.sign(message, using: &second))
    }

    @Test(
        "the wallet verifier also accepts a signature of <Bytes>message</Bytes>",
        arguments: SignatureScheme.allCases)
    func bytesWrapper(_ scheme: SignatureScheme) throws {
        let pair = try KeyPair(uri: "//Alice", scheme: scheme)
        let message = Array("hello".utf8)
        let signature = pair.sign(Array("<Bytes>hello</Bytes>".utf8))
        #expect(!pair.verify(signature: signature, message: message))
        #expect(
            KeyPair.verifyAcceptingBytesWrapper(
                signature: signature, message: message, publicKey: pair.publicKey, scheme: scheme))
        #expect(
            !KeyPair.verifyAcceptingBytesWrapper(
                signature: signature, message: Array("hellO".utf8), publicKey: pair.publicKey, scheme: scheme)
        )
    }

    @Test(
        "a pair reloaded from its private key signs for the same public key",
        arguments: SignatureScheme.allCases)
    func reload(_ scheme: SignatureScheme) throws {
        let pair = try KeyPair(uri: "//Charlie//stash", scheme: scheme)
        let reloaded = try KeyPair(privateKey: pair.privateKey, scheme: scheme)
        #expect(reloaded.publicKey == pair.publicKey)
        let message = Array("reload".utf8)
        #expect(pair.verify(signature: reloaded.sign(message), message: message))
    }
}
