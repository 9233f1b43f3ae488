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
        <style>\(style)</style></head>
        <body><header><a class="brand" href="/">Yuma Explorer</a>
        <form action="/search" method="get"><input name="q" type="search" placeholder="Block number, block or extrinsic hash, subnet" aria-label="Search"><button>Search</button></form>
        </header>
        \(freshness(status, now: now))
        <main>\(body)</main>
        <footer>\(HTML.escape(status.chain?.chainName ?? "no chain indexed yet"))\(status.chain.map { " · genesis " + HTML.escape(Format.shortHash($0.genesisHash)) } ?? "") · <a href="/api/blocks">JSON API</a></footer>
        <script>\(script)</script>
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

    static let style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;padding:.6rem 1rem;background:#1d2330}
        header a.brand{color:#fff;font-weight:700;text-decoration:none}
        header form{display:flex;gap:.3rem;flex:1 1 16rem;max-width:32rem}
        header input{flex:1;padding:.35rem;border:0;border-radius:4px}
        main{padding:0 1rem 1rem;max-width:72rem;margin:auto}
        a{color:#2456c9}
        .fresh{margin:.4rem 1rem;color:#556;font-size:.85rem;max-width:72rem}
        .stale{margin:.4rem 1rem;padding:.5rem;background:#fff3cd;border:1px solid #e0c060;border-radius:4px}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.6rem;margin:1rem 0}
        .tile{background:#fff;border:1px solid #dde;border-radius:6px;padding:.6rem}
        .tile .label{font-size:.8rem;color:#667}.tile .value{font-size:1.25rem;font-weight:600}
        .tile .delta{font-size:.8rem;color:#445}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(19rem,1fr));gap:.6rem}
        svg.chart{width:100%;height:auto;background:#fff;border:1px solid #dde;border-radius:6px}
        svg .frame{fill:none;stroke:#ccd}svg .grid{stroke:#eef}svg .tick{font-size:11px;fill:#667}
        svg .title{font-size:13px;font-weight:600;fill:#1d2330}svg .legend{font-size:11px;fill:#334}
        svg .empty{font-size:15px;fill:#889}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff;font-size:.85rem}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #eef;text-align:left;white-space:nowrap}
        tfoot td{font-weight:600}code{font-size:.8rem;word-break:break-all;white-space:normal}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0;word-break:break-all}
        footer{padding:1rem;color:#667;font-size:.8rem;text-align:center}
        .fail{color:#b00020}.ok{color:#17803d}nav.pages a{margin-right:1rem}
        """

    /// Polls `/api/status` and refreshes the freshness line; offers a reload when new blocks arrive.
    static let script = """
        (function(){var h=document.getElementById('height');var start=h?h.textContent:null;
        function age(ms){var s=Math.max(0,Math.floor((Date.now()-ms)/1000));return s<120?s+' s ago':s<7200?Math.floor(s/60)+' min ago':Math.floor(s/3600)+' h ago';}
        function tick(){fetch('/api/status').then(function(r){return r.json();}).then(function(j){var d=j.data[0];if(!d)return;
        var a=document.getElementById('age');if(a&&d.updated_at){a.dataset.ms=d.updated_at;a.textContent=age(+d.updated_at);}
        var l=document.getElementById('lag');if(l&&d.lag!==null)l.textContent=d.lag;
        if(h&&d.last_indexed_block!==null){var n=Number(d.last_indexed_block).toLocaleString('en-US');
        if(n!==start&&!document.getElementById('newer')){var p=document.createElement('p');p.id='newer';p.className='fresh';
        p.innerHTML='New blocks indexed. <a href=\"\">Refresh</a>';document.getElementById('fresh').after(p);}h.textContent=n;}}).catch(function(){});}
        setInterval(tick,6000);})();
        """
}
