/// BLAKE2b (RFC 7693) with a digest of 1…64 bytes and an optional key of up to 64 bytes.
///
/// Substrate hashes blocks with BLAKE2b-256 (``hash256(_:)``) and builds storage keys with
/// BLAKE2b-128 (``hash128(_:)``, ``hash128Concat(_:)``).
public struct Blake2b: StreamingHasher {
    /// The largest digest length in bytes.
    public static let maxOutputByteCount = 64
    /// The largest key length in bytes.
    public static let maxKeyByteCount = 64
    /// The compression block size in bytes.
    static let blockByteCount = 128

    /// The chaining value: eight 64-bit words.
    typealias ChainingValue = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// One 128-byte message block.
    private typealias Block = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )

    /// The initialisation vector (the SHA-512 initial hash values).
    static let iv: ChainingValue = (
        0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
        0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179
    )

    /// The number of bytes `finalize()` returns.
    public let outputByteCount: Int
    /// The current chaining value.
    private var h: ChainingValue
    /// The low word of the byte counter `t`.
    private var counterLow: UInt64 = 0
    /// The high word of the byte counter `t`.
    private var counterHigh: UInt64 = 0
    /// Input held back until it is known whether it is the last block; only `pendingCount` bytes are meaningful.
    private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// The number of meaningful bytes in `pending` (0…128).
    private var pendingCount = 0

    /// Creates a hasher producing `outputByteCount` bytes (1…64), keyed with `key` (0…64 bytes) if given.
    public init(outputByteCount: Int = Blake2b.maxOutputByteCount, key: [UInt8] = []) throws(Blake2bError) {
        guard (1...Self.maxOutputByteCount).contains(outputByteCount) else {
            throw .invalidOutputByteCount(outputByteCount)
        }
        guard key.count <= Self.maxKeyByteCount else {
            throw .keyTooLong(key.count)
        }
        self.init(validatedOutputByteCount: outputByteCount, key: key)
    }

    /// Creates a hasher from parameters already known to be in range.
    init(validatedOutputByteCount outputByteCount: Int, key: [UInt8] = []) {
        self.outputByteCount = outputByteCount
        var h = Self.iv
        // Parameter block word 0: digest length, key length, fanout 1, depth 1.
        h.0 ^= 0x0101_0000 ^ (UInt64(key.count) << 8) ^ UInt64(outputByteCount)
        self.h = h
        if !key.isEmpty {
            // The key, zero-padded to a full block, is the first block of input.
            key.withUnsafeBytes { keyBytes in
                withUnsafeMutableBytes(of: &pending) { block in
                    UnsafeMutableRawBufferPointer(rebasing: block[0..<keyBytes.count]).copyMemory(
                        from: keyBytes)
                }
            }
            pendingCount = Self.blockByteCount
        }
    }

    /// Absorbs `bytes`, always keeping the most recent block back so that it can be finalised.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let blockSize = Self.blockByteCount
        var offset = 0

        if pendingCount > 0 && bytes.count > blockSize - pendingCount {
            let take = blockSize - pendingCount
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[start..<blockSize])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            }
            offset = take
            advanceCounter(by: blockSize)
            let full = pending
            withUnsafeBytes(of: full) { block in
                Self.compress(
                    &h, block: block, counterLow: counterLow, counterHigh: counterHigh, isLast: false)
            }
            pendingCount = 0
        }

        if pendingCount == 0 {
            while bytes.count - offset > blockSize {
                advanceCounter(by: blockSize)
                Self.compress(
                    &h, block: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + blockSize]),
                    counterLow: counterLow, counterHigh: counterHigh, isLast: false)
                offset += blockSize
            }
        }

        let rest = bytes.count - offset
        if rest > 0 {
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[start..<start + rest])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            }
            pendingCount += rest
        }
    }

    /// Returns the digest of everything absorbed so far; the hasher can keep absorbing afterwards.
    public func finalize() -> [UInt8] {
        var copy = self
        copy.advanceCounter(by: pendingCount)
        let count = pendingCount
        withUnsafeMutableBytes(of: &copy.pending) { block in
            for index in count..<Self.blockByteCount {
                block[index] = 0
            }
        }
        let last = copy.pending
        withUnsafeBytes(of: last) { block in
            Self.compress(
                &copy.h, block: block, counterLow: copy.counterLow, counterHigh: copy.counterHigh,
                isLast: true)
        }
        return withUnsafeBytes(of: copy.h) { words in
            (0..<outputByteCount).map { index in
                let word = words.load(fromByteOffset: (index / 8) * 8, as: UInt64.self)
                return UInt8(truncatingIfNeeded: word >> UInt64((index % 8) * 8))
            }
        }
    }

    /// Adds `byteCount` to the 128-bit byte counter.
    private mutating func advanceCounter(by byteCount: Int) {
        let (low, overflow) = counterLow.addingReportingOverflow(UInt64(byteCount))
        counterLow = low
        if overflow {
            counterHigh &+= 1
        }
    }

    /// The compression function F: mixes one 128-byte `block` into `h`.
    private static func compress(
        _ h: inout ChainingValue, block: UnsafeRawBufferPointer,
        counterLow: UInt64, counterHigh: UInt64, isLast: Bool
    ) {
        func word(_ index: Int) -> UInt64 {
            UInt64(littleEndian: block.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        let (m0, m1, m2, m3, m4, m5, m6, m7) = (
            word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7)
        )
        let (m8, m9, m10, m11, m12, m13, m14, m15) =
            (word(8), word(9), word(10), word(11), word(12), word(13), word(14), word(15))

        var (v0, v1, v2, v3, v4, v5, v6, v7) = h
        var (v8, v9, v10, v11, v12, v13, v14, v15) = iv
        v12 ^= counterLow
        v13 ^= counterHigh
        if isLast {
            v14 = ~v14
        }

        // Round 0
        mix(&v0, &v4, &v8, &v12, m0, m1)
        mix(&v1, &v5, &v9, &v13, m2, m3)
        mix(&v2, &v6, &v10, &v14, m4, m5)
        mix(&v3, &v7, &v11, &v15, m6, m7)
        mix(&v0, &v5, &v10, &v15, m8, m9)
        mix(&v1, &v6, &v11, &v12, m10, m11)
        mix(&v2, &v7, &v8, &v13, m12, m13)
        mix(&v3, &v4, &v9, &v14, m14, m15)
        // Round 1
        mix(&v0, &v4, &v8, &v12, m14, m10)
        mix(&v1, &v5, &v9, &v13, m4, m8)
        mix(&v2, &v6, &v10, &v14, m9, m15)
        mix(&v3, &v7, &v11, &v15, m13, m6)
        mix(&v0, &v5, &v10, &v15, m1, m12)
        mix(&v1, &v6, &v11, &v12, m0, m2)
        mix(&v2, &v7, &v8, &v13, m11, m7)
        mix(&v3, &v4, &v9, &v14, m5, m3)
        // Round 2
        mix(&v0, &v4, &v8, &v12, m11, m8)
        mix(&v1, &v5, &v9, &v13, m12, m0)
        mix(&v2, &v6, &v10, &v14, m5, m2)
        mix(&v3, &v7, &v11, &v15, m15, m13)
        mix(&v0, &v5, &v10, &v15, m10, m14)
        mix(&v1, &v6, &v11, &v12, m3, m6)
        mix(&v2, &v7, &v8, &v13, m7, m1)
        mix(&v3, &v4, &v9, &v14, m9, m4)
        // Round 3
        mix(&v0, &v4, &v8, &v12, m7, m9)
        mix(&v1, &v5, &v9, &v13, m3, m1)
        mix(&v2, &v6, &v10, &v14, m13, m12)
        mix(&v3, &v7, &v11, &v15, m11, m14)
        mix(&v0, &v5, &v10, &v15, m2, m6)
        mix(&v1, &v6, &v11, &v12, m5, m10)
        mix(&v2, &v7, &v8, &v13, m4, m0)
        mix(&v3, &v4, &v9, &v14, m15, m8)
        // Round 4
        mix(&v0, &v4, &v8, &v12, m9, m0)
        mix(&v1, &v5, &v9, &v13, m5, m7)
        mix(&v2, &v6, &v10, &v14, m2, m4)
        mix(&v3, &v7, &v11, &v15, m10, m15)
        mix(&v0, &v5, &v10, &v15, m14, m1)
        mix(&v1, &v6, &v11, &v12, m11, m12)
        mix(&v2, &v7, &v8, &v13, m6, m8)
        mix(&v3, &v4, &v9, &v14, m3, m13)
        // Round 5
        mix(&v0, &v4, &v8, &v12, m2, m12)
        mix(&v1, &v5, &v9, &v13, m6, m10)
        mix(&v2, &v6, &v10, &v14, m0, m11)
        mix(&v3, &v7, &v11, &v15, m8, m3)
        mix(&v0, &v5, &v10, &v15, m4, m13)
        mix(&v1, &v6, &v11, &v12, m7, m5)
        mix(&v2, &v7, &v8, &v13, m15, m14)
        mix(&v3, &v4, &v9, &v14, m1, m9)
        // Round 6
        mix(&v0, &v4, &v8, &v12, m12, m5)
        mix(&v1, &v5, &v9, &v13, m1, m15)
        mix(&v2, &v6, &v10, &v14, m14, m13)
        mix(&v3, &v7, &v11, &v15, m4, m10)
        mix(&v0, &v5, &v10, &v15, m0, m7)
        mix(&v1, &v6, &v11, &v12, m6, m3)
        mix(&v2, &v7, &v8, &v13, m9, m2)
        mix(&v3, &v4, &v9, &v14, m8, m11)
        // Round 7
        mix(&v0, &v4, &v8, &v12, m13, m11)
        mix(&v1, &v5, &v9, &v13, m7, m14)
        mix(&v2, &v6, &v10, &v14, m12, m1)
        mix(&v3, &v7, &v11, &v15, m3, m9)
        mix(&v0, &v5, &v10, &v15, m5, m0)
        mix(&v1, &v6, &v11, &v12, m15, m4)
        mix(&v2, &v7, &v8, &v13, m8, m6)
        mix(&v3, &v4, &v9, &v14, m2, m10)
        // Round 8
        mix(&v0, &v4, &v8, &v12, m6, m15)
        mix(&v1, &v5, &v9, &v13, m14, m9)
        mix(&v2, &v6, &v10, &v14, m11, m3)
        mix(&v3, &v7, &v11, &v15, m0, m8)
        mix(&v0, &v5, &v10, &v15, m12, m2)
        mix(&v1, &v6, &v11, &v12, m13, m7)
        mix(&v2, &v7, &v8, &v13, m1, m4)
        mix(&v3, &v4, &v9, &v14, m10, m5)
        // Round 9
        mix(&v0, &v4, &v8, &v12, m10, m2)
        mix(&v1, &v5, &v9, &v13, m8, m4)
        mix(&v2, &v6, &v10, &v14, m7, m6)
        mix(&v3, &v7, &v11, &v15, m1, m5)
        mix(&v0, &v5, &v10, &v15, m15, m11)
        mix(&v1, &v6, &v11, &v12, m9, m14)
        mix(&v2, &v7, &v8, &v13, m3, m12)
        mix(&v3, &v4, &v9, &v14, m13, m0)
        // Round 10 (σ0)
        mix(&v0, &v4, &v8, &v12, m0, m1)
        mix(&v1, &v5, &v9, &v13, m2, m3)
        mix(&v2, &v6, &v10, &v14, m4, m5)
        mix(&v3, &v7, &v11, &v15, m6, m7)
        mix(&v0, &v5, &v10, &v15, m8, m9)
        mix(&v1, &v6, &v11, &v12, m10, m11)
        mix(&v2, &v7, &v8, &v13, m12, m13)
        mix(&v3, &v4, &v9, &v14, m14, m15)
        // Round 11 (σ1)
        mix(&v0, &v4, &v8, &v12, m14, m10)
        mix(&v1, &v5, &v9, &v13, m4, m8)
        mix(&v2, &v6, &v10, &v14, m9, m15)
        mix(&v3, &v7, &v11, &v15, m13, m6)
        mix(&v0, &v5, &v10, &v15, m1, m12)
        mix(&v1, &v6, &v11, &v12, m0, m2)
        mix(&v2, &v7, &v8, &v13, m11, m7)
        mix(&v3, &v4, &v9, &v14, m5, m3)

        h.0 ^= v0 ^ v8
        h.1 ^= v1 ^ v9
        h.2 ^= v2 ^ v10
        h.3 ^= v3 ^ v11
        h.4 ^= v4 ^ v12
        h.5 ^= v5 ^ v13
        h.6 ^= v6 ^ v14
        h.7 ^= v7 ^ v15
    }
}

