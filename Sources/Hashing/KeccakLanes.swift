/// Keccak-256 of eight 32-byte messages at once: Keccak-f[1600] on eight independent sponges,
/// each 64-bit state lane kept bit-interleaved as two `SIMD8<UInt32>` (its even bits and its odd
/// bits, one sponge per vector lane; one AVX2 register each on Haswell).
///
/// Bit interleaving turns every 64-bit rotation into two 32-bit rotations, which AVX2 does with two
/// shifts and an or per register and which the compiler keeps as vector code (64-bit rotations it
/// turns back into scalar `rorx`, as AVX2 has no 64-bit lane rotate).
///
/// A 32-byte message fills state lanes 0–3; the padding sets lane 4 to `0x01` and lane 16 to
/// `0x80 << 56`; the other 19 lanes start at zero. The first round's θ therefore reads those six
/// lanes instead of twenty-five, and the last round computes only row 0 (lanes 0–4), which holds
/// the digest.
struct KeccakLanes {
    /// One 32-bit half of a state lane in each of the eight sponges.
    typealias Bits = SIMD8<UInt32>

    /// A state lane of the eight sponges, bit-interleaved: bit `2i` of the lane is bit `i` of
    /// `even`, bit `2i + 1` is bit `i` of `odd`.
    struct Lane {
        var even: Bits
        var odd: Bits

        /// The lane whose 64-bit value is `high << 32 | low` in every sponge.
        @inline(__always)
        init(low: Bits, high: Bits) {
            even = compressEvenBits(low) | (compressEvenBits(high) &<< 16)
            odd = compressEvenBits(low &>> 1) | (compressEvenBits(high &>> 1) &<< 16)
        }

        @inline(__always)
        init(even: Bits, odd: Bits) {
            (self.even, self.odd) = (even, odd)
        }

        /// The high 32 bits of the lane's value in every sponge.
        @inline(__always)
        var highWord: Bits { spreadBits(even &>> 16) | (spreadBits(odd &>> 16) &<< 1) }

        /// The low 32 bits of the lane's value in every sponge.
        @inline(__always)
        var lowWord: Bits {
            let mask = Bits(repeating: 0xFFFF)
            return spreadBits(even & mask) | (spreadBits(odd & mask) &<< 1)
        }

        @inline(__always)
        static func ^ (lhs: Lane, rhs: Lane) -> Lane { Lane(even: lhs.even ^ rhs.even, odd: lhs.odd ^ rhs.odd) }

        /// `~lhs & rhs`.
        @inline(__always)
        static func andNot(_ lhs: Lane, _ rhs: Lane) -> Lane {
            Lane(even: ~lhs.even & rhs.even, odd: ~lhs.odd & rhs.odd)
        }

        /// The lane rotated left by `count` bits (a literal in 1..<64).
        @inline(__always)
        func rotated(_ count: UInt32) -> Lane {
            count & 1 == 0
                ? Lane(even: rotl(even, count &>> 1), odd: rotl(odd, count &>> 1))
                : Lane(even: rotl(odd, (count &+ 1) &>> 1), odd: rotl(even, count &>> 1))
        }
    }

    /// The number of `Bits` vectors ``hash(_:_:_:_:constants:state:)`` needs as scratch: two
    /// states of 25 lanes (the rounds alternate between them) and the five θ lanes D[x].
    static let scratchCount = 110

    /// State lanes 0–3 after the permutation of the padded messages in lanes `m0`–`m3`, that is the
    /// eight digests; `rc` points to the 24 round constants interleaved
    /// (``interleavedRoundConstants``) and `scratch` to ``scratchCount`` vectors.
    ///
    /// The state lives in `scratch`, and θ and each row of ρ, π and χ are separate functions that
    /// read and write it. Kept that small, each step is vectorised whole by LLVM's SLP vectoriser
    /// (Swift's generic SIMD bitwise operations reach LLVM lane by lane); a whole round written as
    /// one expression exceeds its search depth and comes out as scalar code.
    @inline(__always)
    static func hash(
        _ m0: Lane, _ m1: Lane, _ m2: Lane, _ m3: Lane, constants rc: UnsafePointer<UInt32>,
        scratch: UnsafeMutablePointer<Bits>
    ) -> (Lane, Lane, Lane, Lane) {
        var (source, target) = (scratch, scratch + 50)
        let d = scratch + 100
        source.update(repeating: Bits(), count: 50)
        for (index, lane) in [m0, m1, m2, m3].enumerated() { store(lane, source, index) }
        // 0x01: bit 0, an even bit. 0x80 << 56: bit 63, odd bit 31.
        source[8] = Bits(repeating: 1)
        source[33] = Bits(repeating: 0x8000_0000)
        firstTheta(source, d)
        rows(source, target, d, rc)
        for index in 1..<23 {
            swap(&source, &target)
            theta(source, d)
            rows(source, target, d, rc + 2 &* index)
        }
        swap(&source, &target)
        theta(source, d)
        row0(source, target, d, rc + 46)
        return (load(target, 0), load(target, 1), load(target, 2), load(target, 3))
    }

