/// One SHA-256 compression over a single 64-byte block held in registers and a stack buffer: the
/// allocation-free core of ``Seal/NonceHasher``, whose 40-byte messages always fit one padded block.
enum SHA256Block {
    /// The eight state words a fresh SHA-256 starts from.
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The initial hash value H(0) (FIPS 180-4 §5.3.3).
    static let initial: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )

    /// The 64 round constants K (FIPS 180-4 §4.2.2).
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Returns the state after compressing the 16 message words `block` (already read big-endian)
    /// into `state`. `block` is used as the rolling message schedule and is overwritten.
    @inline(__always)
    static func compress(_ state: State, block w: UnsafeMutablePointer<UInt32>, constants k: UnsafePointer<UInt32>)
        -> State
    {
        var (a, b, c, d, e, f, g, h) = state
        for t in 0..<64 {
            let wt: UInt32
            if t < 16 {
                wt = w[t]
            } else {
                let w15 = w[(t &- 15) & 15]
                let w2 = w[(t &- 2) & 15]
                let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
                let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
                wt = w[t & 15] &+ s0 &+ w[(t &- 7) & 15] &+ s1
                w[t & 15] = wt
            }
            let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ sum1 &+ choice &+ k[t] &+ wt
            let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ sum0 &+ majority)
        }
        return (
            state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g,
            state.7 &+ h
        )
    }
}

/// Rotates `value` right by `count` bits (`count` in 1..<32).
@inline(__always)
private func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
}
