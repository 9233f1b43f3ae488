import ChainAPI

/// The metagraph as a sortable HTML table with totals and column definitions, and as CSV.
enum MetagraphTable {
    /// The table of `rows` (already sorted by `sort`), with headers that link to `?sort=` (the inline
    /// script sorts in place instead when JavaScript runs).
    static func html(_ rows: [NeuronRow], netuid: UInt16, sort: String?) -> String {
        let columns = MetagraphColumn.all
        var html = "<div class=\"scroll\"><table id=\"metagraph\" class=\"sortable\"><thead><tr>"
        for column in columns {
            let next = sort == "\(column.key)_desc" ? "\(column.key)_asc" : "\(column.key)_desc"
            let mark = sort == "\(column.key)_desc" ? " ▼" : sort == "\(column.key)_asc" ? " ▲" : ""
            html += "<th data-key=\"\(column.key)\"\(column.numeric ? " data-numeric=\"1\"" : "")>"
            html += "<a href=\"/subnet/\(netuid)?sort=\(next)#metagraph\"><abbr title=\"\(HTML.escape(column.definition))\">"
            html += "\(HTML.escape(column.header))</abbr>\(mark)</a></th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + columns.map { "<td data-v=\"\(HTML.escape($0.raw(row)))\">\($0.html(row))</td>" }.joined() + "</tr>"
        }
        html += "</tbody><tfoot><tr>" + totals(rows).map { "<td>\($0)</td>" }.joined() + "</tr></tfoot></table></div>"
        return html
    }

    /// The totals row: neuron count, summed stake and emission, permits and active neurons.
    static func totals(_ rows: [NeuronRow]) -> [String] {
        let stake = rows.reduce(UInt64(0)) { $0.addingReportingOverflow($1.stake).partialValue }
        let emission = rows.reduce(UInt64(0)) { $0.addingReportingOverflow($1.emission).partialValue }
        let permits = rows.filter(\.validatorPermit).count
        let active = rows.filter(\.active).count
        return MetagraphColumn.all.map { column in
            switch column.key {
            case "uid": "\(rows.count) neurons"
            case "stake": HTML.escape(Format.tao(stake))
            case "emission": HTML.escape(Format.tao(emission))
            case "validator_permit": "\(permits)"
            case "active": "\(active)"
            default: ""
            }
        }
    }

    /// What each column means, as a definition list.
    static func definitions() -> String {
        "<details class=\"defs\"><summary>Column definitions</summary><dl>"
            + MetagraphColumn.all.map { "<dt>\(HTML.escape($0.header))</dt><dd>\(HTML.escape($0.definition))</dd>" }.joined()
            + "</dl></details>"
    }

    /// The rows as CSV with a header line of column keys; amounts in rao, proportions as raw u16.
    static func csv(_ rows: [NeuronRow]) -> String {
        let columns = MetagraphColumn.all
        var lines = [(["netuid", "block"] + columns.map(\.key)).joined(separator: ",")]
        for row in rows {
            lines.append((["\(row.netuid)", "\(row.block)"] + columns.map { csvField($0.raw(row)) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
