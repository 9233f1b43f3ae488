/// A hash function that absorbs input incrementally and produces its digest as bytes.
public protocol StreamingHasher: Sendable {
    /// The number of bytes `finalize()` returns.
    var outputByteCount: Int { get }

    /// Absorbs the bytes in `bytes`.
    mutating func update(_ bytes: UnsafeRawBufferPointer)

    /// Returns the digest of everything absorbed so far, leaving the hasher free to absorb more.
    func finalize() -> [UInt8]
}

extension StreamingHasher {
    /// Absorbs a sequence of bytes, reading contiguous storage in place and copying other sequences in chunks.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let absorbedInPlace: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        guard absorbedInPlace == nil else { return }

        let chunkSize = 4096
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize)
        for byte in bytes {
            chunk.append(byte)
            if chunk.count == chunkSize {
                chunk.withUnsafeBytes { update($0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty {
            chunk.withUnsafeBytes { update($0) }
        }
    }
}
