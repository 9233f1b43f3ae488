import Testing

@testable import Keys

/// Decodes a 64-digit hex literal into a field element (bit 255 ignored).
func field(_ hex: String) -> FieldElement {
    FieldElement(bytes: bytes(hex)) ?? .zero
}

/// A small integer as a field element.
func field(_ value: UInt64) -> FieldElement {
    FieldElement(value, 0, 0, 0, 0)
}

@Suite("GF(2^255 − 19) arithmetic")
struct FieldElementTests {
    static let a = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"
    static let b = "c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e667"

    /// Operations on a and b with results computed by integer arithmetic mod p.
    static let operations: [(String, @Sendable (FieldElement, FieldElement) -> FieldElement, String)] = [
        ("a·b", { $0 * $1 }, "632f20d8310836960359712756d88842e03c339e583d27f175901bf2eeecc657"),
        ("a²", { a, _ in a.square() }, "4bf177a55460a3f83a45f21ca0561bc93a4bd5b3c1d9d693ebb8d61f6f9f8b0e"),
        ("a − b", { $0 - $1 }, "2638383838383838383838383838383838383838383838383838383838383838"),
        ("1/a", { a, _ in a.inverted() }, "e5faf5a435158b4cc68d583058fece071d8b8d20ed6abf17651a73c28fec414d"),
        ("a + b − b", { $0 + $1 - $1 }, a),
        (
            "(a + b)·(a − b) − (a² − b²)", { ($0 + $1) * ($0 - $1) - ($0.square() - $1.square()) },
            String(repeating: "0", count: 64)
        ),
    ]

    @Test("known results", arguments: operations.indices)
    func knownResults(_ index: Int) {
        let (name, operation, expected) = Self.operations[index]
        let result = operation(field(Self.a), field(Self.b))
        #expect(result.bytes == bytes(expected), "\(name)")
    }

    /// Encodings and their canonical re-encodings: p ≡ 0, p + 1 ≡ 1, 2^255 − 1 ≡ 18, bit 255 ignored.
    static let canonical: [(String, String)] = [
        (
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "00" + String(repeating: "0", count: 62)
        ),
        (
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "01" + String(repeating: "0", count: 62)
        ),
        (
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "12" + String(repeating: "0", count: 62)
        ),
        (
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
            "12" + String(repeating: "0", count: 62)
        ),
        (
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
        ),
    ]

    @Test("encodings reduce to canonical form", arguments: canonical)
    func canonicalEncoding(_ input: String, _ expected: String) {
        #expect(field(input).bytes == bytes(expected))
    }

    @Test("inversion: x·(1/x) = 1, and 1/0 = 0", arguments: [1, 2, 19, 121_666, 1 << 60] as [UInt64])
    func inversion(_ value: UInt64) {
        #expect(field(value) * field(value).inverted() == .one)
        #expect((field(Self.b) * field(value)).inverted() * field(Self.b) * field(value) == .one)
        #expect(FieldElement.zero.inverted() == .zero)
    }

    @Test("the constants: √−1, d, 2d and 1/√(a − d)")
    func constants() {
        #expect(FieldElement.sqrtMinusOne.square() == FieldElement.one.negated())
        #expect(!FieldElement.sqrtMinusOne.isNegative)
        #expect(FieldElement.d * field(121_666) == field(121_665).negated())
        #expect(FieldElement.doubleD == FieldElement.d + FieldElement.d)
        let aMinusD = FieldElement.one.negated() - FieldElement.d
        #expect(FieldElement.inverseSqrtAMinusD.square() * aMinusD == .one)
        #expect(!FieldElement.inverseSqrtAMinusD.isNegative)
    }

    /// (u, v, was square, root): square ratios, zero numerator, zero denominator, and non-squares
    /// (2 is not a square mod p, so √(i·2) is returned); 1/4's root is (p − 1)/2, the even one of ±1/2.
    static let ratios: [(UInt64, UInt64, Bool, String?)] = [
        (0, 1, true, String(repeating: "0", count: 64)),
        (1, 0, false, String(repeating: "0", count: 64)),
        (0, 0, true, String(repeating: "0", count: 64)),
        (4, 1, true, "02" + String(repeating: "0", count: 62)),
        (1, 4, true, "f6ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff3f"),
        (9, 4, true, nil),
        (2, 1, false, nil),
        (3, 7, false, nil),
    ]

    @Test("SQRT_RATIO_M1 cases", arguments: ratios)
    func sqrtRatio(_ u: UInt64, _ v: UInt64, _ square: Bool, _ root: String?) {
        let (wasSquare, r) = FieldElement.sqrtRatioM1(field(u), field(v))
        #expect(wasSquare == square)
        #expect(!r.isNegative)
        if let root {
            #expect(r.bytes == bytes(root))
        } else if square {
            #expect(r.square() * field(v) == field(u))
        } else {
            #expect(r.square() * field(v) == field(u) * FieldElement.sqrtMinusOne)
        }
    }
}
