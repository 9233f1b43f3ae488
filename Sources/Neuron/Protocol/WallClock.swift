#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall-clock time in nanoseconds since the Unix epoch (Python's `time.time_ns()`), the unit of nonces.
public enum WallClock {
    /// The current time.
    public static func nanoseconds() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int(spec.tv_sec) &* 1_000_000_000 &+ Int(spec.tv_nsec)
    }
}
