import Foundation

/// Axis ticks and their labels.
enum ChartTicks {
    /// The smallest step of the form 1, 2 or 5 × 10^k that splits `span` into at most `count` parts.
    static func niceStep(_ span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) { return factor * magnitude }
        return 10 * magnitude
    }

    /// A linear axis covering `low…high`: from zero when the data start below half their top,
    /// otherwise from a step below the data; ends on a step.
    static func linear(low: Double, high: Double, count: Int = 5) -> (low: Double, high: Double, ticks: [Double]) {
        let fromZero = low <= high / 2 || low < 0
        let first = fromZero ? min(0, low) : low
        var step = niceStep(max(high - first, high == first ? max(abs(high), 1) : 0), count: count)
        var axisLow = fromZero ? first : (first / step).rounded(.down) * step
        var axisHigh = max((high / step).rounded(.up) * step, axisLow + step)
        if (axisHigh - axisLow) / step > Double(count) + 0.5 {
            step = niceStep(axisHigh - axisLow, count: count)
            axisLow = fromZero ? first : (first / step).rounded(.down) * step
            axisHigh = max((high / step).rounded(.up) * step, axisLow + step)
        }
        let n = Int(((axisHigh - axisLow) / step).rounded())
        return (axisLow, axisHigh, (0...n).map { axisLow + Double($0) * step })
    }

    /// Decades covering `low…high` (values ≥ 1): the exponents of the axis ends and the ticked ones.
    static func decades(low: Double, high: Double) -> (low: Int, high: Int, ticks: [Int]) {
        let a = Int(log10(max(low, 1)).rounded(.down))
        var b = Int(log10(max(high, 1)).rounded(.up))
        if b <= a { b = a + 1 }
        let every = (b - a) > 14 ? 2 : 1
        return (a, b, Array(stride(from: a, through: b, by: every)))
    }

    /// A short label: `950`, `4,096`, `25k`, `1.5M`, `3.2B`.
    static func label(_ value: Double) -> String {
        let magnitude = abs(value)
        func trimmed(_ v: Double, _ suffix: String) -> String {
            var text = String(format: "%.2f", v)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text + suffix
        }
        if magnitude >= 1e9 { return trimmed(value / 1e9, "B") }
        if magnitude >= 1e6 { return trimmed(value / 1e6, "M") }
        if magnitude >= 1e4 { return trimmed(value / 1e3, "k") }
        if magnitude == magnitude.rounded() { return grouped(Int64(value)) }
        return trimmed(value, "")
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
