/// A block of columns of scores for every voter, as 32-bit keys: the tile of
/// ``EpochMath/proportionMedianColumns(stake:scores:columns:majority:)``.
///
/// A score is a proportion in `0...2^32` (raw `I32F32`); 2^32 is stored as 2^32 − 1, which keeps the
/// order and can be undone because a row-normalized score never equals 2^32 − 1 (below 1, a
/// proportion of u16 weights is at most 2^32 − 2). The key is that value with its top bit flipped,
/// so that a signed 32-bit lane comparison orders scores. Columns are grouped eight at a time: group
/// g holds, voter after voter, the eight lanes of columns `8g..<8g + 8` of the block, so that a group
/// is one contiguous run of `voters × 32` bytes that the selection reads from start to end.
struct ProportionTile {
    /// The keys, group after group.
    let keys: UnsafeMutableBufferPointer<Int32>
    /// The number of voters.
    let voters: Int
    /// The number of groups of eight columns.
    let groups: Int
    /// Rows of a group and their stakes, packed by the selection.
    let scratch: UnsafeMutablePointer<SIMD8<Int32>>
    let scratchStakes: UnsafeMutablePointer<UInt32>

    /// The key of a score of 0 (and of an absent entry).
    static let zeroKey = Int32.min

    /// A tile of `groups` groups of eight columns for `voters` voters, aligned to a cache line; a tile
    /// of several MiB (a dense subnet's) is aligned to and advised to huge pages, since every row of
    /// the gather writes to `groups` places `voters × 32` bytes apart.
    init(voters: Int, groups: Int) {
        self.voters = voters
        self.groups = groups
        let count = voters * groups * 8
        let bytes = max(1, count) * 4
        let huge = bytes >= 2 * HugePages.size
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: huge ? HugePages.size : 64)
        if huge { HugePages.advise(raw, bytes: bytes) }
        keys = UnsafeMutableBufferPointer(
            start: raw.bindMemory(to: Int32.self, capacity: count), count: count)
        keys.initialize(repeating: Self.zeroKey)
        scratch = .allocate(capacity: max(1, voters))
        scratchStakes = .allocate(capacity: max(1, voters))
    }

    func deallocate() {
        keys.baseAddress.map { UnsafeMutableRawPointer($0).deallocate() }
        scratch.deallocate()
        scratchStakes.deallocate()
    }

    /// The slots of voter `v`.
    @inline(__always)
    func row(_ v: Int) -> ProportionTileRow {
        ProportionTileRow(base: keys.baseAddress.unsafelyUnwrapped + v &* 8, groupStride: voters &* 8)
    }

    /// Group `g`: `voters` rows of eight keys.
    @inline(__always)
    func group(_ g: Int) -> UnsafePointer<SIMD8<Int32>> {
        UnsafeRawPointer(keys.baseAddress.unsafelyUnwrapped + g &* voters &* 8)
            .assumingMemoryBound(to: SIMD8<Int32>.self)
    }

    /// Whether a raw score can be keyed exactly: at most 2^32 and not 2^32 − 1 (negative scores count
    /// as 0).
    @inline(__always)
    static func isKeyable(_ raw: Int64) -> Bool { raw <= 1 << 32 && raw != 0xFFFF_FFFF }

    /// The key of a keyable raw score.
    @inline(__always)
    static func key(_ raw: Int64) -> Int32 {
        let value = UInt64(bitPattern: max(raw, 0))
        return Int32(bitPattern: UInt32(truncatingIfNeeded: value &- (value &>> 32)) ^ 0x8000_0000)
    }

    /// The raw score of an unbiased key value (2^32 − 1 stands for 2^32).
    @inline(__always)
    static func score(_ value: UInt32) -> Int64 { value == .max ? 1 << 32 : Int64(value) }
}

/// One voter's slots in a ``ProportionTile``: column `c` of the block at
/// `base[(c / 8) · groupStride + c % 8]`.
struct ProportionTileRow {
    let base: UnsafeMutablePointer<Int32>
    let groupStride: Int

    /// Stores the key of block column `c`.
    @inline(__always)
    func store(_ key: Int32, at c: Int) { base[(c &>> 3) &* groupStride &+ (c & 7)] = key }

    /// Stores the keys of block columns `8g..<8g + 8`.
    @inline(__always)
    func store(_ keys: SIMD8<Int32>, group g: Int) {
        UnsafeMutableRawPointer(base + g &* groupStride).storeBytes(of: keys, as: SIMD8<Int32>.self)
    }

    /// Sets block columns `0..<width` (a multiple of 8) to the zero key.
    @inline(__always)
    func clear(width: Int) {
        var g = 0
        while g &* 8 < width {
            store(SIMD8(repeating: ProportionTile.zeroKey), group: g)
            g &+= 1
        }
    }
}
