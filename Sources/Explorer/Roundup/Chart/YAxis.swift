import Foundation

/// The y axis of a chart: its ticks and the value-to-height mapping.
struct YAxis {
    /// A tick: its value, label and (log axes) exponent.
    struct Tick {
        var value: Double
        var label: String
        var exponent: String?
    }

    let scale: RoundupChart.Scale
    let low: Double
    let high: Double
    let ticks: [Tick]
    let top: Double
    let height: Double

    /// The axis for `values` (already divided into axis units) over `plot`.
    init(_ scale: RoundupChart.Scale, values: [Double], plot: (x: Double, y: Double, w: Double, h: Double)) {
        self.scale = scale
        top = plot.y
        height = plot.h
        let minimum = values.min() ?? 0, maximum = values.max() ?? 1
        switch scale {
        case .linear:
            let axis = ChartTicks.linear(low: minimum, high: maximum)
            (low, high) = (axis.low, axis.high)
            ticks = axis.ticks.map { Tick(value: $0, label: ChartTicks.label($0)) }
        case .logarithmic:
            let axis = ChartTicks.decades(low: minimum, high: maximum)
            (low, high) = (Double(axis.low), Double(axis.high))
            ticks = axis.ticks.map { Tick(value: pow(10, Double($0)), label: "10", exponent: String($0)) }
        }
    }

    /// The height of `value`, in chart units from the top.
    func y(_ value: Double) -> Double {
        let position = scale == .logarithmic ? log10(max(value, 1)) : value
        let fraction = high > low ? (position - low) / (high - low) : 0
        return top + height - min(max(fraction, 0), 1) * height
    }
}
