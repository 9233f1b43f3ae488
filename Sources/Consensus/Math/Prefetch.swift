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

    /// Asks for every cache line holding elements `k..<k + count` of `buffer` (all inside it, `count`
    /// at least 1).
    @inline(__always)
    static func lines<T>(_ buffer: UnsafeBufferPointer<T>, _ k: Int, count: Int) {
        bytes(
            UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + k), count: count &* MemoryLayout<T>.stride
        )
    }

    /// Asks for every cache line holding the `count` bytes from `start`. Not inlined: the loops
    /// that call it must stay small enough for their own kernels to be inlined.
    @inline(never)
    static func bytes(_ start: UnsafeRawPointer, count: Int) {
        let first = UInt(bitPattern: start) & ~63
        let last = UInt(bitPattern: start) &+ UInt(bitPattern: count) &- 1
        var line = first
        while line <= last {
            yuma_prefetch(UnsafeRawPointer(bitPattern: line))
            line &+= 64
        }
    }
}
