/// SHA-256 of eight seal messages `le64(nonce) ‖ inner` at once, one nonce per lane of a
/// `SIMD8<UInt32>` (one AVX2 register when built for Haswell or later).
///
/// Every message is one padded block whose words 2–15 (the inner hash and the padding) are the
/// same in all lanes; only words 0 and 1 (the nonce) differ. Whatever of the message schedule and
/// of round 0 depends on words 2–15 alone is computed once per inner hash, in ``init(innerWords:)``.
struct SHA256Lanes: Sendable {
    /// Eight 32-bit words, one per lane.
    typealias Vector = SIMD8<UInt32>
    /// The eight state words after a compression, each holding all lanes.
    typealias State = (Vector, Vector, Vector, Vector, Vector, Vector, Vector, Vector)

    /// For schedule words 16–31, the sum of their terms that involve only words 2–15.
    private let fixedSchedule: [UInt32]
    /// `K[t] + W[t]` for rounds 2–15, where the word is fixed.
    private let fixedRoundInput: [UInt32]
    /// Round 0 before its message word: `T1 − W[0]`, and `T1 + T2 − W[0]`.
    private let round0: (t1: UInt32, t1PlusT2: UInt32)

    /// Precomputes the lane-independent work for the inner hash given as eight big-endian words.
    init(innerWords: [UInt32]) {
        var w = [UInt32](repeating: 0, count: 16)
        for index in 0..<8 { w[2 + index] = innerWords[index] }
        w[10] = 0x8000_0000
        w[15] = 320
        let k = SHA256Block.roundConstants
        fixedRoundInput = (0..<16).map { $0 < 2 ? 0 : k[$0] &+ w[$0] }
        // The terms of W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] whose index is in 2...15.
        fixedSchedule = (16..<32).map { t in
            func fixed(_ index: Int) -> Bool { (2...15).contains(index) }
            var sum: UInt32 = 0
            if fixed(t - 2) { sum &+= smallSigma1(w[t - 2]) }
            if fixed(t - 7) { sum &+= w[t - 7] }
            if fixed(t - 15) { sum &+= smallSigma0(w[t - 15]) }
            if fixed(t - 16) { sum &+= w[t - 16] }
            return sum
        }
        let (a, b, c, _, e, f, g, h) = SHA256Block.initial
        let t1 = h &+ bigSigma1(e) &+ ((e & f) ^ (~e & g)) &+ k[0]
        round0 = (t1, t1 &+ bigSigma0(a) &+ ((a & b) ^ (a & c) ^ (b & c)))
    }

    /// Pointers to the precomputed tables and the round constants, valid inside ``withTables(_:)``.
    struct Tables {
        fileprivate let fixedSchedule: UnsafePointer<UInt32>
        fileprivate let fixedRoundInput: UnsafePointer<UInt32>
        fileprivate let k: UnsafePointer<UInt32>
    }

    /// Runs `body` with the tables pinned, so that a hot loop reads them without reference counting.
    @inline(__always)
    func withTables<T>(_ body: (Tables) -> T) -> T {
        fixedSchedule.withUnsafeBufferPointer { fixed in
            fixedRoundInput.withUnsafeBufferPointer { input in
                SHA256Block.roundConstants.withUnsafeBufferPointer { k in
                    // The arrays are non-empty, so their base addresses exist.
                    guard let fixed = fixed.baseAddress, let input = input.baseAddress, let k = k.baseAddress else {
                        preconditionFailure("empty SHA-256 tables")
                    }
                    return body(Tables(fixedSchedule: fixed, fixedRoundInput: input, k: k))
                }
            }
        }
    }

    /// The eight digests (state words, not yet serialised) of the messages whose words 0 and 1 are
    /// `w0` and `w1` lane by lane. `schedule` is scratch space for 64 vectors.
    @inline(__always)
    func compress(w0: Vector, w1: Vector, schedule w: UnsafeMutablePointer<Vector>, tables: Tables) -> State {
        expand(w0: w0, w1: w1, fixed: tables.fixedSchedule, into: w)
        return rounds(w0: w0, w1: w1, schedule: w, input: tables.fixedRoundInput, k: tables.k)
    }

