/// The Keccak-f[1600] permutation state: 25 lanes of 64 bits, lane (x, y) stored at index x + 5y.
struct KeccakF1600: Sendable {
    /// The 25 lanes, in host byte order.
    typealias Lanes = (
        UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64
    )

    /// The ι-step constants for the 24 rounds.
    static let roundConstants: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A,
        0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
        0x8000000080008081, 0x8000000000008009, 0x000000000000008A,
        0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
        0x000000000000800A, 0x800000008000000A, 0x8000000080008081,
        0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]

    /// The current state; all zero for a fresh sponge.
    var lanes: Lanes = (
        0, 0, 0, 0, 0,
        0, 0, 0, 0, 0,
        0, 0, 0, 0, 0,
        0, 0, 0, 0, 0,
        0, 0, 0, 0, 0
    )

    /// XORs `block`, read as little-endian 64-bit words, into the leading lanes (`block.count / 8` of them).
    @inline(__always)
    mutating func absorb(_ block: UnsafeRawBufferPointer) {
        withUnsafeMutableBytes(of: &lanes) { state in
            var offset = 0
            while offset + 8 <= block.count {
                let word = UInt64(littleEndian: block.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let lane = state.load(fromByteOffset: offset, as: UInt64.self)
                state.storeBytes(of: lane ^ word, toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
        }
    }

    /// Writes the lanes little-endian over the first `200` bytes of `bytes`.
    @inline(__always)
    func store(into bytes: UnsafeMutableRawBufferPointer) {
        withUnsafeBytes(of: lanes) { state in
            var offset = 0
            while offset + 8 <= min(bytes.count, state.count) {
                let lane = state.load(fromByteOffset: offset, as: UInt64.self)
                bytes.storeBytes(of: lane.littleEndian, toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
        }
    }

    /// Returns the first `byteCount` bytes of the state, lanes serialised little-endian.
    func squeeze(byteCount: Int) -> [UInt8] {
        withUnsafeTemporaryAllocation(byteCount: 200, alignment: 8) { block in
            store(into: block)
            return Array(block.prefix(byteCount))
        }
    }

    /// Applies the 24 rounds of Keccak-f[1600] in place; each round is written out lane by lane.
    mutating func permute() {
        var (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12) = (
            lanes.0, lanes.1, lanes.2, lanes.3, lanes.4, lanes.5, lanes.6, lanes.7, lanes.8, lanes.9,
            lanes.10, lanes.11, lanes.12
        )
        var (a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24) = (
            lanes.13, lanes.14, lanes.15, lanes.16, lanes.17, lanes.18, lanes.19, lanes.20, lanes.21,
            lanes.22, lanes.23, lanes.24
        )

        for rc in Self.roundConstants {
            // θ: column parities
            let c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20
            let c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21
            let c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22
            let c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23
            let c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24
            let d0 = c4 ^ rotl(c1, 1)
            let d1 = c0 ^ rotl(c2, 1)
            let d2 = c1 ^ rotl(c3, 1)
            let d3 = c2 ^ rotl(c4, 1)
            let d4 = c3 ^ rotl(c0, 1)
            // ρ and π: b[y, 2x + 3y] = rotl(a[x, y] ^ d[x], r[x, y])
            let b0 = a0 ^ d0
            let b1 = rotl(a6 ^ d1, 44)
            let b2 = rotl(a12 ^ d2, 43)
            let b3 = rotl(a18 ^ d3, 21)
            let b4 = rotl(a24 ^ d4, 14)
            let b5 = rotl(a3 ^ d3, 28)
            let b6 = rotl(a9 ^ d4, 20)
            let b7 = rotl(a10 ^ d0, 3)
            let b8 = rotl(a16 ^ d1, 45)
            let b9 = rotl(a22 ^ d2, 61)
            let b10 = rotl(a1 ^ d1, 1)
            let b11 = rotl(a7 ^ d2, 6)
            let b12 = rotl(a13 ^ d3, 25)
            let b13 = rotl(a19 ^ d4, 8)
            let b14 = rotl(a20 ^ d0, 18)
            let b15 = rotl(a4 ^ d4, 27)
            let b16 = rotl(a5 ^ d0, 36)
            let b17 = rotl(a11 ^ d1, 10)
            let b18 = rotl(a17 ^ d2, 15)
            let b19 = rotl(a23 ^ d3, 56)
            let b20 = rotl(a2 ^ d2, 62)
            let b21 = rotl(a8 ^ d3, 55)
            let b22 = rotl(a14 ^ d4, 39)
            let b23 = rotl(a15 ^ d0, 41)
            let b24 = rotl(a21 ^ d1, 2)
            // χ
            a0 = b0 ^ (~b1 & b2)
            a1 = b1 ^ (~b2 & b3)
            a2 = b2 ^ (~b3 & b4)
            a3 = b3 ^ (~b4 & b0)
            a4 = b4 ^ (~b0 & b1)
            a5 = b5 ^ (~b6 & b7)
            a6 = b6 ^ (~b7 & b8)
            a7 = b7 ^ (~b8 & b9)
            a8 = b8 ^ (~b9 & b5)
            a9 = b9 ^ (~b5 & b6)
            a10 = b10 ^ (~b11 & b12)
            a11 = b11 ^ (~b12 & b13)
            a12 = b12 ^ (~b13 & b14)
            a13 = b13 ^ (~b14 & b10)
            a14 = b14 ^ (~b10 & b11)
            a15 = b15 ^ (~b16 & b17)
            a16 = b16 ^ (~b17 & b18)
            a17 = b17 ^ (~b18 & b19)
            a18 = b18 ^ (~b19 & b15)
            a19 = b19 ^ (~b15 & b16)
            a20 = b20 ^ (~b21 & b22)
            a21 = b21 ^ (~b22 & b23)
            a22 = b22 ^ (~b23 & b24)
            a23 = b23 ^ (~b24 & b20)
            a24 = b24 ^ (~b20 & b21)
            // ι
            a0 ^= rc
        }

        lanes = (
            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12,
            a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24
        )
    }
}

/// Rotates `value` left by `count` bits (`count` in 0..<64).
@inline(__always)
private func rotl(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value &<< count) | (value &>> (64 &- count))
}
