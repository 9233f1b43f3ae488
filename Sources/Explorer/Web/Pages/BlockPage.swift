/// `/block/:id`: a block's header, extrinsics and events.
enum BlockPage {
    /// The page of `block`.
    static func render(_ block: IndexedBlock, status: IndexStatus, now: UInt64) -> String {
        var body = "<h1>Block \(Format.grouped(block.number))</h1><dl>"
        body += "<dt>Hash</dt><dd><code>\(HTML.escape(block.hash))</code></dd>"
        let parent = block.number > 0 ? HTML.link("/block/\(block.number - 1)", block.parentHash) : HTML.escape(block.parentHash)
        body += "<dt>Parent</dt><dd><code>\(parent)</code></dd>"
        body += "<dt>Time</dt><dd>\(Format.date(block.timestamp)) (\(Format.age(block.timestamp, now: now)))</dd>"
        body += "<dt>Author</dt><dd><code>\(HTML.escape(block.author))</code></dd></dl>"
        var nav: [String] = []
        if block.number > 0 { nav.append(HTML.link("/block/\(block.number - 1)", "← previous")) }
        if let last = status.lastIndexedBlock, block.number < last { nav.append(HTML.link("/block/\(block.number + 1)", "next →")) }
        body += "<nav class=\"pages\">" + nav.joined() + "</nav>"
        body += "<h2 id=\"extrinsics\">Extrinsics (\(block.extrinsics.count))</h2>"
        body += block.extrinsics.isEmpty ? "<p>None.</p>" : HTML.table(
            ["#", "Hash", "Signer", "Nonce", "Call", "Result"],
            block.extrinsics.map { x in
                [
                    "\(x.index)", "<code id=\"\(HTML.escape(x.hash))\">\(HTML.escape(Format.shortHash(x.hash)))</code>",
                    "<code>\(HTML.escape(x.signer))</code>", "\(x.nonce)", HTML.escape(x.call),
                    x.succeeded ? "<span class=\"ok\">success</span>" : "<span class=\"fail\">failed</span>",
                ]
            })
        body += "<h2 id=\"events\">Events (\(block.events.count))</h2>"
        body += block.events.isEmpty ? "<p>None.</p>" : HTML.table(
            ["#", "Extrinsic", "Name", "Fields"],
            block.events.map { e in
                [
                    "\(e.index)", e.extrinsicIndex.map(String.init) ?? "—", HTML.escape(e.name),
                    "<code>\(HTML.escape(String(e.fieldsJSON.prefix(400))))</code>",
                ]
            })
        return Layout.page(title: "Block \(block.number)", status: status, now: now, body: body)
    }
}

/// `/blocks`: every indexed block, newest first, a page at a time.
enum BlocksPage {
    /// Rows per page.
    static let perPage = 50

    /// Page `page` (from 1) of the blocks.
    static func render(store: any IndexStore, page: Int, now: UInt64) async throws(IndexStoreError) -> String {
        let status = try await store.status()
        let total = try await store.blockCount()
        let blocks = try await store.blocks(limit: perPage, offset: (page - 1) * perPage)
        var body = "<h1>Blocks</h1>" + BlocksTable.render(blocks, now: now)
        var nav: [String] = []
        if page > 1 { nav.append(HTML.link("/blocks?page=\(page - 1)", "← newer")) }
        if page * perPage < total { nav.append(HTML.link("/blocks?page=\(page + 1)", "older →")) }
        body += "<nav class=\"pages\">" + nav.joined() + "</nav>"
        return Layout.page(title: "Blocks", status: status, now: now, body: body)
    }
}
