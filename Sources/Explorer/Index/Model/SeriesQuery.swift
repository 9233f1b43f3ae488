/// Which points of a series to read.
public struct SeriesQuery: Sendable, Equatable {
    /// The series.
    public var metric: SeriesMetric
    /// The subnet, for per-subnet series.
    public var netuid: UInt16?
    /// First block, inclusive.
    public var blockStart: UInt64
    /// Last block, inclusive.
    public var blockEnd: UInt64
    /// Newest first instead of oldest first.
    public var descending: Bool
    /// At most this many points.
    public var limit: Int
    /// Points skipped first.
    public var offset: Int
    /// Every sample, or the last sample of each UTC day.
    public var frequency: SeriesFrequency
    /// For charts: at most this many points, the value as of evenly spaced blocks from `blockStart` to
    /// `blockEnd` (both included); `nil` reads every sample. Applies to `byBlock` over a finite range.
    public var maxPoints: Int?

    /// A query.
    public init(
        metric: SeriesMetric, netuid: UInt16?, blockStart: UInt64 = 0, blockEnd: UInt64 = UInt64(Int64.max),
        descending: Bool = false, limit: Int = 10_000, offset: Int = 0, frequency: SeriesFrequency = .byBlock,
        maxPoints: Int? = nil
    ) {
        self.metric = metric
        self.netuid = netuid
        self.blockStart = blockStart
        self.blockEnd = blockEnd
        self.descending = descending
        self.limit = limit
        self.offset = offset
        self.frequency = frequency
        self.maxPoints = maxPoints
    }
}

/// How densely a series is read (`frequency=by_block|by_day`).
public enum SeriesFrequency: String, Sendable, CaseIterable, Codable {
    /// One point per sampled block.
    case byBlock = "by_block"
    /// One point per UTC day of the block timestamps: the day's last sample, at its block.
    case byDay = "by_day"
}
