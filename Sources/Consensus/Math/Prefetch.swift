import CPrefetch

/// Software prefetch: a hint that a cache line will be read soon.
///
/// A plain load would do the same, but a load that misses holds up the retirement of everything after
/// it, so loading a row's next entries a few rows ahead stalled the median's gather for a memory
/// latency per row; a prefetch retires at once and the miss is under way in the background.
enum Prefetch {
    /// Asks for the cache line holding element `k` of `buffer` (`k` inside it).
    @inline(__always)
    static func line<T>(_ buffer: UnsafeBufferPointer<T>, _ k: Int) {
        yuma_prefetch(UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + k))
    }
}
