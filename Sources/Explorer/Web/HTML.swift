/// Building blocks of the server-rendered pages.
enum HTML {
    /// `text` with the five HTML special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A table with a header row and escaped-by-caller cells; `footer` adds a totals row.
    static func table(_ headers: [String], _ rows: [[String]], footer: [String]? = nil, id: String? = nil) -> String {
        var html = "<div class=\"scroll\"><table\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>"
        html += headers.map { "<th>\(escape($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in rows { html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        html += "</tbody>"
        if let footer { html += "<tfoot><tr>" + footer.map { "<td>\($0)</td>" }.joined() + "</tr></tfoot>" }
        return html + "</table></div>"
    }

    /// A link with escaped text.
    static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }
}
