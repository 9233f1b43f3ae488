/// ristretto255 (RFC 9496) on top of edwards25519: the prime-order group whose elements are classes
/// of four Edwards points, with a canonical 32-byte encoding.
extension EdwardsPoint {
    /// Decodes a ristretto255 encoding (RFC 9496 §4.3.1), or returns `nil` if `bytes` is not 32
    /// bytes, not a canonical field element, negative, or not the encoding of a group element.
    init?(ristretto bytes: [UInt8]) {
        guard let words = FieldElement.words(bytes) else { return nil }
        let s = FieldElement(words: words)
        // Canonical (below p, bit 255 clear) and non-negative (even).
        guard FieldElement.same(s.canonicalWords, words), words.0 & 1 == 0 else { return nil }
        let ss = s.square()
        let u1 = FieldElement.one - ss
        let u2 = FieldElement.one + ss
        let u2Squared = u2.square()
        let v = (FieldElement.d * u1.square()).negated() - u2Squared
        let (wasSquare, inverseSqrt) = FieldElement.sqrtRatioM1(.one, v * u2Squared)
        let denX = inverseSqrt * u2
        let denY = inverseSqrt * denX * v
        let x = (s + s) * denX
        let absoluteX = x.absolute
        let y = u1 * denY
        let t = absoluteX * y
        guard wasSquare, !t.isNegative, !y.isZero else { return nil }
        self.init(x: absoluteX, y: y, z: .one, t: t)
    }

    /// The ristretto255 encoding (RFC 9496 §4.3.2) as four little-endian words.
    var ristrettoWords: FieldElement.Words {
        let u1 = (z + y) * (z - y)
        let u2 = x * y
        let (_, inverseSqrt) = FieldElement.sqrtRatioM1(.one, u1 * u2.square())
        let den1 = inverseSqrt * u1
        let den2 = inverseSqrt * u2
        let zInverse = den1 * den2 * t
        let rotate = (t * zInverse).isNegative
        let rotatedX = rotate ? y * FieldElement.sqrtMinusOne : x
        var rotatedY = rotate ? x * FieldElement.sqrtMinusOne : y
        let denInverse = rotate ? den1 * FieldElement.inverseSqrtAMinusD : den2
        if (rotatedX * zInverse).isNegative {
            rotatedY = rotatedY.negated()
        }
        return (denInverse * (z - rotatedY)).absolute.canonicalWords
    }

    /// The ristretto255 encoding (RFC 9496 §4.3.2).
    var ristrettoBytes: [UInt8] {
        FieldElement.bytes(of: ristrettoWords)
    }

    /// Whether two points are the same ristretto255 element (RFC 9496 §4.5): X₁·Y₂ = Y₁·X₂ or
    /// Y₁·Y₂ = X₁·X₂.
    func isRistrettoEqual(to other: EdwardsPoint) -> Bool {
        x * other.y == y * other.x || y * other.y == x * other.x
    }
}