    /// The round constants, even and odd halves: entries `2i` and `2i + 1` for round `i`.
    static let interleavedRoundConstants: [UInt32] = KeccakF1600.roundConstants.flatMap { constant in
        let lane = Lane(
            low: Bits(repeating: UInt32(truncatingIfNeeded: constant)), high: Bits(repeating: UInt32(constant >> 32)))
        return [lane.even[0], lane.odd[0]]
    }

    /// ρ, π and χ for all five rows, ι on row 0.
    @inline(__always)
    private static func rows(
        _ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>,
        _ rc: UnsafePointer<UInt32>
    ) {
        row0(a, out, d, rc)
        row1(a, out, d)
        row2(a, out, d)
        row3(a, out, d)
        row4(a, out, d)
    }

    /// θ of the first round, whose only nonzero lanes are 0–4 and 16: D[x] into `d`.
    @inline(never)
    private static func firstTheta(_ a: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        finishTheta((load(a, 0), load(a, 1) ^ load(a, 16), load(a, 2), load(a, 3), load(a, 4)), d)
    }

    /// θ: the column parities C[x] = a[x] ^ a[x+5] ^ … ^ a[x+20], then D[x] into `d`.
    @inline(never)
    private static func theta(_ a: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        @inline(__always)
        func column(_ x: Int) -> Lane {
            load(a, x) ^ load(a, x + 5) ^ load(a, x + 10) ^ load(a, x + 15) ^ load(a, x + 20)
        }
        finishTheta((column(0), column(1), column(2), column(3), column(4)), d)
    }

    /// D[x] = C[x-1] ^ rotl(C[x+1], 1) into `d`.
    @inline(__always)
    private static func finishTheta(_ c: (Lane, Lane, Lane, Lane, Lane), _ d: UnsafeMutablePointer<Bits>) {
        store(c.4 ^ c.1.rotated(1), d, 0)
        store(c.0 ^ c.2.rotated(1), d, 1)
        store(c.1 ^ c.3.rotated(1), d, 2)
        store(c.2 ^ c.4.rotated(1), d, 3)
        store(c.3 ^ c.0.rotated(1), d, 4)
    }

    // ρ and π then χ, one output row each: b[y, 2x + 3y] = rotl(a[x, y] ^ D[x], r[x, y]), then
    // a'[x, y] = b[x, y] ^ (~b[x+1, y] & b[x+2, y]). Each row names its five source lanes, their
    // columns and their rotations.

    @inline(never)
    private static func row0(
        _ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>,
        _ rc: UnsafePointer<UInt32>
    ) {
        chi(
            load(a, 0) ^ load(d, 0), (load(a, 6) ^ load(d, 1)).rotated(44), (load(a, 12) ^ load(d, 2)).rotated(43),
            (load(a, 18) ^ load(d, 3)).rotated(21), (load(a, 24) ^ load(d, 4)).rotated(14), out, 0,
            iota: Lane(even: Bits(repeating: rc[0]), odd: Bits(repeating: rc[1])))
    }

    @inline(never)
    private static func row1(_ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        chi(
            (load(a, 3) ^ load(d, 3)).rotated(28), (load(a, 9) ^ load(d, 4)).rotated(20),
            (load(a, 10) ^ load(d, 0)).rotated(3), (load(a, 16) ^ load(d, 1)).rotated(45),
            (load(a, 22) ^ load(d, 2)).rotated(61), out, 5)
    }

