/// The four Network Roundup charts: registered peers against the UID limit, registration difficulty,
/// total stake and validator sequence length, with range presets, the x axis toggle, zoom and CSV links.
enum RoundupCharts {
    /// The most points a chart line reads: about one per horizontal pixel pair of a wide chart.
    static let chartPoints = 720

    /// Reads the series of `netuid` from `store` over the options' range and draws them; links keep
    /// `basePath` (the page the charts are on).
    static func render(
        store: any IndexStore, netuid: UInt16?, options: ChartOptions, latestBlock: UInt64?, basePath: String,
        carry: [(String, String)] = []
    ) async throws(IndexStoreError) -> String {
        let requested = options.blocks(latest: latestBlock)
        let blocks = requested.lowerBound...max(requested.lowerBound, min(requested.upperBound, latestBlock ?? requested.upperBound))
        func points(_ metric: SeriesMetric) async throws(IndexStoreError) -> [SeriesPoint] {
            if metric.isPerSubnet && netuid == nil { return [] }
            return try await store.series(
                SeriesQuery(
                    metric: metric, netuid: netuid, blockStart: blocks.lowerBound, blockEnd: blocks.upperBound,
                    limit: 100_000, maxPoints: chartPoints))
        }
        let subnetLabel = netuid.map { " (subnet \($0))" } ?? ""
        var charts = [
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
        if options.axis == .days {
            var times: [UInt64: UInt64] = [:]
            for index in charts.indices {
                guard let (low, high) = charts[index].blockSpan else { continue }
                for block in SVGChart.ticks(low, high) where times[block] == nil {
                    times[block] = try await timestamp(of: block, store: store)
                }
                charts[index].tickTimes = times
            }
        }
        return controls(options: options, netuid: netuid, basePath: basePath, carry: carry)
            + "<section class=\"charts\">" + charts.map { $0.render() }.joined() + "</section>"
    }

    /// The seal time of indexed block `number`.
    static func timestamp(of number: UInt64, store: any IndexStore) async throws(IndexStoreError) -> UInt64? {
        guard let last = try await store.lastIndexedBlock(), number <= last else { return nil }
        return try await store.blocks(limit: 1, offset: Int(last - number)).first?.timestamp
    }

    /// Range presets, the axis toggle, the zoom hint and the CSV links.
    static func controls(options: ChartOptions, netuid: UInt16?, basePath: String, carry: [(String, String)]) -> String {
        let presets = ChartOptions.ranges.map { preset in
            !options.zoomed && preset.key == options.range
                ? "<strong>\(preset.key)</strong>" : HTML.link("\(basePath)?\(options.query(carry, range: preset.key))", preset.key)
        }.joined(separator: " ")
        let axes = ChartOptions.Axis.allCases.map { axis in
            axis == options.axis ? "<strong>\(axis.rawValue)</strong>" : HTML.link("\(basePath)?\(options.query(carry, axis: axis))", axis.rawValue)
        }.joined(separator: " ")
        var zoom = "drag across a chart to zoom"
        if options.zoomed {
            let from = options.from.map(Format.grouped) ?? "0"
            let to = options.to.map(Format.grouped) ?? "the head"
            zoom = "zoomed to blocks \(from)–\(to), " + HTML.link("\(basePath)?\(options.query(carry, keepZoom: false))", "reset")
        }
        let csvMetrics = netuid == nil ? [] : ["neurons", "uid_limit", "difficulty", "sequence_length"]
        let csv = (csvMetrics.map { metric in
            HTML.link("/api/series?metric=\(metric)&netuid=\(netuid ?? 0)&format=csv&limit=200&order=block_number_desc", metric)
        } + [HTML.link("/api/series?metric=total_stake&format=csv&limit=200&order=block_number_desc", "total_stake")])
            .joined(separator: " ")
        return "<h2>Network Roundup</h2><p class=\"controls\">Range: \(presets) · x axis: \(axes) · \(zoom)</p>"
            + "<p class=\"controls\">CSV: \(csv)</p>"
    }
}
