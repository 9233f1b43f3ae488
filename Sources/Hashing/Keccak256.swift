/// Keccak-256 with the original Keccak padding (`0x01`), as used by Ethereum and Substrate's `keccak_256`.
///
/// This is *not* SHA3-256, which pads with `0x06` and so yields different digests.
public struct Keccak256: StreamingHasher {
    /// The length of a Keccak-256 digest in bytes.
    public static let digestByteCount = 32

    /// The sponge rate in bytes: 1600 − 2 × 256 bits.
    static let rateByteCount = 136

    /// One rate-sized block of input bytes.
    private typealias Block = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )

    /// The permutation state.
    private var sponge = KeccakF1600()
    /// Input bytes that do not yet fill a block; only the first `pendingCount` bytes are meaningful.
    private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// The number of meaningful bytes in `pending`.
    private var pendingCount = 0

    /// Creates a hasher that has absorbed nothing.
    public init() {}

    /// The number of bytes `finalize()` returns: always 32.
    public var outputByteCount: Int { Self.digestByteCount }

    /// Absorbs `bytes`, permuting once per completed 136-byte block.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let rate = Self.rateByteCount
        var offset = 0

        if pendingCount > 0 {
            let take = min(rate - pendingCount, bytes.count)
            let start = pendingCount
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[start..<start + take])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            }
            pendingCount += take
            offset = take
            guard pendingCount == rate else { return }
            let full = pending
            withUnsafeBytes(of: full) { sponge.absorb($0) }
            sponge.permute()
            pendingCount = 0
        }

        while bytes.count - offset >= rate {
            sponge.absorb(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + rate]))
            sponge.permute()
            offset += rate
        }

        let rest = bytes.count - offset
        if rest > 0 {
            withUnsafeMutableBytes(of: &pending) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[0..<rest])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            }
            pendingCount = rest
        }
    }

    /// Returns the 32-byte digest of everything absorbed so far; the hasher can keep absorbing afterwards.
    public func finalize() -> [UInt8] {
        let rate = Self.rateByteCount
        var state = sponge
        var block = pending
        let count = pendingCount
        withUnsafeMutableBytes(of: &block) { raw in
            for index in count..<rate {
                raw[index] = 0
            }
            raw[count] = 0x01
            raw[rate - 1] |= 0x80
        }
        withUnsafeBytes(of: block) { state.absorb($0) }
        state.permute()
        return state.squeeze(byteCount: Self.digestByteCount)
    }

    /// Returns the Keccak-256 digest of `data`.
    public static func hash(_ data: some Sequence<UInt8>) -> [UInt8] {
        var hasher = Keccak256()
        hasher.update(data)
        return hasher.finalize()
    }
}