    /// Writes schedule words 16–63 to `w[16...]`: words 16–31 add only their lane-dependent terms to
    /// the precomputed sums, words 32–63 are the plain recurrence.
    @inline(__always)
    private func expand(w0: Vector, w1: Vector, fixed c: UnsafePointer<UInt32>, into w: UnsafeMutablePointer<Vector>)
    {
        func fixed(_ t: Int) -> Vector { Vector(repeating: c[t &- 16]) }
        w[16] = fixed(16) &+ w0 &+ smallSigma0(w1)
        w[17] = fixed(17) &+ w1
        for t in 18..<23 { w[t] = fixed(t) &+ smallSigma1(w[t &- 2]) }
        for t in 23..<31 { w[t] = fixed(t) &+ smallSigma1(w[t &- 2]) &+ w[t &- 7] }
        w[31] = fixed(31) &+ smallSigma1(w[29]) &+ w[24] &+ smallSigma0(w[16])
        for t in 32..<64 {
            w[t] = smallSigma1(w[t &- 2]) &+ w[t &- 7] &+ smallSigma0(w[t &- 15]) &+ w[t &- 16]
        }
    }

    /// The 64 rounds and the final addition of the initial state.
    @inline(__always)
    private func rounds(
        w0: Vector, w1: Vector, schedule w: UnsafeMutablePointer<Vector>, input: UnsafePointer<UInt32>,
        k: UnsafePointer<UInt32>
    ) -> State {
        let initial = SHA256Block.initial
        // Round 0 from the fixed initial state: only the message word varies.
        var a = Vector(repeating: round0.t1PlusT2) &+ w0
        var e = Vector(repeating: initial.3 &+ round0.t1) &+ w0
        var (b, c, d) = (Vector(repeating: initial.0), Vector(repeating: initial.1), Vector(repeating: initial.2))
        var (f, g, h) = (Vector(repeating: initial.4), Vector(repeating: initial.5), Vector(repeating: initial.6))

        @inline(__always)
        func round(_ kw: Vector) {
            let t1 = h &+ bigSigma1(e) &+ ((e & f) ^ (~e & g)) &+ kw
            let t2 = bigSigma0(a) &+ ((a & b) ^ (a & c) ^ (b & c))
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        round(Vector(repeating: k[1]) &+ w1)
        for t in 2..<16 { round(Vector(repeating: input[t])) }
        for t in 16..<64 { round(Vector(repeating: k[t]) &+ w[t]) }

        func add(_ word: UInt32, _ lanes: Vector) -> Vector { Vector(repeating: word) &+ lanes }
        return (
            add(initial.0, a), add(initial.1, b), add(initial.2, c), add(initial.3, d), add(initial.4, e),
            add(initial.5, f), add(initial.6, g), add(initial.7, h)
        )
    }
}

/// Rotates every lane right by `count` bits (`count` in 1..<32), as two shifts and an or.
@inline(__always)
private func rotr(_ value: SIMD8<UInt32>, _ count: UInt32) -> SIMD8<UInt32> {
    (value &>> count) | (value &<< (32 &- count))
}

@inline(__always) private func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
}

// The four SHA-256 functions (FIPS 180-4 §4.1.2), for one word and for eight lanes.
@inline(__always) private func smallSigma0(_ x: UInt32) -> UInt32 { rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3) }
@inline(__always) private func smallSigma1(_ x: UInt32) -> UInt32 { rotr(x, 17) ^ rotr(x, 19) ^ (x &>> 10) }
@inline(__always) private func bigSigma0(_ x: UInt32) -> UInt32 { rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22) }
@inline(__always) private func bigSigma1(_ x: UInt32) -> UInt32 { rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25) }

@inline(__always) private func smallSigma0(_ x: SIMD8<UInt32>) -> SIMD8<UInt32> {
    rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
}
@inline(__always) private func smallSigma1(_ x: SIMD8<UInt32>) -> SIMD8<UInt32> {
    rotr(x, 17) ^ rotr(x, 19) ^ (x &>> 10)
}
@inline(__always) private func bigSigma0(_ x: SIMD8<UInt32>) -> SIMD8<UInt32> {
    rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22)
}
@inline(__always) private func bigSigma1(_ x: SIMD8<UInt32>) -> SIMD8<UInt32> {
    rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25)
}
