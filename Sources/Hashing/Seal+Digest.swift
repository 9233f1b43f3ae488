extension Seal {
    /// A 32-byte seal held as four 64-bit words, so that solvers can hash and test nonces without
    /// allocating; ``bytes`` gives the seal as ``Seal/hash(nonce:inner:)`` returns it.
    public struct Digest: Sendable, Hashable {
        /// Bytes 0–7, 8–15, 16–23 and 24–31 of the seal, each read little-endian.
        public var words: (UInt64, UInt64, UInt64, UInt64) {
            (word0, word1, word2, word3)
        }
        private let word0: UInt64
        private let word1: UInt64
        private let word2: UInt64
        private let word3: UInt64

        /// A digest from its four little-endian words.
        init(_ word0: UInt64, _ word1: UInt64, _ word2: UInt64, _ word3: UInt64) {
            (self.word0, self.word1, self.word2, self.word3) = (word0, word1, word2, word3)
        }

        /// The 32 seal bytes.
        public var bytes: [UInt8] {
            let words = [word0, word1, word2, word3]
            return (0..<32).map { UInt8(truncatingIfNeeded: words[$0 / 8] &>> UInt64(($0 % 8) * 8)) }
        }

        /// Whether this seal meets `difficulty`: exactly ``Seal/meetsDifficulty(_:difficulty:byteOrder:)``
        /// on ``bytes``, without building them.
        @inline(__always)
        public func meets(difficulty: UInt64, byteOrder: ByteOrder) -> Bool {
            // Limbs least significant first, then the same carry chain as `meetsDifficulty`.
            let (l0, l1, l2, l3) =
                byteOrder == .littleEndian
                ? (word0, word1, word2, word3)
                : (word3.byteSwapped, word2.byteSwapped, word1.byteSwapped, word0.byteSwapped)
            var carry: UInt64 = 0
            carry = Self.multiplyStep(l0, difficulty, carry)
            carry = Self.multiplyStep(l1, difficulty, carry)
            carry = Self.multiplyStep(l2, difficulty, carry)
            carry = Self.multiplyStep(l3, difficulty, carry)
            return carry == 0
        }

        /// The carry out of `limb × difficulty + carry` (the high word; it cannot wrap).
        @inline(__always)
        private static func multiplyStep(_ limb: UInt64, _ difficulty: UInt64, _ carry: UInt64) -> UInt64 {
            let (high, low) = limb.multipliedFullWidth(by: difficulty)
            let (_, overflow) = low.addingReportingOverflow(carry)
            return high &+ (overflow ? 1 : 0)
        }
    }
}