extension Blake2b {
    /// Returns the BLAKE2b digest of `data` with `outputByteCount` bytes (1…64), keyed with `key` if given.
    public static func hash(
        _ data: some Sequence<UInt8>, outputByteCount: Int = maxOutputByteCount, key: [UInt8] = []
    ) throws(Blake2bError) -> [UInt8] {
        var hasher = try Blake2b(outputByteCount: outputByteCount, key: key)
        hasher.update(data)
        return hasher.finalize()
    }

    /// Returns the unkeyed BLAKE2b-128 digest of `data` (Substrate's `blake2_128`).
    public static func hash128(_ data: some Sequence<UInt8>) -> [UInt8] {
        unkeyed(data, outputByteCount: 16)
    }

    /// Returns `blake2_128(data) ‖ data`, Substrate's `Blake2_128Concat` storage-key hasher.
    public static func hash128Concat(_ data: some Sequence<UInt8>) -> [UInt8] {
        let bytes = Array(data)
        return hash128(bytes) + bytes
    }

    /// Returns the unkeyed BLAKE2b-256 digest of `data` (Substrate's `blake2_256`, used for block hashes).
    public static func hash256(_ data: some Sequence<UInt8>) -> [UInt8] {
        unkeyed(data, outputByteCount: 32)
    }

