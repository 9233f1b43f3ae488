import Synchronization

/// Scratch memory for the EMA lanes of the classic passes: uninitialized (every slot read is written
/// first) and advised to huge pages (see ``HugePages``).
///
/// The memory is taken from and given back to ``LaneBlock/spare``, so that consecutive epochs (a node
/// runs one per subnet and tempo) reuse pages already mapped instead of having the system map and zero
/// up to 64 MiB again each time.
struct LaneStorage: ~Copyable {
    /// The memory behind ``buffer``, or nil when no lanes are kept.
    private let block: LaneBlock?

    /// The slots; empty when no lanes are kept.
    var buffer: UnsafeMutableBufferPointer<UInt32> {
        guard let block else { return UnsafeMutableBufferPointer(start: nil, count: 0) }
        return UnsafeMutableBufferPointer(rebasing: block.buffer[0..<count])
    }

    /// The number of slots asked for.
    private let count: Int

    /// Storage for `count` lanes.
    init(count: Int) {
        self.count = count
        block = count > 0 ? LaneBlock.take(count) : nil
    }

    deinit {
        if let block { LaneBlock.giveBack(block) }
    }
}

/// One allocation of lane slots, owned by one epoch at a time.
///
/// `@unchecked Sendable`: the block moves between epochs only through the mutex of ``spare``; whoever
/// took it out is the only one who touches its memory until it is given back.
final class LaneBlock: @unchecked Sendable {
    /// The slots.
    let buffer: UnsafeMutableBufferPointer<UInt32>

    private init(capacity: Int) {
        buffer = .allocate(capacity: capacity)
        HugePages.advise(buffer)
    }

    deinit { buffer.deallocate() }

    /// The block kept between epochs (at most one, the largest given back; at most 64 MiB, the
    /// ``LaneCache/maximumCells`` limit).
    private static let spare = Mutex<LaneBlock?>(nil)

    /// A block of at least `count` slots: the spare one when it is large enough, else a new one.
    static func take(_ count: Int) -> LaneBlock {
        let reused = spare.withLock { spare -> LaneBlock? in
            guard let block = spare, block.buffer.count >= count else { return nil }
            spare = nil
            return block
        }
        return reused ?? LaneBlock(capacity: count)
    }

    /// Keeps `block` for the next epoch unless a larger one is already kept.
    static func giveBack(_ block: LaneBlock) {
        spare.withLock { spare in
            if (spare?.buffer.count ?? 0) < block.buffer.count { spare = block }
        }
    }
}