    @inline(never)
    private static func row2(_ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        chi(
            (load(a, 1) ^ load(d, 1)).rotated(1), (load(a, 7) ^ load(d, 2)).rotated(6),
            (load(a, 13) ^ load(d, 3)).rotated(25), (load(a, 19) ^ load(d, 4)).rotated(8),
            (load(a, 20) ^ load(d, 0)).rotated(18), out, 10)
    }

    @inline(never)
    private static func row3(_ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        chi(
            (load(a, 4) ^ load(d, 4)).rotated(27), (load(a, 5) ^ load(d, 0)).rotated(36),
            (load(a, 11) ^ load(d, 1)).rotated(10), (load(a, 17) ^ load(d, 2)).rotated(15),
            (load(a, 23) ^ load(d, 3)).rotated(56), out, 15)
    }

    @inline(never)
    private static func row4(_ a: UnsafeMutablePointer<Bits>, _ out: UnsafeMutablePointer<Bits>, _ d: UnsafeMutablePointer<Bits>) {
        chi(
            (load(a, 2) ^ load(d, 2)).rotated(62), (load(a, 8) ^ load(d, 3)).rotated(55),
            (load(a, 14) ^ load(d, 4)).rotated(39), (load(a, 15) ^ load(d, 0)).rotated(41),
            (load(a, 21) ^ load(d, 1)).rotated(2), out, 20)
    }

    /// χ on one row of five lanes, `b[x] ^ (~b[x+1] & b[x+2])`, written to lanes `first`… of `out`;
    /// `iota` (ι's round constant in row 0, zero elsewhere) is xored into the row's first lane.
    @inline(__always)
    private static func chi(
        _ b0: Lane, _ b1: Lane, _ b2: Lane, _ b3: Lane, _ b4: Lane, _ out: UnsafeMutablePointer<Bits>, _ first: Int,
        iota: Lane = Lane(even: Bits(), odd: Bits())
    ) {
        store(b0 ^ Lane.andNot(b1, b2) ^ iota, out, first)
        store(b1 ^ Lane.andNot(b2, b3), out, first + 1)
        store(b2 ^ Lane.andNot(b3, b4), out, first + 2)
        store(b3 ^ Lane.andNot(b4, b0), out, first + 3)
        store(b4 ^ Lane.andNot(b0, b1), out, first + 4)
    }

    /// Lane `index` of the state (or D) at `base`.
    @inline(__always)
    private static func load(_ base: UnsafeMutablePointer<Bits>, _ index: Int) -> Lane {
        Lane(even: base[2 &* index], odd: base[2 &* index &+ 1])
    }

    /// Stores `lane` as lane `index` of the state (or D) at `base`.
    @inline(__always)
    private static func store(_ lane: Lane, _ base: UnsafeMutablePointer<Bits>, _ index: Int) {
        base[2 &* index] = lane.even
        base[2 &* index &+ 1] = lane.odd
    }
}

/// Rotates every lane left by `count` bits (`count` in 0..<32), as two shifts and an or.
@inline(__always)
private func rotl(_ value: SIMD8<UInt32>, _ count: UInt32) -> SIMD8<UInt32> {
    count == 0 ? value : (value &<< count) | (value &>> (32 &- count))
}

/// Bits 0, 2, 4, … 30 of every lane, packed into bits 0–15.
@inline(__always)
private func compressEvenBits(_ value: SIMD8<UInt32>) -> SIMD8<UInt32> {
    var x = value & SIMD8(repeating: 0x5555_5555)
    x = (x | (x &>> 1)) & SIMD8(repeating: 0x3333_3333)
    x = (x | (x &>> 2)) & SIMD8(repeating: 0x0F0F_0F0F)
    x = (x | (x &>> 4)) & SIMD8(repeating: 0x00FF_00FF)
    return (x | (x &>> 8)) & SIMD8(repeating: 0x0000_FFFF)
}

/// Bits 0–15 of every lane spread to bits 0, 2, 4, … 30 (the inverse of `compressEvenBits`).
@inline(__always)
private func spreadBits(_ value: SIMD8<UInt32>) -> SIMD8<UInt32> {
    var x = (value | (value &<< 8)) & SIMD8(repeating: 0x00FF_00FF)
    x = (x | (x &<< 4)) & SIMD8(repeating: 0x0F0F_0F0F)
    x = (x | (x &<< 2)) & SIMD8(repeating: 0x3333_3333)
    return (x | (x &<< 1)) & SIMD8(repeating: 0x5555_5555)
}
