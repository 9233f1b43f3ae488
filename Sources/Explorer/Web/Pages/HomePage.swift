/// `/`: headline tiles, the Roundup charts, subnets, and recent blocks and events (refreshed live).
enum HomePage {
    /// The home page for subnet `netuid` (the first subnet when `nil`) with the charts drawn per `chart`.
    static func render(store: any IndexStore, netuid requested: UInt16?, chart: ChartOptions, now: UInt64)
        async throws(IndexStoreError) -> String
    {
        let status = try await store.status()
        let latest = try await store.sample(atOrBefore: nil)
        var base: ChainSample?
        if let latest {
            base = latest.block >= Tiles.blocksPerDay
                ? try await store.sample(atOrBefore: latest.block - Tiles.blocksPerDay) : nil
            if base == nil { base = try await store.earliestSample() }
        }
        let netuid = requested ?? latest?.subnets.first?.netuid
        var body = "<h1>\(HTML.escape(status.chain?.chainName ?? "Yuma"))</h1>"
        body += Tiles.render(height: status.lastIndexedBlock, latest: latest, base: base, netuid: netuid)
        if let subnets = latest?.subnets, subnets.count > 1 {
            body += "<p>Subnet: " + subnets.map { s in
                s.netuid == netuid ? "<strong>\(s.netuid)</strong>" : HTML.link("/?\(chart.query([("netuid", "\(s.netuid)")]))", "\(s.netuid)")
            }.joined(separator: " ") + "</p>"
        }
        body += try await RoundupCharts.render(
            store: store, netuid: netuid, options: chart, latestBlock: latest?.block, basePath: "/",
            carry: requested.map { [("netuid", "\($0)")] } ?? [])
        if let latest, !latest.subnets.isEmpty {
            body += "<h2>Subnets</h2>" + HTML.table(
                ["Netuid", "Neurons / limit", "Difficulty", "Burn", "Stake", "Seq. length", "Emission / block"],
                latest.subnets.map { s in
                    [
                        HTML.link("/subnet/\(s.netuid)", "\(s.netuid)"), "\(s.neurons) / \(s.uidLimit)",
                        Format.grouped(s.difficulty), Format.tao(s.burn), Format.tao(s.totalStake),
                        "\(s.sequenceLength)", Format.tao(s.emission),
                    ]
                })
        }
        body += "<div id=\"recent\" data-live=\"/fragment/recent\">" + (try await recent(store: store, now: now)) + "</div>"
        return Layout.page(title: "Home", status: status, now: now, body: body)
    }
}

extension HomePage {
    /// Recent blocks and events side by side; also served alone at `/fragment/recent` for the live refresh.
    static func recent(store: any IndexStore, now: UInt64) async throws(IndexStoreError) -> String {
        let blocks = BlocksTable.render(try await store.blocks(limit: 12, offset: 0), now: now)
        let events = EventsTable.render(try await store.events(limit: 12, offset: 0, name: nil, block: nil))
        return "<div class=\"pair\"><section><h2>Recent blocks</h2>\(blocks)<p>\(HTML.link("/blocks", "All blocks"))</p></section>"
            + "<section><h2>Recent events</h2>\(events)<p>\(HTML.link("/events", "All events")) · \(HTML.link("/extrinsics", "All extrinsics"))</p></section></div>"
    }
}

/// A list of blocks.
enum BlocksTable {
    /// The table, newest first.
    static func render(_ blocks: [BlockSummary], now: UInt64) -> String {
        guard !blocks.isEmpty else { return "<p>No blocks indexed yet.</p>" }
        return HTML.table(
            ["Block", "Hash", "Extrinsics", "Events", "Author", "Age"],
            blocks.map { b in
                [
                    HTML.link("/block/\(b.number)", Format.grouped(b.number)), "<code>\(HTML.escape(Format.shortHash(b.hash)))</code>",
                    "\(b.extrinsicCount)", "\(b.eventCount)", HTML.escape(Format.shortAddress(b.author)),
                    Format.age(b.timestamp, now: now),
                ]
            })
    }
}
