/// `/account/:ss58` (a coldkey's activity and the neurons it owns), `/hotkey/:ss58` and
/// `/neuron/:netuid/:uid` (a neuron's row of the latest metagraph).
enum AccountPages {
    /// Rows of each activity list.
    static let listLength = 25

    /// The page of `address`; throws ``NotFound`` saying why when it is not an SS58 address.
    static func account(store: any IndexStore, address: String, now: UInt64) async throws -> String {
        let decoded = try checked(address)
        let neurons = try await NeuronRow.latest(store: store)
        let owned = neurons.filter { $0.coldkey == address }
        let hotkeyOf = neurons.filter { $0.hotkey == address }
        let extrinsicTotal = try await store.extrinsicCount(signer: address, call: nil)
        let extrinsics = try await store.extrinsics(limit: listLength, offset: 0, signer: address, call: nil)
        let eventTotal = try await store.eventCount(mentioning: address)
        let events = try await store.events(mentioning: address, limit: listLength, offset: 0)
        var body = "<h1>Account</h1><dl><dt>Address</dt><dd><code>\(HTML.escape(address))</code></dd>"
        body += "<dt>Public key</dt><dd><code>\(decoded.publicKey)</code></dd><dt>SS58 prefix</dt><dd>\(decoded.prefix)</dd>"
        body += "<dt>Balance</dt><dd>not indexed; ask the node (<code>yuma wallet balance</code>)</dd></dl>"
        if !hotkeyOf.isEmpty {
            body += "<p>This address is also a hotkey: \(HTML.link("/hotkey/\(address)", "its neurons")).</p>"
        }
        body += "<h2>Neurons it owns (\(owned.count))</h2>" + neuronList(owned)
        body += "<h2>Extrinsics it signed (\(Format.grouped(UInt64(extrinsicTotal))))</h2>" + ExtrinsicsTable.render(extrinsics)
        if extrinsicTotal > extrinsics.count {
            body += "<p>\(HTML.link("/extrinsics?signer=\(address)", "All \(extrinsicTotal) extrinsics"))</p>"
        }
        body += "<h2>Events that mention it (\(Format.grouped(UInt64(eventTotal))))</h2>" + EventsTable.render(events)
        if eventTotal > events.count { body += "<p>\(events.count) most recent of \(eventTotal) shown; see \(HTML.link("/api/events?account=\(address)", "the API")) for all.</p>" }
        return Layout.page(title: "Account \(Format.shortAddress(address))", status: try await store.status(), now: now, body: body)
    }

    /// The neurons registered to hotkey `address`.
    static func hotkey(store: any IndexStore, address: String, now: UInt64) async throws -> String {
        _ = try checked(address)
        let neurons = try await NeuronRow.latest(store: store).filter { $0.hotkey == address }
        var body = "<h1>Hotkey</h1><p><code>\(HTML.escape(address))</code> · \(HTML.link("/account/\(address)", "its activity"))</p>"
        if neurons.isEmpty { body += "<p>No neuron in the latest metagraphs has this hotkey.</p>" }
        for row in neurons { body += "<h2>Subnet \(row.netuid), UID \(row.uid)</h2>" + details(row) }
        return Layout.page(title: "Hotkey \(Format.shortAddress(address))", status: try await store.status(), now: now, body: body)
    }

    /// UID `uid` of subnet `netuid` in its latest metagraph, `nil` when there is none.
    static func neuron(store: any IndexStore, netuid: UInt16, uid: Int, now: UInt64) async throws(IndexStoreError) -> String? {
        guard let metagraph = try await store.metagraph(netuid), uid < metagraph.n else { return nil }
        let row = NeuronRow.rows(metagraph)[uid]
        var body = "<h1>Neuron \(uid) of \(HTML.link("/subnet/\(netuid)", "subnet \(netuid)"))</h1>" + details(row)
        let registrations = try await store.registrations(netuid: netuid, limit: 200, offset: 0).filter { Int($0.uid) == uid }
        body += "<h2>Registrations of this UID</h2>" + SubnetTables.registrations(registrations, total: registrations.count, netuid: netuid)
        return Layout.page(title: "Neuron \(netuid)/\(uid)", status: try await store.status(), now: now, body: body)
    }

    /// Every column of `row` with its definition.
    static func details(_ row: NeuronRow) -> String {
        "<p>From the metagraph at block \(HTML.link("/block/\(row.block)", Format.grouped(row.block))).</p><dl class=\"neuron\">"
            + MetagraphColumn.all.map { column in
                "<dt><abbr title=\"\(HTML.escape(column.definition))\">\(HTML.escape(column.header))</abbr></dt><dd>\(column.html(row))</dd>"
            }.joined()
            + "<dt>Registered at</dt><dd>\(HTML.link("/block/\(row.registeredAt)", Format.grouped(row.registeredAt)))</dd></dl>"
    }

    /// A short list of neurons, linked.
    static func neuronList(_ rows: [NeuronRow]) -> String {
        guard !rows.isEmpty else { return "<p>None in the latest metagraphs.</p>" }
        return HTML.table(
            ["Subnet", "UID", "Hotkey", "Stake", "Emission"],
            rows.map { r in
                [
                    HTML.link("/subnet/\(r.netuid)", "\(r.netuid)"), HTML.link("/neuron/\(r.netuid)/\(r.uid)", "\(r.uid)"),
                    Format.accountLink(r.hotkey, path: "hotkey"), HTML.escape(Format.tao(r.stake)), HTML.escape(Format.tao(r.emission)),
                ]
            })
    }

    /// The decoded address, or ``NotFound`` saying what is wrong with it.
    static func checked(_ address: String) throws(NotFound) -> SS58Shape.Decoded {
        switch SS58Shape.check(address) {
        case .success(let decoded): return decoded
        case .failure(let error): throw NotFound(what: "“\(address)” is not an SS58 address: \(error.reason).")
        }
    }
}
