#if canImport(Glibc)
    import Glibc
#endif

/// Large scratch and output buffers of the epoch are written once from start to end; backed by huge
/// pages (where the system allows them on request) a 64 MiB buffer costs a few dozen page faults
/// instead of sixteen thousand.
enum HugePages {
    /// The huge page size assumed (x86-64 and arm64 Linux).
    static let size = 2 << 20

    /// Asks the system to back the whole huge pages inside `bytes` bytes from `start` with huge pages;
    /// a hint only, for memory not yet written. Buffers under two huge pages are left alone.
    static func advise(_ start: UnsafeMutableRawPointer?, bytes: Int) {
        #if canImport(Glibc)
            guard let start, bytes >= 2 * size else { return }
            let address = UInt(bitPattern: start)
            let first = (address + UInt(size) - 1) / UInt(size) * UInt(size)
            let end = (address + UInt(bytes)) / UInt(size) * UInt(size)
            guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
            _ = madvise(aligned, Int(end - first), Int32(MADV_HUGEPAGE))
        #endif
    }

    /// ``advise(_:bytes:)`` for a typed buffer.
    static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        advise(UnsafeMutableRawPointer(buffer.baseAddress), bytes: buffer.count * MemoryLayout<T>.stride)
    }
}
