import ChainAPI

/// `/subnet/:netuid`: the subnet's Roundup figures, its charts, the metagraph with totals, the
/// hyperparameters and the registrations.
enum SubnetPage {
    /// The page of `netuid`, or `nil` when the index has never seen it.
    static func render(store: any IndexStore, netuid: UInt16, sort: String?, chart: ChartOptions, now: UInt64)
        async throws -> String?
    {
        let status = try await store.status()
        let latest = try await store.sample(atOrBefore: nil)
        guard let figures = latest?.subnets.first(where: { $0.netuid == netuid }) else { return nil }
        var body = "<h1>Subnet \(netuid)</h1><dl>"
        let rows: [(String, String)] = [
            ("Registered / UID limit", "\(Format.grouped(figures.neurons)) / \(Format.grouped(figures.uidLimit))"),
            ("Difficulty", Format.grouped(figures.difficulty)), ("Burn", Format.tao(figures.burn)),
            ("Stake", Format.tao(figures.totalStake)), ("Validator sequence length", "\(figures.sequenceLength)"),
            ("Emission per block", Format.tao(figures.emission)),
        ]
        body += rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined()
        body += "<dt>At block</dt><dd>\(HTML.link("/block/\(latest?.block ?? 0)", Format.grouped(latest?.block ?? 0)))</dd></dl>"
        body += try await RoundupCharts.render(
            store: store, netuid: netuid, options: chart, latestBlock: latest?.block, basePath: "/subnet/\(netuid)")
        body += "<h2 id=\"metagraph-title\">Metagraph</h2>"
        if let metagraph = try await store.metagraph(netuid) {
            var neurons = NeuronRow.rows(metagraph)
            if let sort {
                switch MetagraphColumn.sort(neurons, by: sort) {
                case .success(let sorted): neurons = sorted
                case .failure(let error): throw NotFound(what: "The metagraph cannot be sorted so: \(error.message).")
                }
            }
            body += "<p>At block \(Format.grouped(metagraph.block)) · \(HTML.link("/subnet/\(netuid)/metagraph.csv", "CSV"))"
            body += " · \(HTML.link("/api/subnets/\(netuid)/metagraph", "JSON")) · click a header to sort.</p>"
            body += MetagraphTable.html(neurons, netuid: netuid, sort: sort) + MetagraphTable.definitions()
        } else {
            body += "<p>No metagraph stored yet.</p>"
        }
        body += "<h2>Hyperparameters</h2>" + SubnetTables.hyperparameters(try await store.hyperparameters(netuid: netuid))
        let registrations = try await store.registrations(netuid: netuid, limit: 25, offset: 0)
        body += "<h2>Registrations</h2>"
            + SubnetTables.registrations(registrations, total: try await store.registrationCount(netuid: netuid), netuid: netuid)
        return Layout.page(title: "Subnet \(netuid)", status: status, now: now, body: body)
    }
}
