extension Seal {
    /// Computes seals for nonce after nonce over one fixed 32-byte inner hash without allocating:
    /// SHA-256 of the 40-byte `le64(nonce) ‖ inner` is one padded block and Keccak-256 of the
    /// 32-byte result is one permutation, both done in registers and stack buffers.
    ///
    /// Its seals are byte for byte those of ``Seal/hash(nonce:inner:)``; solvers use it in their hot loop.
    public struct NonceHasher: Sendable {
        /// Message words 2–9 of the SHA-256 block: the inner hash read big-endian.
        private let innerWords: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

        /// A hasher over `inner` (an ``Seal/innerHash(blockHash:hotkey:)`` or, for legacy seals, the
        /// block hash); `nil` unless `inner` is exactly 32 bytes, as on chain.
        public init?(inner: [UInt8]) {
            guard inner.count == 32 else { return nil }
            func word(_ index: Int) -> UInt32 {
                (0..<4).reduce(0) { $0 << 8 | UInt32(inner[index * 4 + $1]) }
            }
            innerWords = (word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7))
        }

        /// A hasher for the hotkey-specific seal over `blockHash` and `hotkey` (both 32 bytes).
        public init?(blockHash: [UInt8], hotkey: [UInt8]) {
            guard blockHash.count == 32, hotkey.count == 32 else { return nil }
            self.init(inner: Seal.innerHash(blockHash: blockHash, hotkey: hotkey))
        }

        /// The seal of `nonce`.
        public func hash(nonce: UInt64) -> Digest {
            withSchedule { schedule, constants in seal(nonce, schedule, constants) }
        }

        /// Tries `count` nonces from `start` upward (wrapping at 2^64) and returns the offset from
        /// `start` of the first whose seal meets `difficulty`, with that seal; `nil` when none does.
        public func search(from start: UInt64, count: UInt64, difficulty: UInt64, byteOrder: ByteOrder)
            -> (offset: UInt64, seal: Digest)?
        {
            withSchedule { schedule, constants in
                var offset: UInt64 = 0
                while offset < count {
                    let digest = seal(start &+ offset, schedule, constants)
                    if digest.meets(difficulty: difficulty, byteOrder: byteOrder) { return (offset, digest) }
                    offset &+= 1
                }
                return nil
            }
        }

        /// Runs `body` with a 16-word stack buffer for the SHA-256 schedule and the round constants.
        @inline(__always)
        private func withSchedule<T>(
            _ body: (UnsafeMutablePointer<UInt32>, UnsafePointer<UInt32>) -> T
        ) -> T {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
                SHA256Block.roundConstants.withUnsafeBufferPointer { constants in
                    // Both buffers are non-empty, so their base addresses exist.
                    guard let words = schedule.baseAddress, let k = constants.baseAddress else {
                        preconditionFailure("empty SHA-256 buffers")
                    }
                    return body(words, k)
                }
            }
        }

        /// `keccak256(sha256(le64(nonce) ‖ inner))` with the schedule buffer and constants given.
        @inline(__always)
        private func seal(_ nonce: UInt64, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>)
            -> Digest
        {
            // The 40-byte message, padded: 0x80 after it and its bit length (320) at the end.
            w[0] = UInt32(truncatingIfNeeded: nonce).byteSwapped
            w[1] = UInt32(truncatingIfNeeded: nonce &>> 32).byteSwapped
            (w[2], w[3], w[4], w[5]) = (innerWords.0, innerWords.1, innerWords.2, innerWords.3)
            (w[6], w[7], w[8], w[9]) = (innerWords.4, innerWords.5, innerWords.6, innerWords.7)
            w[10] = 0x8000_0000
            (w[11], w[12], w[13], w[14]) = (0, 0, 0, 0)
            w[15] = 320
            let h = SHA256Block.compress(SHA256Block.initial, block: w, constants: k)

            // Keccak-256 of the 32-byte digest: lanes 0–3 hold it (little-endian), then the 0x01
            // padding byte at offset 32 and 0x80 in the last byte of the 136-byte rate.
            var sponge = KeccakF1600()
            sponge.lanes.0 = UInt64(h.0.byteSwapped) | UInt64(h.1.byteSwapped) &<< 32
            sponge.lanes.1 = UInt64(h.2.byteSwapped) | UInt64(h.3.byteSwapped) &<< 32
            sponge.lanes.2 = UInt64(h.4.byteSwapped) | UInt64(h.5.byteSwapped) &<< 32
            sponge.lanes.3 = UInt64(h.6.byteSwapped) | UInt64(h.7.byteSwapped) &<< 32
            sponge.lanes.4 = 0x01
            sponge.lanes.16 = 0x80 &<< 56
            sponge.permute()
            return Digest(sponge.lanes.0, sponge.lanes.1, sponge.lanes.2, sponge.lanes.3)
        }
    }
}
