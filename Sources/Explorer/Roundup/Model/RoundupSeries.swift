/// The series a Roundup report draws and sums up, each over the report's block range and each starting
/// with the value in force at the range's first block (when the index has one).
public struct RoundupSeries: Sendable, Equatable {
    /// Registered UIDs of the subnet.
    public var neurons: [SeriesPoint]
    /// The subnet's UID limit (`MaxAllowedUids`).
    public var uidLimit: [SeriesPoint]
    /// The subnet's PoW registration difficulty.
    public var difficulty: [SeriesPoint]
    /// All staked rao.
    public var totalStake: [SeriesPoint]
    /// The subnet's `ValidatorSequenceLength`.
    public var sequenceLength: [SeriesPoint]
    /// All rao in existence.
    public var totalIssuance: [SeriesPoint]

    /// Series as given.
    public init(
        neurons: [SeriesPoint], uidLimit: [SeriesPoint], difficulty: [SeriesPoint], totalStake: [SeriesPoint],
        sequenceLength: [SeriesPoint], totalIssuance: [SeriesPoint]
    ) {
        self.neurons = neurons
        self.uidLimit = uidLimit
        self.difficulty = difficulty
        self.totalStake = totalStake
        self.sequenceLength = sequenceLength
        self.totalIssuance = totalIssuance
    }

    /// The metrics the report reads, in the order of the stored properties.
    static let metrics: [SeriesMetric] = [.neurons, .uidLimit, .difficulty, .totalStake, .sequenceLength, .totalIssuance]

    /// Series from `points`, in the order of ``metrics``.
    init(_ points: [[SeriesPoint]]) {
        self.init(
            neurons: points[0], uidLimit: points[1], difficulty: points[2], totalStake: points[3],
            sequenceLength: points[4], totalIssuance: points[5])
    }
}
