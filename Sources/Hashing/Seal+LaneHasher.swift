extension Seal {
    /// Computes the seals of eight consecutive nonces at once over one fixed 32-byte inner hash:
    /// SHA-256 with one nonce per lane of a `SIMD8<UInt32>`, then Keccak-256 of the eight digests
    /// as eight bit-interleaved sponges, then a per-lane difficulty pre-filter on the seal's most
    /// significant 32 bits. Built for Haswell or later (`-target-cpu haswell`) every step is AVX2 code.
    ///
    /// Its seals are byte for byte those of ``Seal/NonceHasher`` (the scalar reference), and
    /// ``search(from:count:difficulty:byteOrder:)`` returns exactly the offset and seal the scalar
    /// search returns.
    public struct LaneHasher: Sendable {
        /// Nonces hashed together.
        public static let laneCount = 8

        private let sha: SHA256Lanes

        /// A hasher over `inner` (an ``Seal/innerHash(blockHash:hotkey:)`` or, for legacy seals, the
        /// block hash); `nil` unless `inner` is exactly 32 bytes, as on chain.
        public init?(inner: [UInt8]) {
            guard inner.count == 32 else { return nil }
            let words = (0..<8).map { index in
                (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(inner[index * 4 + $1]) }
            }
            sha = SHA256Lanes(innerWords: words)
        }

        /// A hasher for the hotkey-specific seal over `blockHash` and `hotkey` (both 32 bytes).
        public init?(blockHash: [UInt8], hotkey: [UInt8]) {
            guard blockHash.count == 32, hotkey.count == 32 else { return nil }
            self.init(inner: Seal.innerHash(blockHash: blockHash, hotkey: hotkey))
        }

        /// The seals of the ``laneCount`` nonces `start`, `start + 1`, … (wrapping at 2^64), in order.
        public func hashes(from start: UInt64) -> [Digest] {
            withScratch { scratch in
                let seals = Words(seals(start, scratch))
                return (0..<Self.laneCount).map { seals.digest($0) }
            }
        }

        /// Tries `count` nonces from `start` upward (wrapping at 2^64) and returns the offset from
        /// `start` of the first whose seal meets `difficulty`, with that seal; `nil` when none does.
        public func search(from start: UInt64, count: UInt64, difficulty: UInt64, byteOrder: ByteOrder)
            -> (offset: UInt64, seal: Digest)?
        {
            // A seal whose top 64 bits exceed UInt64.max / difficulty overflows whatever its other
            // bits, and so does one whose top 32 bits exceed the top 32 bits of that bound.
            let bound = difficulty == 0 ? UInt64.max : .max / difficulty
            let threshold = SIMD8<UInt32>(repeating: UInt32(bound >> 32))
            let bigEndian = byteOrder == .bigEndian
            return withScratch { scratch in
                var offset: UInt64 = 0
                while offset < count {
                    let lanes = seals(start &+ offset, scratch)
                    // Seal bytes 0–3 read big-endian, or bytes 28–31 read little-endian.
                    let top = bigEndian ? byteSwapped(lanes.0.lowWord) : lanes.3.highWord
                    if any(top .<= threshold) {
                        let seals = Words(lanes)
                        for lane in 0..<Self.laneCount where UInt64(lane) < count - offset {
                            let digest = seals.digest(lane)
                            if digest.meets(difficulty: difficulty, byteOrder: byteOrder) {
                                return (offset + UInt64(lane), digest)
                            }
                        }
                    }
                    offset &+= UInt64(Self.laneCount)
                    if offset < UInt64(Self.laneCount) { break }  // count was within 7 of 2^64
                }
                return nil
            }
        }

        /// The eight seals as 32-bit words: `low.j` and `high.j` hold the halves of seal word `j`.
        private struct Words {
            let low: (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>)
            let high: (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>)

            init(_ lanes: (KeccakLanes.Lane, KeccakLanes.Lane, KeccakLanes.Lane, KeccakLanes.Lane)) {
                low = (lanes.0.lowWord, lanes.1.lowWord, lanes.2.lowWord, lanes.3.lowWord)
                high = (lanes.0.highWord, lanes.1.highWord, lanes.2.highWord, lanes.3.highWord)
            }

            /// The seal in `lane`.
            func digest(_ lane: Int) -> Digest {
                func word(_ low: SIMD8<UInt32>, _ high: SIMD8<UInt32>) -> UInt64 {
                    UInt64(low[lane]) | UInt64(high[lane]) << 32
                }
                return Digest(
                    word(low.0, high.0), word(low.1, high.1), word(low.2, high.2), word(low.3, high.3))
            }
        }

        /// Scratch space and tables for one batch of groups.
        private struct Scratch {
            var schedule: UnsafeMutablePointer<SIMD8<UInt32>>
            var tables: SHA256Lanes.Tables
            var keccak: UnsafePointer<UInt32>
            var sponges: UnsafeMutablePointer<SIMD8<UInt32>>
        }

        /// Runs `body` with the SHA-256 schedule and the Keccak states on the stack and the constant
        /// tables pinned.
        @inline(__always)
        private func withScratch<T>(_ body: (Scratch) -> T) -> T {
            withUnsafeTemporaryAllocation(of: SIMD8<UInt32>.self, capacity: 64 + KeccakLanes.scratchCount) { buffer in
                sha.withTables { tables in
                    KeccakLanes.interleavedRoundConstants.withUnsafeBufferPointer { constants in
                        // The buffers are non-empty, so their base addresses exist.
                        guard let schedule = buffer.baseAddress, let keccak = constants.baseAddress else {
                            preconditionFailure("empty seal buffers")
                        }
                        return body(
                            Scratch(schedule: schedule, tables: tables, keccak: keccak, sponges: schedule + 64))
                    }
                }
            }
        }

        /// The seals of nonces `base` … `base + 7` (wrapping), as Keccak state lanes 0–3.
        @inline(__always)
        private func seals(_ base: UInt64, _ scratch: Scratch)
            -> (KeccakLanes.Lane, KeccakLanes.Lane, KeccakLanes.Lane, KeccakLanes.Lane)
        {
            // Nonce words, low and high halves, with the carry out of the low half per lane.
            let iota = SIMD8<UInt32>(0, 1, 2, 3, 4, 5, 6, 7)
            let baseLow = SIMD8<UInt32>(repeating: UInt32(truncatingIfNeeded: base))
            let low = baseLow &+ iota
            let carry = ((baseLow & iota) | ((baseLow | iota) & ~low)) &>> 31
            let high = SIMD8<UInt32>(repeating: UInt32(truncatingIfNeeded: base &>> 32)) &+ carry
            let h = sha.compress(
                w0: byteSwapped(low), w1: byteSwapped(high), schedule: scratch.schedule, tables: scratch.tables)
            // Keccak lanes are the digest bytes read little-endian: two byte-swapped words per lane.
            typealias Lane = KeccakLanes.Lane
            return KeccakLanes.hash(
                Lane(low: byteSwapped(h.0), high: byteSwapped(h.1)), Lane(low: byteSwapped(h.2), high: byteSwapped(h.3)),
                Lane(low: byteSwapped(h.4), high: byteSwapped(h.5)), Lane(low: byteSwapped(h.6), high: byteSwapped(h.7)),
                constants: scratch.keccak, scratch: scratch.sponges)
        }
    }
}

/// Every 32-bit lane with its bytes reversed.
@inline(__always)
private func byteSwapped(_ x: SIMD8<UInt32>) -> SIMD8<UInt32> {
    let middle = SIMD8<UInt32>(repeating: 0x00FF_0000)
    return (x &<< 24) | ((x &<< 8) & middle) | ((x &>> 8) & (middle &>> 8)) | (x &>> 24)
}
