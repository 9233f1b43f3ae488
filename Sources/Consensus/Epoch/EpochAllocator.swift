#if canImport(Glibc)
    import Glibc
#endif

/// The C allocator's settings for a process that runs epochs over and over (a node runs one per
/// subnet and tempo).
///
/// An epoch allocates a few dozen per-uid vectors and a few larger buffers, up to a few MiB (32 MiB
/// for the stored bonds of a dense 4096-uid subnet), and frees them all at its end. With glibc's
/// defaults that memory goes back to the system every time (the heap top is trimmed beyond 128 KiB
/// free, buffers above 128 KiB are mapped and unmapped), so the next epoch faults in and zeroes the
/// same pages again: a fifth of a small subnet's epoch, and 10 ms of a dense one. Once, before the
/// first epoch, the process keeps up to 160 MiB of free heap top and serves blocks up to 32 MiB (the
/// most glibc allows) from the heap. Results do not depend on any of this.
enum EpochAllocator {
    /// Applies the settings once; whether glibc accepted them.
    static let tuned: Bool = {
        #if canImport(Glibc)
            // `mallopt` is looked up rather than imported: the Glibc module does not export it.
            guard let symbol = dlsym(nil, "mallopt") else { return false }
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            return mallopt(trimThreshold, 160 << 20) == 1 && mallopt(mmapThreshold, 32 << 20) == 1
        #else
            return false
        #endif
    }()
}
