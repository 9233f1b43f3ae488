import Foundation

/// A line of a chart: a label, a colour and its points.
struct ChartLine: Sendable {
    /// Legend text.
    var label: String
    /// CSS colour.
    var color: String
    /// Points, ordered by block.
    var points: [SeriesPoint]
}

/// A step-line chart drawn as inline SVG on the server: x in blocks, y linear or logarithmic.
///
/// Chain parameters change at blocks and hold until the next change, so each line is drawn as steps.
struct SVGChart: Sendable {
    /// The chart's title (also the SVG's accessible name).
    var title: String
    /// The lines.
    var lines: [ChartLine]
    /// A logarithmic y axis (difficulty spans many orders of magnitude).
    var logarithmic = false
    /// Turns a raw value into the axis unit (rao to τ, for instance).
    var scale: @Sendable (UInt64) -> Double = { Double($0) }
    /// Seal times (ms since the Unix epoch) of the tick blocks; when set, the x axis shows dates.
    var tickTimes: [UInt64: UInt64]? = nil

    static let width = 640.0
    static let height = 240.0
    static let left = 64.0
    static let right = 12.0
    static let top = 28.0
    static let bottom = 36.0

    /// The SVG markup.
    func render() -> String {
        let w = Self.width, h = Self.height
        var svg = "<svg class=\"chart\"\(zoomAttributes) viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<text x=\"\(Self.left)\" y=\"18\" class=\"title\">\(HTML.escape(title))</text>"
        let all = lines.flatMap(\.points)
        guard let minBlock = all.map(\.block).min(), let maxBlock = all.map(\.block).max() else {
            svg += "<rect x=\"\(Self.left)\" y=\"\(Self.top)\" width=\"\(w - Self.left - Self.right)\" height=\"\(h - Self.top - Self.bottom)\" class=\"frame\"/>"
            svg += "<text x=\"\(w / 2)\" y=\"\(h / 2)\" text-anchor=\"middle\" class=\"empty\">no data yet</text></svg>"
            return svg
        }
        let values = all.map { axis(scale($0.value)) }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if !logarithmic { low = min(low, 0) }
        if high - low < 1e-9 { high = low + 1 }
        let blockSpan = Double(max(maxBlock - minBlock, 1))
        let plotW = w - Self.left - Self.right, plotH = h - Self.top - Self.bottom
        func x(_ block: UInt64) -> Double { Self.left + Double(block - minBlock) / blockSpan * plotW }
        func y(_ value: Double) -> Double { Self.top + plotH - (axis(value) - low) / (high - low) * plotH }
        func unaxis(_ v: Double) -> Double { logarithmic ? pow(10, v) : v }

        svg += "<rect x=\"\(Self.left)\" y=\"\(Self.top)\" width=\"\(plotW)\" height=\"\(plotH)\" class=\"frame\"/>"
        for step in 0...4 {
            let v = low + (high - low) * Double(step) / 4
            let py = Self.top + plotH - plotH * Double(step) / 4
            svg += "<line x1=\"\(Self.left)\" x2=\"\(Self.left + plotW)\" y1=\"\(fmt(py))\" y2=\"\(fmt(py))\" class=\"grid\"/>"
            svg += "<text x=\"\(Self.left - 6)\" y=\"\(fmt(py + 4))\" text-anchor=\"end\" class=\"tick\">\(Format.compact(unaxis(v)))</text>"
        }
        for block in Self.ticks(minBlock, maxBlock) {
            let label = tickTimes.map { times in times[block].map(Format.shortDate) ?? "#" + Format.grouped(block) }
                ?? Format.grouped(block)
            svg += "<text x=\"\(fmt(x(block)))\" y=\"\(h - 18)\" text-anchor=\"middle\" class=\"tick\">\(label)</text>"
        }
        let unit = tickTimes == nil ? "block" : "time (UTC)"
        svg += "<text x=\"\(Self.left + plotW / 2)\" y=\"\(h - 4)\" text-anchor=\"middle\" class=\"tick\">\(unit)</text>"
        for (offset, line) in lines.enumerated() where !line.points.isEmpty {
            var path = ""
            for point in line.points {
                let px = fmt(x(point.block)), py = fmt(y(scale(point.value)))
                path += path.isEmpty ? "M\(px) \(py)" : " H\(px) V\(py)"
            }
            if line.points.count == 1 { path += " h2" }
            path += " H\(fmt(Self.left + plotW))"
            svg += "<path class=\"line\" data-points=\"\(line.points.count)\" d=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\"/>"
            let legendX = Self.left + 8 + Double(offset) * 150
            svg += "<rect x=\"\(fmt(legendX))\" y=\"\(Self.top + 6)\" width=\"10\" height=\"10\" fill=\"\(line.color)\"/>"
            svg += "<text x=\"\(fmt(legendX + 14))\" y=\"\(Self.top + 15)\" class=\"legend\">\(HTML.escape(line.label))</text>"
        }
        return svg + "</svg>"
    }

    /// The blocks under the x axis ticks of a chart spanning `minBlock...maxBlock`.
    static func ticks(_ minBlock: UInt64, _ maxBlock: UInt64) -> [UInt64] {
        (0...3).map { minBlock + UInt64(Double(maxBlock - minBlock) * Double($0) / 3) }
    }

    /// The first and last block drawn, `nil` when there are no points.
    var blockSpan: (UInt64, UInt64)? {
        let blocks = lines.flatMap(\.points).map(\.block)
        guard let low = blocks.min(), let high = blocks.max() else { return nil }
        return (low, high)
    }

    /// `data-` attributes the zoom script reads: the blocks at the plot's edges and the plot's place in the
    /// view box.
    private var zoomAttributes: String {
        guard let (low, high) = blockSpan, high > low else { return "" }
        return " data-zoom=\"1\" data-x0=\"\(low)\" data-x1=\"\(high)\" data-left=\"\(String(format: "%.4f", Self.left / Self.width))\""
            + " data-right=\"\(String(format: "%.4f", (Self.width - Self.right) / Self.width))\""
    }

    private func axis(_ value: Double) -> Double {
        logarithmic ? log10(max(value, 1)) : value
    }

    private func fmt(_ value: Double) -> String { Format.fixed(value, decimals: 1) }
}
