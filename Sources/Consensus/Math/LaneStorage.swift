/// Scratch memory for the EMA lanes of the classic passes: uninitialized (every slot read is written
/// first) and advised to huge pages (see ``HugePages``).
struct LaneStorage: ~Copyable {
    /// The slots; empty when no lanes are kept.
    let buffer: UnsafeMutableBufferPointer<UInt32>

    /// Storage for `count` lanes.
    init(count: Int) {
        buffer = count > 0 ? .allocate(capacity: count) : UnsafeMutableBufferPointer(start: nil, count: 0)
        HugePages.advise(buffer)
    }

    deinit { buffer.deallocate() }
}
