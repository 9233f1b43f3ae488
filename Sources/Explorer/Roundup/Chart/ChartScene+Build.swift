import Foundation

extension ChartScene {
    /// Lays out `chart`: frame, grid, ticks, title, legend, then each line as steps.
    init(_ chart: RoundupChart) {
        title = chart.title
        shapes = []
        let plot = (x: Self.left, y: Self.top, w: Self.width - Self.left - Self.right, h: Self.height - Self.top - Self.bottom)
        shapes.append(.rect(x: 0, y: 0, width: Self.width, height: Self.height, color: .white, opacity: 1))
        shapes.append(.text(Text(text: chart.title, x: 16, y: 26, size: Self.titleSize, color: Palette.ink, bold: true)))
        addLegend(chart, right: Self.width - Self.right, baseline: 26)
        let values = chart.lines.flatMap(\.points).map { Double($0.value) / chart.divisor }
        let axis = YAxis(chart.scale, values: values, plot: plot)
        for tick in axis.ticks {
            let y = axis.y(tick.value)
            shapes.append(.stroke(points: [.init(x: plot.x, y: y), .init(x: plot.x + plot.w, y: y)], color: Palette.grid, width: 1, dash: []))
            shapes.append(.text(Text(
                text: tick.label, x: plot.x - 6, y: y + 3.5, size: Self.tickSize, color: Palette.muted, anchor: .end,
                exponent: tick.exponent)))
        }
        shapes.append(.text(Text(text: chart.unit, x: 16, y: plot.y - 12, size: Self.tickSize, color: Palette.muted)))
        let span = Double(max(chart.to - chart.from, 1))
        func x(_ block: UInt64) -> Double { plot.x + Double(block - min(block, chart.from)) / span * plot.w }
        let step = ChartTicks.niceStep(span, count: 6)
        var tick = (Double(chart.from) / step).rounded(.up) * step
        while tick <= Double(chart.to) + 1e-9 {
            let px = x(UInt64(tick))
            shapes.append(.stroke(points: [.init(x: px, y: plot.y + plot.h), .init(x: px, y: plot.y + plot.h + 4)], color: Palette.frame, width: 1, dash: []))
            shapes.append(.text(Text(text: ChartTicks.label(tick), x: px, y: plot.y + plot.h + 17, size: Self.tickSize, color: Palette.muted, anchor: .middle)))
            tick += step
        }
        shapes.append(.text(Text(
            text: "block (7,200 blocks = 1 day)", x: plot.x + plot.w / 2, y: Self.height - 8, size: Self.tickSize,
            color: Palette.muted, anchor: .middle)))
        if values.isEmpty {
            shapes.append(.text(Text(text: "no data in this range", x: plot.x + plot.w / 2, y: plot.y + plot.h / 2, size: 12, color: Palette.muted, anchor: .middle)))
        }
        for line in chart.lines where !line.points.isEmpty {
            let steps = StepPath.points(
                Decimate.points(line.points, columns: Int(plot.w), from: chart.from, span: span),
                x: x, y: { axis.y(Double($0) / chart.divisor) }, end: plot.x + plot.w)
            if line.filled {
                let base = plot.y + plot.h
                let polygon = steps + [RasterPoint(x: steps.last?.x ?? plot.x, y: base), RasterPoint(x: steps.first?.x ?? plot.x, y: base)]
                shapes.append(.area(points: polygon, color: line.color, opacity: 0.14))
            }
            shapes.append(.stroke(points: steps, color: line.color, width: 2, dash: line.dashed ? [7, 5] : []))
        }
        shapes.append(.stroke(
            points: [.init(x: plot.x, y: plot.y), .init(x: plot.x, y: plot.y + plot.h), .init(x: plot.x + plot.w, y: plot.y + plot.h)],
            color: Palette.frame, width: 1, dash: []))
    }

    /// Legend entries, right-aligned on the title's baseline: a line sample and the label.
    private mutating func addLegend(_ chart: RoundupChart, right: Double, baseline: Double) {
        var x = right
        for line in chart.lines.reversed() {
            let width = Self.textWidth(line.label, size: Self.tickSize)
            x -= width
            shapes.append(.text(Text(text: line.label, x: x, y: baseline, size: Self.tickSize, color: Palette.ink)))
            x -= 26
            shapes.append(.stroke(
                points: [.init(x: x, y: baseline - 3.5), .init(x: x + 20, y: baseline - 3.5)], color: line.color, width: 2,
                dash: line.dashed ? [5, 3] : []))
            x -= 14
        }
    }
}
