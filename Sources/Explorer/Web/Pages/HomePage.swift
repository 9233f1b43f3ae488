/// `/`: headline tiles, the Roundup charts, subnets and recent blocks.
enum HomePage {
    /// The home page for subnet `netuid` (the first subnet when `nil`) over `range`.
    static func render(store: any IndexStore, netuid requested: UInt16?, range: String, now: UInt64)
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
                s.netuid == netuid ? "<strong>\(s.netuid)</strong>" : HTML.link("/?netuid=\(s.netuid)&range=\(range)", "\(s.netuid)")
            }.joined(separator: " ") + "</p>"
        }
        body += try await RoundupCharts.render(store: store, netuid: netuid, range: range, latestBlock: latest?.block)
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
        body += "<h2>Recent blocks</h2>" + BlocksTable.render(try await store.blocks(limit: 20, offset: 0), now: now)
        body += "<p>\(HTML.link("/blocks", "All blocks"))</p>"
        return Layout.page(title: "Home", status: status, now: now, body: body)
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