    /// Returns the unkeyed BLAKE2b-512 digest of `data`.
    public static func hash512(_ data: some Sequence<UInt8>) -> [UInt8] {
        unkeyed(data, outputByteCount: 64)
    }

    /// Hashes `data` without a key at a digest length known to be valid.
    private static func unkeyed(_ data: some Sequence<UInt8>, outputByteCount: Int) -> [UInt8] {
        var hasher = Blake2b(validatedOutputByteCount: outputByteCount)
        hasher.update(data)
        return hasher.finalize()
    }
}

/// The BLAKE2b mixing function G on four state words and two message words.
@inline(__always)
private func mix(
    _ a: inout UInt64, _ b: inout UInt64, _ c: inout UInt64, _ d: inout UInt64, _ x: UInt64, _ y: UInt64
) {
    a = a &+ b &+ x
    d = rotr(d ^ a, 32)
    c = c &+ d
    b = rotr(b ^ c, 24)
    a = a &+ b &+ y
    d = rotr(d ^ a, 16)
    c = c &+ d
    b = rotr(b ^ c, 63)
}

/// Rotates `value` right by `count` bits (`count` in 1..<64).
@inline(__always)
private func rotr(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value &>> count) | (value &<< (64 &- count))
}

extension Blake2b {
    /// The unkeyed BLAKE2b-512 digest of a message of at most 128 bytes, as eight little-endian
    /// words (the digest's bytes in order), computed with one compression and no allocation.
    ///
    /// For hot paths that hash many short messages, such as expanding digests into the lanes of a
    /// multiset hash. Longer messages return `nil`.
    public static func hash512Words(ofShortMessage message: UnsafeRawBufferPointer) -> [UInt64]? {
        guard message.count <= blockByteCount else { return nil }
        var h = iv
        h.0 ^= 0x0101_0000 ^ UInt64(maxOutputByteCount)
        var block: Block = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &block) { bytes in
            bytes.copyMemory(from: message)
        }
        withUnsafeBytes(of: block) { bytes in
            compress(&h, block: bytes, counterLow: UInt64(message.count), counterHigh: 0, isLast: true)
        }
        return [
            UInt64(littleEndian: h.0), UInt64(littleEndian: h.1), UInt64(littleEndian: h.2),
            UInt64(littleEndian: h.3), UInt64(littleEndian: h.4), UInt64(littleEndian: h.5),
            UInt64(littleEndian: h.6), UInt64(littleEndian: h.7),
        ]
    }
}
