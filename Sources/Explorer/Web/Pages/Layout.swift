/// The frame of every page: styles, header with search, freshness line and stale banner.
enum Layout {
    /// Blocks of lag past which the stale banner shows.
    static let staleLag: UInt64 = 10

    /// A full HTML document around `body`.
    static func page(title: String, status: IndexStatus, now: UInt64, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · Yuma Explorer</title>
        <script>\(PageScript.errors)</script>
        <style>\(PageStyle.css)</style></head>
        <body><header><a class="brand" href="/">Yuma Explorer</a>
        <form action="/search" method="get"><input name="q" type="search" placeholder="Block, hash, address, call or event name" aria-label="Search"><button>Search</button></form>
        </header>
        \(freshness(status, now: now))
        <main>\(body)</main>
        <footer>\(HTML.escape(status.chain?.chainName ?? "no chain indexed yet"))\(status.chain.map { " · genesis " + HTML.escape(Format.shortHash($0.genesisHash)) } ?? "") · <a href="/extrinsics">Extrinsics</a> · <a href="/events">Events</a> · <a href="/api/status">JSON API</a></footer>
        <script>\(PageScript.main)</script>
        </body></html>
        """
    }

    /// "updated n s ago", the lag, and a banner when the index falls behind.
    static func freshness(_ status: IndexStatus, now: UInt64) -> String {
        let updated = status.updatedAt.map { "updated <span id=\"age\" data-ms=\"\($0)\">\(Format.age($0, now: now))</span>" }
            ?? "not updated yet"
        let lag = status.lag.map { "indexer lag <span id=\"lag\">\($0)</span> blocks" } ?? "node not seen yet"
        let height = status.lastIndexedBlock.map { "block <span id=\"height\">\(Format.grouped($0))</span>" } ?? "no blocks yet"
        var html = "<p class=\"fresh\" id=\"fresh\">\(height) · \(updated) · \(lag)</p>"
        if let behind = status.lag, behind > staleLag {
            html += "<p class=\"stale\">The index is \(behind) blocks behind the node; figures may be out of date.</p>"
        } else if let seen = status.nodeHeadSeenAt, now > seen, now - seen > 120_000 {
            html += "<p class=\"stale\">The indexer has not heard from the node for \(Format.age(seen, now: now).replacingOccurrences(of: " ago", with: "")).</p>"
        }
        return html
    }
}
