/// `/extrinsics`, `/extrinsic/:hash`, `/events` and `/event/:block-:index`.
enum ActivityPages {
    /// Rows per list page.
    static let perPage = 50

    /// The extrinsics list, optionally only one call or one signer.
    static func extrinsics(store: any IndexStore, call: String?, signer: String?, page: Int, now: UInt64)
        async throws(IndexStoreError) -> String
    {
        let total = try await store.extrinsicCount(signer: signer, call: call)
        let items = try await store.extrinsics(limit: perPage, offset: (page - 1) * perPage, signer: signer, call: call)
        var title = "Extrinsics"
        if let call { title += " calling \(call)" }
        if let signer { title += " signed by \(Format.shortAddress(signer))" }
        var query: [(String, String)] = []
        if let call { query.append(("call", call)) }
        if let signer { query.append(("signer", signer)) }
        let body = "<h1>\(HTML.escape(title))</h1><p>\(Format.grouped(UInt64(total))) in the index, newest first.</p>"
            + ExtrinsicsTable.render(items) + Pager.nav(path: "/extrinsics", query: query, page: page, perPage: perPage, total: total)
        return Layout.page(title: title, status: try await store.status(), now: now, body: body)
    }

    /// The events list, optionally only one name or one block.
    static func events(store: any IndexStore, name: String?, block: UInt64?, page: Int, now: UInt64)
        async throws(IndexStoreError) -> String
    {
        let total = try await store.eventCount(name: name, block: block)
        let items = try await store.events(limit: perPage, offset: (page - 1) * perPage, name: name, block: block)
        var title = "Events"
        if let name { title += " named \(name)" }
        if let block { title += " of block \(Format.grouped(block))" }
        var query: [(String, String)] = []
        if let name { query.append(("name", name)) }
        if let block { query.append(("block", String(block))) }
        let body = "<h1>\(HTML.escape(title))</h1><p>\(Format.grouped(UInt64(total))) in the index, newest first.</p>"
            + EventsTable.render(items) + Pager.nav(path: "/events", query: query, page: page, perPage: perPage, total: total)
        return Layout.page(title: title, status: try await store.status(), now: now, body: body)
    }

    /// One extrinsic with the events it emitted, `nil` when the index does not hold it.
    static func extrinsic(store: any IndexStore, hash: String, now: UInt64) async throws(IndexStoreError) -> String? {
        guard let x = try await store.extrinsic(hash: hash) else { return nil }
        let block = try await store.block(x.blockNumber)
        let events = block?.events.filter { $0.extrinsicIndex == x.index } ?? []
        var body = "<h1>Extrinsic \(x.blockNumber)-\(x.index)</h1><dl>"
        body += "<dt>Hash</dt><dd><code>\(HTML.escape(x.hash))</code></dd>"
        body += "<dt>Block</dt><dd>\(HTML.link("/block/\(x.blockNumber)", Format.grouped(x.blockNumber)))"
        body += block.map { " · " + Format.date($0.timestamp) } ?? ""
        body += "</dd><dt>Position</dt><dd>\(x.index)</dd><dt>Signer</dt><dd>\(Format.accountLink(x.signer, path: "account"))</dd>"
        body += "<dt>Nonce</dt><dd>\(x.nonce)</dd><dt>Call</dt><dd>\(HTML.link("/extrinsics?call=\(Format.query(x.call))", x.call))</dd>"
        body += "<dt>Result</dt><dd>\(ExtrinsicsTable.result(x.succeeded))</dd></dl>"
        body += "<h2>Events (\(events.count))</h2>" + EventsTable.render(events)
        return Layout.page(title: "Extrinsic \(Format.shortHash(x.hash))", status: try await store.status(), now: now, body: body)
    }

    /// Event `index` of block `number`, `nil` when the index does not hold it.
    static func event(store: any IndexStore, block number: UInt64, index: UInt32, now: UInt64)
        async throws(IndexStoreError) -> String?
    {
        guard let block = try await store.block(number), let e = block.events.first(where: { $0.index == index }) else {
            return nil
        }
        var body = "<h1>Event \(number)-\(index)</h1><dl>"
        body += "<dt>Name</dt><dd>\(HTML.link("/events?name=\(Format.query(e.name))", e.name))</dd>"
        body += "<dt>Block</dt><dd>\(HTML.link("/block/\(number)", Format.grouped(number))) · \(Format.date(block.timestamp))</dd>"
        let emitter = e.extrinsicIndex.flatMap { i in block.extrinsics.first { $0.index == i } }
        body += "<dt>Emitted by</dt><dd>"
            + (emitter.map { "\(Format.extrinsicLink($0.hash)) (\(HTML.escape($0.call)))" } ?? "block initialization") + "</dd></dl>"
        body += "<h2>Fields</h2>" + EventFields.render(e.fieldsJSON)
        return Layout.page(title: "Event \(number)-\(index)", status: try await store.status(), now: now, body: body)
    }
}
