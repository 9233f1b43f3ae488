import ChainAPI

/// `/subnet/:netuid`: the subnet's Roundup figures, its charts and the metagraph with totals.
enum SubnetPage {
    /// The page of `netuid`, or `nil` when the index has never seen it.
    static func render(store: any IndexStore, netuid: UInt16, now: UInt64) async throws(IndexStoreError) -> String? {
        let status = try await store.status()
        let latest = try await store.sample(atOrBefore: nil)
        guard let figures = latest?.subnets.first(where: { $0.netuid == netuid }) else { return nil }
        var body = "<h1>Subnet \(netuid)</h1><dl>"
        let rows: [(String, String)] = [
            ("Registered / UID limit", "\(Format.grouped(figures.neurons)) / \(Format.grouped(figures.uidLimit))"),
            ("Difficulty", Format.grouped(figures.difficulty)), ("Burn", Format.tao(figures.burn)),
            ("Stake", Format.tao(figures.totalStake)), ("Validator sequence length", "\(figures.sequenceLength)"),
            ("Emission per block", Format.tao(figures.emission)),
            ("At block", HTML.link("/block/\(latest?.block ?? 0)", Format.grouped(latest?.block ?? 0))),
        ]
        body += rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\($0.1.hasPrefix("<a") ? $0.1 : HTML.escape($0.1))</dd>" }.joined()
        body += "</dl>"
        body += try await RoundupCharts.render(store: store, netuid: netuid, range: "all", latestBlock: latest?.block)
        body += "<h2>Metagraph</h2>"
        if let metagraph = try await store.metagraph(netuid) {
            body += "<p>At block \(Format.grouped(metagraph.block)); rank, trust, consensus, incentive, dividends and vtrust are u16 proportions (65535 = 1).</p>"
            body += table(metagraph)
        } else {
            body += "<p>No metagraph stored yet.</p>"
        }
        return Layout.page(title: "Subnet \(netuid)", status: status, now: now, body: body)
    }

    /// The metagraph table with a totals row.
    static func table(_ m: MetagraphView) -> String {
        let headers = [
            "UID", "Stake (τ)", "Rank", "Trust", "Consensus", "Incentive", "Dividends", "Emission (τ)", "VTrust",
            "Permit", "Updated", "Active", "Axon", "Hotkey", "Coldkey",
        ]
        let rows: [[String]] = (0..<m.n).map { uid in
            func at<T>(_ values: [T], _ fallback: T) -> T { uid < values.count ? values[uid] : fallback }
            let axon = at(m.axons, nil).map { "\($0.ip):\($0.port)" } ?? "—"
            return [
                "\(uid)", Format.tao(at(m.stake, 0)), "\(at(m.ranks, 0))", "\(at(m.trust, 0))", "\(at(m.consensus, 0))",
                "\(at(m.incentive, 0))", "\(at(m.dividends, 0))", Format.tao(at(m.emission, 0)),
                "\(at(m.validatorTrust, 0))", at(m.validatorPermit, false) ? "yes" : "no", "\(at(m.lastUpdate, 0))",
                at(m.active, false) ? "yes" : "no", HTML.escape(axon),
                "<code>\(HTML.escape(at(m.hotkeys, "")))</code>", "<code>\(HTML.escape(at(m.coldkeys, "")))</code>",
            ]
        }
        let stake = m.stake.reduce(UInt64(0)) { $0.addingReportingOverflow($1).partialValue }
        let emission = m.emission.reduce(UInt64(0)) { $0.addingReportingOverflow($1).partialValue }
        let footer = ["\(m.n) neurons", Format.tao(stake), "", "", "", "", "", Format.tao(emission)]
            + Array(repeating: "", count: 7)
        return HTML.table(headers, rows, footer: footer, id: "metagraph")
    }
}
