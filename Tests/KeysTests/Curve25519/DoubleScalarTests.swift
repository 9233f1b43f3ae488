import Testing

@testable import Keys

/// A uniformly random scalar drawn from `generator`.
func randomScalar(_ generator: inout SeededGenerator) -> Scalar {
    Scalar(wideBytes: (0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) })
}

@Suite("Variable-time double-scalar multiplication")
struct DoubleScalarTests {
    @Test("a·A + b·B matches libsodium on random scalars and points", arguments: 0..<8)
    func matchesSodium(_ seed: UInt64) throws {
        var generator = SeededGenerator(state: seed)
        for _ in 0..<16 {
            let (a, b, k) = (randomScalar(&generator), randomScalar(&generator), randomScalar(&generator))
            let sodiumPoint = RistrettoPoint.base(times: k)
            let point = try #require(EdwardsPoint(ristretto: sodiumPoint.bytes))
            let expected = sodiumPoint.times(a) + RistrettoPoint.base(times: b)
            let product = EdwardsPoint.vartimeDoubleScalarMultiply(a, point, plusBaseTimes: b)
            #expect(product.ristrettoBytes == expected.bytes)
            let difference = EdwardsPoint.vartimeDoubleScalarMultiply(a, point.negated(), plusBaseTimes: b)
            #expect(difference.ristrettoBytes == (RistrettoPoint.base(times: b) - sodiumPoint.times(a)).bytes)
        }
    }

    @Test("k·B through the base table gives the RFC 9496 encodings, k = 0…15", arguments: 0..<16)
    func smallMultiples(_ k: Int) throws {
        var scalarBytes = [UInt8](repeating: 0, count: 32)
        scalarBytes[0] = UInt8(k)
        let scalar = try #require(Scalar(canonicalBytes: scalarBytes))
        let product = EdwardsPoint.vartimeDoubleScalarMultiply(scalar, .identity, plusBaseTimes: scalar)
        #expect(product.ristrettoBytes == bytes(RistrettoVectorTests.smallMultiples[k]))
        let viaPoint = EdwardsPoint.vartimeDoubleScalarMultiply(scalar, .ristrettoBase, plusBaseTimes: scalar)
        #expect(
            viaPoint.ristrettoBytes == bytes(RistrettoVectorTests.smallMultiples[(2 * k) % 16]) || 2 * k >= 16
        )
    }

    /// Edge scalars: 0, 1, 2, 2^w − 1 around the window boundaries, ℓ − 1, and all-ones below 2^252.
    static let edgeScalars = [
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "0200000000000000000000000000000000000000000000000000000000000000",
        "0f00000000000000000000000000000000000000000000000000000000000000",
        "ff00000000000000000000000000000000000000000000000000000000000000",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0f",
        "ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010",
        "5555555555555555555555555555555555555555555555555555555555555505",
        "ffffffffffffffff0000000000000000ffffffffffffffff0000000000000000",
    ]

    @Test("edge scalars match libsodium", arguments: edgeScalars)
    func edgeScalar(_ hex: String) throws {
        let scalar = try #require(Scalar(canonicalBytes: bytes(hex)))
        var generator = SeededGenerator(state: 99)
        let other = randomScalar(&generator)
        let sodiumPoint = RistrettoPoint.base(times: other)
        let point = try #require(EdwardsPoint(ristretto: sodiumPoint.bytes))
        let expected = sodiumPoint.times(scalar) + RistrettoPoint.base(times: scalar)
        let product = EdwardsPoint.vartimeDoubleScalarMultiply(scalar, point, plusBaseTimes: scalar)
        #expect(product.ristrettoBytes == expected.bytes)
    }

    @Test("wNAF digits are odd, bounded, spaced and sum to the scalar", arguments: [2, 5, 8])
    func nafDigits(_ width: Int) {
        var generator = SeededGenerator(state: UInt64(width))
        for _ in 0..<32 {
            let scalar = randomScalar(&generator)
            var digits = [Int8](repeating: 0, count: NonAdjacentForm.digitCount)
            digits.withUnsafeMutableBufferPointer {
                NonAdjacentForm.recode(scalar.words, width: width, into: $0)
            }
            var lastNonzero = -width
            for (index, digit) in digits.enumerated() where digit != 0 {
                #expect(digit % 2 != 0 && abs(Int(digit)) < 1 << (width - 1))
                #expect(index - lastNonzero >= width)
                lastNonzero = index
            }
            #expect(Self.value(of: digits) == scalar.bytes)
        }
    }

    /// Σ digitᵢ·2^i modulo 2^256, as 32 little-endian bytes (Horner's rule from the top digit).
    static func value(of digits: [Int8]) -> [UInt8] {
        var value = [UInt8](repeating: 0, count: 32)
        for digit in digits.reversed() {
            var carry = 0
            for index in 0..<32 {
                let doubled = Int(value[index]) * 2 + carry
                value[index] = UInt8(doubled & 0xFF)
                carry = doubled >> 8
            }
            // Add the digit's two's-complement 256-bit form.
            let extended: UInt8 = digit < 0 ? 0xFF : 0
            carry = 0
            for index in 0..<32 {
                let addend = index == 0 ? Int(UInt8(bitPattern: digit)) : Int(extended)
                let sum = Int(value[index]) + addend + carry
                value[index] = UInt8(sum & 0xFF)
                carry = sum >> 8
            }
        }
        return value
    }
}
