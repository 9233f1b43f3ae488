/// FIPS 202 SHA3-256: the Keccak-f[1600] sponge with rate 136 bytes and the SHA-3 domain padding `0x06`.
///
/// This differs from ``Keccak256`` only in the padding byte, which is enough to give unrelated digests;
/// Bittensor's axon/dendrite body hash (Python's `hashlib.sha3_256`) uses this one.
public struct SHA3_256: StreamingHasher {
    /// The length of a SHA3-256 digest in bytes.
    public static let digestByteCount = 32

    /// The sponge rate in bytes: 1600 − 2 × 256 bits.
    static let rateByteCount = 136

    /// The permutation state.
    private var sponge = KeccakF1600()
    /// Input bytes that do not yet fill a block.
    private var pending: [UInt8] = []

    /// Creates a hasher that has absorbed nothing.
    public init() {
        pending.reserveCapacity(Self.rateByteCount)
    }

    /// The number of bytes `finalize()` returns: always 32.
    public var outputByteCount: Int { Self.digestByteCount }

    /// Absorbs `bytes`, permuting once per completed 136-byte block.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let rate = Self.rateByteCount
        var offset = 0
        if !pending.isEmpty {
            let take = min(rate - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            guard pending.count == rate else { return }
            pending.withUnsafeBytes { sponge.absorb($0) }
            sponge.permute()
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= rate {
            sponge.absorb(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + rate]))
            sponge.permute()
            offset += rate
        }
        if offset < bytes.count {
            pending.append(contentsOf: bytes[offset...])
        }
    }

    /// Returns the 32-byte digest of everything absorbed so far; the hasher can keep absorbing afterwards.
    public func finalize() -> [UInt8] {
        let rate = Self.rateByteCount
        var state = sponge
        var block = pending
        block.append(0x06)
        block.append(contentsOf: repeatElement(0, count: rate - block.count))
        block[rate - 1] |= 0x80
        block.withUnsafeBytes { state.absorb($0) }
        state.permute()
        return state.squeeze(byteCount: Self.digestByteCount)
    }

    /// Returns the SHA3-256 digest of `data`.
    public static func hash(_ data: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA3_256()
        hasher.update(data)
        return hasher.finalize()
    }

    /// Returns the lowercase hex SHA3-256 digest of `text`'s UTF-8 bytes, as Python's
    /// `hashlib.sha3_256(text.encode()).hexdigest()` does.
    public static func hexDigest(_ text: String) -> String {
        Hex.encode(hash(Array(text.utf8)))
    }
}
