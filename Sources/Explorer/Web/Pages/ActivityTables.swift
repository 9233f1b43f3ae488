import Foundation

/// A list of extrinsics.
enum ExtrinsicsTable {
    /// The table, in the given order.
    static func render(_ items: [IndexedExtrinsic]) -> String {
        guard !items.isEmpty else { return "<p>No extrinsics.</p>" }
        return HTML.table(
            ["Extrinsic", "Block", "Signer", "Nonce", "Call", "Result"],
            items.map { x in
                [
                    Format.extrinsicLink(x.hash), HTML.link("/block/\(x.blockNumber)", Format.grouped(x.blockNumber)),
                    Format.accountLink(x.signer, path: "account"), "\(x.nonce)",
                    HTML.link("/extrinsics?call=\(Format.query(x.call))", x.call), result(x.succeeded),
                ]
            })
    }

    /// `success` or `failed`, coloured.
    static func result(_ succeeded: Bool) -> String {
        succeeded ? "<span class=\"ok\">success</span>" : "<span class=\"fail\">failed</span>"
    }
}

/// A list of events.
enum EventsTable {
    /// The table, in the given order.
    static func render(_ items: [IndexedEvent]) -> String {
        guard !items.isEmpty else { return "<p>No events.</p>" }
        return HTML.table(
            ["Event", "Block", "Name", "Fields"],
            items.map { e in
                [
                    HTML.link("/event/\(e.blockNumber)-\(e.index)", "\(e.blockNumber)-\(e.index)"),
                    HTML.link("/block/\(e.blockNumber)", Format.grouped(e.blockNumber)),
                    HTML.link("/events?name=\(Format.query(e.name))", e.name),
                    "<code class=\"fields\">\(HTML.escape(String(e.fieldsJSON.prefix(160))))</code>",
                ]
            })
    }
}

/// Previous and next links of a paged list.
enum Pager {
    /// Links to the neighbouring pages of `page` (from 1) of `total` items, keeping `query`.
    static func nav(path: String, query: [(String, String)], page: Int, perPage: Int, total: Int) -> String {
        func href(_ page: Int) -> String {
            path + "?" + (query + [("page", String(page))]).map { "\($0.0)=\(Format.query($0.1))" }.joined(separator: "&")
        }
        var links: [String] = []
        if page > 1 { links.append(HTML.link(href(page - 1), "← newer")) }
        let pages = max(1, (total + perPage - 1) / perPage)
        links.append("page \(page) of \(pages)")
        if page < pages { links.append(HTML.link(href(page + 1), "older →")) }
        return "<nav class=\"pages\">" + links.joined(separator: " ") + "</nav>"
    }
}

extension Format {
    /// `text` escaped for a URL query value.
    static func query(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#?")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
