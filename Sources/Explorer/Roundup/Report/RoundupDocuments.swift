/// The report's documents: a self-contained HTML page with the charts inline and a Markdown summary
/// that shows the PNGs.
enum RoundupDocuments {
    /// The HTML page: title, figures table and the four SVG charts inline; no external assets.
    static func html(_ report: RoundupReport, svgs: [(name: String, svg: String)]) -> String {
        let title = "Network Roundup · blocks \(RoundupSummary.grouped(report.from))–\(RoundupSummary.grouped(report.to))"
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(ChartSVG.escape(title))</title>
            <style>
            body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;margin:2rem auto;max-width:760px;color:#222}
            h1{font-size:1.5rem}table{border-collapse:collapse;margin:1rem 0}
            th,td{text-align:left;vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #ddd}
            th{white-space:nowrap}figure{margin:1.5rem 0}svg{max-width:100%;height:auto}
            </style></head><body>
            <h1>\(ChartSVG.escape(title))</h1>
            <table>

            """
        for row in RoundupSummary.rows(report.figures) {
            page += "<tr><th>\(ChartSVG.escape(row.label))</th><td>\(ChartSVG.escape(row.value))</td></tr>\n"
        }
        page += "</table>\n"
        for chart in svgs { page += "<figure id=\"\(chart.name)\">\n\(chart.svg)</figure>\n" }
        return page + "</body></html>\n"
    }

    /// The Markdown summary: figures as a table and the PNG charts.
    static func markdown(_ report: RoundupReport, charts: [RoundupChart]) -> String {
        var text = "# Network Roundup · blocks \(RoundupSummary.grouped(report.from))–\(RoundupSummary.grouped(report.to))\n\n"
        text += "| Figure | Value |\n|---|---|\n"
        for row in RoundupSummary.rows(report.figures) {
            text += "| \(row.label) | \(row.value.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        text += "\n"
        for chart in charts { text += "![\(chart.title)](\(chart.name).png)\n\n" }
        return text
    }
}
