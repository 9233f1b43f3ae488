/// The four Network Roundup charts: registered peers against the UID limit, registration difficulty,
/// total stake and validator sequence length.
enum RoundupCharts {
    /// Range presets in days (`nil`: everything indexed).
    static let ranges: [(key: String, days: UInt64?)] = [("7d", 7), ("30d", 30), ("all", nil)]

    /// Reads the series of `netuid` from `store` over `range` and draws them.
    static func render(store: any IndexStore, netuid: UInt16?, range: String, latestBlock: UInt64?)
        async throws(IndexStoreError) -> String
    {
        let days = ranges.first { $0.key == range }?.days ?? nil
        let start = days.map { span in (latestBlock ?? 0) > span * Tiles.blocksPerDay ? (latestBlock ?? 0) - span * Tiles.blocksPerDay : 0 } ?? 0
        func points(_ metric: SeriesMetric) async throws(IndexStoreError) -> [SeriesPoint] {
            if metric.isPerSubnet && netuid == nil { return [] }
            return try await store.series(SeriesQuery(metric: metric, netuid: netuid, blockStart: start, limit: 100_000))
        }
        let subnetLabel = netuid.map { " (subnet \($0))" } ?? ""
        let charts = [
            SVGChart(
                title: "Registered peers vs UID limit" + subnetLabel,
                lines: [
                    ChartLine(label: "registered", color: "#2456c9", points: try await points(.neurons)),
                    ChartLine(label: "UID limit", color: "#c94524", points: try await points(.uidLimit)),
                ]),
            SVGChart(
                title: "Registration difficulty (log)" + subnetLabel,
                lines: [ChartLine(label: "difficulty", color: "#7a3fb8", points: try await points(.difficulty))],
                logarithmic: true),
            SVGChart(
                title: "Total stake (τ)",
                lines: [ChartLine(label: "total stake", color: "#17803d", points: try await points(.totalStake))],
                scale: { Double($0) / 1e9 }),
            SVGChart(
                title: "Validator sequence length" + subnetLabel,
                lines: [ChartLine(label: "sequence length", color: "#b8860b", points: try await points(.sequenceLength))]),
        ]
        let presets = ranges.map { preset in
            let query = (netuid.map { "netuid=\($0)&" } ?? "") + "range=\(preset.key)"
            return preset.key == range ? "<strong>\(preset.key)</strong>" : HTML.link("/?\(query)", preset.key)
        }.joined(separator: " ")
        let csv = netuid.map { n in
            ["neurons", "uid_limit", "difficulty", "sequence_length"].map {
                HTML.link("/api/series?metric=\($0)&netuid=\(n)&format=csv&limit=200", $0)
            }.joined(separator: " ")
        } ?? ""
        return "<h2>Network Roundup</h2><p>Range: \(presets) · CSV: \(csv) \(HTML.link("/api/series?metric=total_stake&format=csv&limit=200", "total_stake"))</p>"
            + "<section class=\"charts\">" + charts.map { $0.render() }.joined() + "</section>"
    }
}
