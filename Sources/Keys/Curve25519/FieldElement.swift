/// An element of GF(2^255 − 19) in radix 2^51: five unsigned 64-bit limbs, value `Σ limbᵢ·2^(51·i)`.
///
/// Meant for public data only: the arithmetic does not branch on values, but the predicates
/// (`isNegative`, `isZero`, `==`) and the curve code built on them do.
///
/// Reduction is lazy: `+` does not carry, so a sum of two reduced elements has limbs below 2^52;
/// `*` and `square()` accept limbs below 2^54 and return limbs below 2^51 + 2^13; `-` and
/// `negated()` accept limbs below 2^55.
struct FieldElement: Sendable, Equatable {
    /// Limb 0, bits 0–50.
    var l0: UInt64
    /// Limb 1, bits 51–101.
    var l1: UInt64
    /// Limb 2, bits 102–152.
    var l2: UInt64
    /// Limb 3, bits 153–203.
    var l3: UInt64
    /// Limb 4, bits 204–254.
    var l4: UInt64

    /// The low 51 bits of a word.
    static let mask: UInt64 = (1 << 51) - 1

    /// Builds an element from limbs.
    @inline(__always)
    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        (self.l0, self.l1, self.l2, self.l3, self.l4) = (l0, l1, l2, l3, l4)
    }

    /// The element 0.
    static let zero = FieldElement(0, 0, 0, 0, 0)
    /// The element 1.
    static let one = FieldElement(1, 0, 0, 0, 0)

    /// Returns `a + b` without carrying.
    @inline(__always)
    static func + (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4)
    }

    /// Returns `a − b`, computed as `a + 16p − b` and then weakly reduced.
    @inline(__always)
    static func - (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement.weaklyReduced(
            (a.l0 &+ 36_028_797_018_963_664) &- b.l0, (a.l1 &+ 36_028_797_018_963_952) &- b.l1,
            (a.l2 &+ 36_028_797_018_963_952) &- b.l2, (a.l3 &+ 36_028_797_018_963_952) &- b.l3,
            (a.l4 &+ 36_028_797_018_963_952) &- b.l4)
    }

    /// Returns `−self`.
    @inline(__always)
    func negated() -> FieldElement {
        FieldElement.zero - self
    }

    /// Carries every limb into the next (the top one times 19 into limb 0); limbs end below 2^51 + 2^13.
    @inline(__always)
    static func weaklyReduced(
        _ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64
    ) -> FieldElement {
        FieldElement(
            (l0 & mask) &+ (l4 >> 51) &* 19, (l1 & mask) &+ (l0 >> 51), (l2 & mask) &+ (l1 >> 51),
            (l3 & mask) &+ (l2 >> 51), (l4 & mask) &+ (l3 >> 51))
    }

    /// Returns `a · b`.
    @inline(__always)
    static func * (a: FieldElement, b: FieldElement) -> FieldElement {
        let (b1, b2, b3, b4) = (b.l1 &* 19, b.l2 &* 19, b.l3 &* 19, b.l4 &* 19)
        let c0 = wide(a.l0, b.l0) &+ wide(a.l4, b1) &+ wide(a.l3, b2) &+ wide(a.l2, b3) &+ wide(a.l1, b4)
        let c1 = wide(a.l1, b.l0) &+ wide(a.l0, b.l1) &+ wide(a.l4, b2) &+ wide(a.l3, b3) &+ wide(a.l2, b4)
        let c2 = wide(a.l2, b.l0) &+ wide(a.l1, b.l1) &+ wide(a.l0, b.l2) &+ wide(a.l4, b3) &+ wide(a.l3, b4)
        let c3 =
            wide(a.l3, b.l0) &+ wide(a.l2, b.l1) &+ wide(a.l1, b.l2) &+ wide(a.l0, b.l3) &+ wide(a.l4, b4)
        let c4 =
            wide(a.l4, b.l0) &+ wide(a.l3, b.l1) &+ wide(a.l2, b.l2) &+ wide(a.l1, b.l3) &+ wide(a.l0, b.l4)
        return carried(c0, c1, c2, c3, c4)
    }

    /// Returns `self²`.
    @inline(__always)
    func square() -> FieldElement {
        let (d0, d1, d2) = (l0 &* 2, l1 &* 2, l2 &* 2)
        let (t3, t4) = (l3 &* 19, l4 &* 19)
        let c0 = Self.wide(l0, l0) &+ Self.wide(d1, t4) &+ Self.wide(d2, t3)
        let c1 = Self.wide(l3, t3) &+ Self.wide(d0, l1) &+ Self.wide(d2, t4)
        let c2 = Self.wide(l1, l1) &+ Self.wide(d0, l2) &+ Self.wide(l4 &* 2, t3)
        let c3 = Self.wide(l4, t4) &+ Self.wide(d0, l3) &+ Self.wide(d1, l2)
        let c4 = Self.wide(l2, l2) &+ Self.wide(d0, l4) &+ Self.wide(d1, l3)
        return Self.carried(c0, c1, c2, c3, c4)
    }

    /// Returns `self^(2^count)` by repeated squaring.
    func square(times count: Int) -> FieldElement {
        var result = self
        for _ in 0..<count {
            result = result.square()
        }
        return result
    }

    /// The full 128-bit product of two limbs.
    @inline(__always)
    static func wide(_ a: UInt64, _ b: UInt64) -> UInt128 {
        UInt128(a) &* UInt128(b)
    }

    /// Carries five 128-bit column sums (each below 2^115) down to limbs below 2^51 + 2^13, in two
    /// interleaved chains (0→1→2→3→4 and 3→4→0→1) so that a dependent multiplication waits less.
    @inline(__always)
    static func carried(
        _ c0: UInt128, _ c1: UInt128, _ c2: UInt128, _ c3: UInt128, _ c4: UInt128
    ) -> FieldElement {
        let c1 = c1 &+ (c0 >> 51)
        let c4 = c4 &+ (c3 >> 51)
        let c2 = c2 &+ (c1 >> 51)
        // c4 < 2^111, so the carry times 19 fits in a word.
        let r0 = (UInt64(truncatingIfNeeded: c0) & mask) &+ UInt64(truncatingIfNeeded: c4 >> 51) &* 19
        let c3 = (c3 & UInt128(mask)) &+ (c2 >> 51)
        let r1 = (UInt64(truncatingIfNeeded: c1) & mask) &+ (r0 >> 51)
        let r4 = (UInt64(truncatingIfNeeded: c4) & mask) &+ UInt64(truncatingIfNeeded: c3 >> 51)
        return FieldElement(
            r0 & mask, r1, UInt64(truncatingIfNeeded: c2) & mask, UInt64(truncatingIfNeeded: c3) & mask, r4)
    }
}
