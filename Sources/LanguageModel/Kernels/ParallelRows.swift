import Dispatch

/// Splits `0 ..< count` into `threads` contiguous ranges (multiples of `granularity` except the last)
/// and runs `body` on each concurrently; with one thread it runs inline.
@inline(__always)
func parallelRanges(count: Int, threads: Int, granularity: Int = 8, _ body: @Sendable (Range<Int>) -> Void) {
    let parts = max(1, min(threads, count / max(granularity, 1)))
    if parts == 1 {
        body(0..<count)
        return
    }
    let chunk = (count + parts - 1) / parts
    let step = (chunk + granularity - 1) / granularity * granularity
    DispatchQueue.concurrentPerform(iterations: parts) { part in
        let start = min(part * step, count)
        let end = part == parts - 1 ? count : min(start + step, count)
        if start < end { body(start..<end) }
    }
}
