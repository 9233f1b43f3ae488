import Testing

@testable import Keys

@Suite("Fixed-base tables and prepared verifying keys")
struct FixedBaseTableTests {
    @Test("a·P + b·B through P's table equals the wNAF product", arguments: 0..<4)
    func matchesWNAF(_ seed: UInt64) throws {
        var generator = SeededGenerator(state: 1000 + seed)
        for _ in 0..<8 {
            let (a, b, k) = (randomScalar(&generator), randomScalar(&generator), randomScalar(&generator))
            let point = try #require(EdwardsPoint(ristretto: RistrettoPoint.base(times: k).bytes))
            let table = FixedBaseTable(point)
            let viaTable = EdwardsPoint.vartimeFixedBaseMultiply(a, table: table, plusBaseTimes: b)
            let viaWNAF = EdwardsPoint.vartimeDoubleScalarMultiply(a, point, plusBaseTimes: b)
            #expect(viaTable.ristrettoBytes == viaWNAF.ristrettoBytes)
        }
    }

    @Test("edge scalars through a table match the wNAF product", arguments: DoubleScalarTests.edgeScalars)
    func edgeScalars(_ hex: String) throws {
        let scalar = try #require(Scalar(canonicalBytes: bytes(hex)))
        var generator = SeededGenerator(state: 7)
        let point = try #require(EdwardsPoint(ristretto: RistrettoPoint.base(times: randomScalar(&generator)).bytes))
        let viaTable = EdwardsPoint.vartimeFixedBaseMultiply(scalar, table: FixedBaseTable(point), plusBaseTimes: scalar)
        let viaWNAF = EdwardsPoint.vartimeDoubleScalarMultiply(scalar, point, plusBaseTimes: scalar)
        #expect(viaTable.ristrettoBytes == viaWNAF.ristrettoBytes)
    }

    @Test("signed radix-16 digits lie in −8…8 and add back up to the scalar")
    func digits() throws {
        var generator = SeededGenerator(state: 3)
        for _ in 0..<64 {
            let scalar = randomScalar(&generator)
            var digits = [Int8](repeating: 0, count: 64)
            digits.withUnsafeMutableBufferPointer { FixedBaseTable.radix16Digits(scalar.words, into: $0) }
            #expect(digits.allSatisfy { (-8...8).contains($0) })
            // Σ dᵢ·16^i rebuilt bytewise with signed carries.
            var bytes = [Int](repeating: 0, count: 33)
            for (index, digit) in digits.enumerated() {
                bytes[index / 2] += Int(digit) << (4 * (index % 2))
            }
            for index in 0..<32 {
                let carry = bytes[index] >> 8  // arithmetic shift floors negative values
                bytes[index] -= carry << 8
                bytes[index + 1] += carry
            }
            #expect(bytes[0..<32].map { UInt8($0) } == scalar.bytes && bytes[32] == 0)
        }
    }

    @Test("a prepared key agrees with plain verification on good and tampered signatures")
    func preparedKey() throws {
        let (signature, message, publicKey) = try Sr25519VerifyTests.aliceSignature()
        let key = try #require(Sr25519VerifyingKey(publicKey: publicKey))
        var tamperedSignature = signature
        tamperedSignature[5] ^= 1
        let wrappedSigner = try KeyPair(uri: "//Alice")
        let wrapped = wrappedSigner.sign(Array("<Bytes>".utf8) + message + Array("</Bytes>".utf8))
        let cases: [([UInt8], [UInt8], Bool)] = [
            (signature, message, true),
            (signature, Array("verifz".utf8), false),
            (tamperedSignature, message, false),
            (Array(signature.prefix(63)), message, false),
        ]
        for (candidate, text, valid) in cases {
            #expect(key.verify(signature: candidate, message: text) == valid)
            #expect(Sr25519.verify(signature: candidate, message: text, publicKey: publicKey) == valid)
        }
        #expect(!key.verify(signature: wrapped, message: message))
        #expect(key.verifyAcceptingBytesWrapper(signature: wrapped, message: message))
        #expect(Sr25519VerifyingKey(publicKey: [UInt8](repeating: 0xFF, count: 32)) == nil)
    }
}
