/// Conversions between field elements and their 32-byte little-endian encodings, and the predicates
/// defined on the canonical encoding.
extension FieldElement {
    /// Four little-endian 64-bit words: the 256-bit form of an encoding.
    typealias Words = (UInt64, UInt64, UInt64, UInt64)

    /// Reads 32 little-endian bytes as four words, or returns `nil` if there are not exactly 32.
    static func words(_ bytes: [UInt8]) -> Words? {
        guard bytes.count == 32 else { return nil }
        return bytes.withUnsafeBytes { raw in
            (
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
            )
        }
    }

    /// The element whose encoding is `words`, ignoring bit 255 (values in [p, 2^255) wrap around).
    init(words: Words) {
        self.init(
            words.0 & Self.mask, ((words.0 >> 51) | (words.1 << 13)) & Self.mask,
            ((words.1 >> 38) | (words.2 << 26)) & Self.mask, ((words.2 >> 25) | (words.3 << 39)) & Self.mask,
            (words.3 >> 12) & Self.mask)
    }

    /// The element encoded by 32 little-endian bytes (bit 255 ignored), or `nil` for another length.
    init?(bytes: [UInt8]) {
        guard let words = Self.words(bytes) else { return nil }
        self.init(words: words)
    }

    /// The canonical encoding (the value reduced below p) as four little-endian words.
    var canonicalWords: Words {
        let r = Self.weaklyReduced(l0, l1, l2, l3, l4)
        // q is 1 exactly when the weakly reduced value is at least p, i.e. when value + 19 ≥ 2^255.
        var q = (r.l0 &+ 19) >> 51
        q = (r.l1 &+ q) >> 51
        q = (r.l2 &+ q) >> 51
        q = (r.l3 &+ q) >> 51
        q = (r.l4 &+ q) >> 51
        let a0 = r.l0 &+ 19 &* q
        let a1 = r.l1 &+ (a0 >> 51)
        let a2 = r.l2 &+ (a1 >> 51)
        let a3 = r.l3 &+ (a2 >> 51)
        let a4 = (r.l4 &+ (a3 >> 51)) & Self.mask
        let (m0, m1, m2, m3) = (a0 & Self.mask, a1 & Self.mask, a2 & Self.mask, a3 & Self.mask)
        return (m0 | (m1 << 51), (m1 >> 13) | (m2 << 38), (m2 >> 26) | (m3 << 25), (m3 >> 39) | (a4 << 12))
    }

    /// The canonical 32-byte little-endian encoding.
    var bytes: [UInt8] {
        Self.bytes(of: canonicalWords)
    }

    /// Writes four words as 32 little-endian bytes.
    static func bytes(of words: Words) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: 32)
        result.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: words.0.littleEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: words.1.littleEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: words.2.littleEndian, toByteOffset: 16, as: UInt64.self)
            raw.storeBytes(of: words.3.littleEndian, toByteOffset: 24, as: UInt64.self)
        }
        return result
    }

    /// Whether the canonical encoding is odd (RFC 9496's `IS_NEGATIVE`).
    var isNegative: Bool {
        canonicalWords.0 & 1 == 1
    }

    /// Whether the element is 0.
    var isZero: Bool {
        let words = canonicalWords
        return words.0 | words.1 | words.2 | words.3 == 0
    }

    /// Returns `self` or `−self`, whichever is non-negative (RFC 9496's `CT_ABS`, here branching).
    var absolute: FieldElement {
        isNegative ? negated() : self
    }

    /// Whether two elements are equal as field elements.
    static func == (a: FieldElement, b: FieldElement) -> Bool {
        (a - b).isZero
    }

    /// Whether two words tuples are identical.
    static func same(_ a: Words, _ b: Words) -> Bool {
        a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3
    }
}
