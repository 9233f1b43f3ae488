import Crypto

/// SHA-256, computed by swift-crypto, behind the same small API as ``Keccak256`` and ``Blake2b``.
public struct SHA256: StreamingHasher, @unchecked Sendable {
    /// The length of a SHA-256 digest in bytes.
    public static let digestByteCount = 32

    /// The swift-crypto hasher doing the work.
    ///
    /// `Crypto.SHA256` does not declare `Sendable`, but it is a value type: its context is copied before
    /// a shared copy is mutated, and `finalize()` works on a private copy, so copies may cross threads.
    private var hasher = Crypto.SHA256()

    /// Creates a hasher that has absorbed nothing.
    public init() {}

    /// The number of bytes `finalize()` returns: always 32.
    public var outputByteCount: Int { Self.digestByteCount }

    /// Absorbs `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// Returns the 32-byte digest of everything absorbed so far; the hasher can keep absorbing afterwards.
    public func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// Returns the SHA-256 digest of `data`.
    public static func hash(_ data: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data)
        return hasher.finalize()
    }
}
