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

/// The lane slots as the classic passes use them, one per weight entry of the rows computed in lanes:
/// ΔB left by ``Support`` (when ``holdsDeltas``), overwritten by the first pass with the EMA of the
/// cell, which the second pass replays instead of recomputing.
///
/// `UInt32` holds every EMA value but exactly 1.0 (2^32); if a lane reaches it the second pass simply
/// recomputes.
struct LaneCache {
    enum Mode { case off, record, replay }

    /// The most cells kept (64 MiB): a dense 4096-uid subnet fits, so its second pass replays instead
    /// of recomputing every EMA cell (which costs about as much as the first pass).
    static let maximumCells = 1 << 24

    var mode: Mode
    /// One slot per weight entry (or empty when `mode` is `.off`).
    let storage: UnsafeMutableBufferPointer<UInt32>
    /// Whether the slots not yet recorded hold ΔB.
    private(set) var holdsDeltas: Bool
    private var complete = true

    init(storage: UnsafeMutableBufferPointer<UInt32>, holdsDeltas: Bool) {
        self.storage = storage
        mode = storage.isEmpty ? .off : .record
        self.holdsDeltas = holdsDeltas && !storage.isEmpty
    }

    var replaying: Bool { mode == .replay }

    /// Keeps the EMA of the four cells at weight entries `k...` (inside the storage: `k` indexes a
    /// weight entry whose row has at least four entries from `k`).
    @inline(__always)
    mutating func record(_ values: SIMD4<Int64>, at k: Int) {
        guard mode == .record else { return }
        guard !any(values .> 0xFFFF_FFFF) else {
            complete = false
            mode = .off
            return
        }
        ProportionLanes.store(SIMD4<UInt32>(truncatingIfNeeded: values), storage, k)
    }

    /// The four slots from weight entry `k`.
    @inline(__always)
    func lanes(at k: Int) -> SIMD4<Int64> {
        SIMD4<Int64>(truncatingIfNeeded: ProportionLanes.load(UnsafeBufferPointer(storage), k))
    }

    /// Switches from recording to replaying (or off when the record is incomplete); ΔB is gone.
    mutating func startReplay() {
        mode = mode == .record && complete ? .replay : .off
        holdsDeltas = false
    }
}
