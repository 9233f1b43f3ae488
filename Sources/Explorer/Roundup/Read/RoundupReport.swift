/// A Network Roundup report: the series of one subnet and of the chain over a block range, their
/// figures and the four charts drawn from them.
public struct RoundupReport: Sendable, Equatable {
    /// The chain the index belongs to.
    public var chain: ChainIdentity?
    /// The subnet of the per-subnet series (`nil` when the chain has none).
    public var netuid: UInt16?
    /// First block of the period.
    public var from: UInt64
    /// Last block of the period.
    public var to: UInt64
    /// The series over the period.
    public var series: RoundupSeries
    /// The period's figures.
    public var figures: RoundupFigures

    /// A report of `series`; its figures are computed here.
    public init(
        chain: ChainIdentity?, netuid: UInt16?, from: UInt64, to: UInt64, series: RoundupSeries,
        eventRegistrations: UInt64?
    ) {
        self.chain = chain
        self.netuid = netuid
        self.from = from
        self.to = to
        self.series = series
        figures = RoundupFigures.compute(
            series: series, chain: chain?.chainName, netuid: netuid, from: from, to: to,
            eventRegistrations: eventRegistrations)
    }

    /// The four charts: peers against the UID limit, difficulty, total stake, sequence length.
    public var charts: [RoundupChart] { RoundupChart.all(for: self) }
}
