extension RoundupFigures {
    /// Blocks in a day at 12 s per block.
    public static let blocksPerDay: UInt64 = 7_200

    /// The figures of `series` over `from…to`; `eventRegistrations` is the count of registration
    /// events when the index holds every block of the period, `nil` otherwise.
    public static func compute(
        series: RoundupSeries, chain: String?, netuid: UInt16?, from: UInt64, to: UInt64, eventRegistrations: UInt64?
    ) -> RoundupFigures {
        let peers = series.neurons.map(\.value)
        let difficulty = series.difficulty.map(\.value)
        let stakeStart = series.totalStake.first?.value ?? 0, stakeEnd = series.totalStake.last?.value ?? 0
        let growth = stakeEnd >= stakeStart
            ? Int64(clamping: stakeEnd - stakeStart) : -Int64(clamping: stakeStart - stakeEnd)
        let issuanceStart = series.totalIssuance.first?.value ?? 0
        let issuanceEnd = series.totalIssuance.last?.value ?? 0
        let peersStart = peers.first ?? 0, peersEnd = peers.last ?? 0
        return RoundupFigures(
            chain: chain, netuid: netuid, fromBlock: from, toBlock: to,
            days: Double(to - from) / Double(blocksPerDay), samples: series.totalIssuance.count,
            peersStart: peersStart, peersEnd: peersEnd, peersMin: peers.min() ?? 0, peersMax: peers.max() ?? 0,
            uidLimitStart: series.uidLimit.first?.value ?? 0, uidLimitEnd: series.uidLimit.last?.value ?? 0,
            uidLimitChanges: changes(series.uidLimit),
            difficultyStart: difficulty.first ?? 0, difficultyEnd: difficulty.last ?? 0,
            difficultyMin: difficulty.min() ?? 0, difficultyMax: difficulty.max() ?? 0,
            stakeStart: stakeStart, stakeEnd: stakeEnd, stakeGrowth: growth,
            stakeGrowthPercent: stakeStart > 0 ? Double(growth) / Double(stakeStart) * 100 : nil,
            sequenceLengthStart: series.sequenceLength.first?.value ?? 0,
            sequenceLengthEnd: series.sequenceLength.last?.value ?? 0,
            sequenceLengthChanges: changes(series.sequenceLength),
            registrations: eventRegistrations ?? (peersEnd > peersStart ? peersEnd - peersStart : 0),
            registrationSource: eventRegistrations == nil ? .uidIncrease : .events,
            issuanceStart: issuanceStart, issuanceEnd: issuanceEnd,
            emission: issuanceEnd > issuanceStart ? issuanceEnd - issuanceStart : 0)
    }

    /// Every point whose value differs from the point before it.
    static func changes(_ points: [SeriesPoint]) -> [Change] {
        zip(points, points.dropFirst()).compactMap { before, after in
            before.value == after.value ? nil : Change(block: after.block, from: before.value, to: after.value)
        }
    }
}
