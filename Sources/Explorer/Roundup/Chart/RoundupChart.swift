/// One Roundup chart as data: what to draw, not how. ``ChartScene`` lays it out once, and the SVG and
/// PNG renderers draw that same scene.
public struct RoundupChart: Sendable, Equatable {
    /// How values map to heights.
    public enum Scale: Sendable, Equatable {
        /// Evenly spaced ticks.
        case linear
        /// One tick per power of ten.
        case logarithmic
    }

    /// A series drawn as a step line (parameters hold until they change).
    public struct Line: Sendable, Equatable {
        /// Legend text.
        public var label: String
        /// Stroke colour.
        public var color: RGBColor
        /// Points, ordered by block.
        public var points: [SeriesPoint]
        /// Drawn dashed (a limit, not a measurement).
        public var dashed = false
        /// The area below the line is tinted.
        public var filled = false
    }

    /// File stem of the chart's SVG and PNG (`peers`, `difficulty`, …).
    public var name: String
    /// The title above the chart.
    public var title: String
    /// The unit of the y axis, shown above its ticks.
    public var unit: String
    /// Linear or logarithmic y axis.
    public var scale: Scale
    /// Raw values are divided by this for the axis (1e9: rao to τ).
    public var divisor: Double
    /// First block of the x axis.
    public var from: UInt64
    /// Last block of the x axis.
    public var to: UInt64
    /// The lines, drawn in order.
    public var lines: [Line]

    /// The four Roundup charts of `report`.
    static func all(for report: RoundupReport) -> [RoundupChart] {
        let s = report.series, subnet = report.netuid.map { " · subnet \($0)" } ?? " · no subnets"
        func chart(_ name: String, _ title: String, _ unit: String, scale: Scale = .linear, divisor: Double = 1, lines: [Line])
            -> RoundupChart
        {
            RoundupChart(
                name: name, title: title, unit: unit, scale: scale, divisor: divisor, from: report.from, to: report.to,
                lines: lines)
        }
        return [
            chart(
                "peers", "Registered peers vs UID limit" + subnet, "UIDs",
                lines: [
                    Line(label: "registered peers", color: Palette.peers, points: s.neurons),
                    Line(label: "UID limit", color: Palette.limit, points: s.uidLimit, dashed: true),
                ]),
            chart(
                "difficulty", "Registration difficulty" + subnet, "hashes (log)", scale: .logarithmic,
                lines: [Line(label: "PoW difficulty", color: Palette.difficulty, points: s.difficulty)]),
            chart(
                "stake", "Total stake", "τ (TAO)", divisor: 1e9,
                lines: [Line(label: "total stake", color: Palette.stake, points: s.totalStake, filled: true)]),
            chart(
                "sequence_length", "Validator sequence length" + subnet, "tokens",
                lines: [Line(label: "sequence length", color: Palette.sequence, points: s.sequenceLength)]),
        ]
    }
}

/// The report's colours.
enum Palette {
    static let peers = RGBColor(red: 0x24, green: 0x56, blue: 0xC9)
    static let limit = RGBColor(red: 0xC9, green: 0x45, blue: 0x24)
    static let difficulty = RGBColor(red: 0x7A, green: 0x3F, blue: 0xB8)
    static let stake = RGBColor(red: 0x17, green: 0x80, blue: 0x3D)
    static let sequence = RGBColor(red: 0xB8, green: 0x86, blue: 0x0B)
    static let ink = RGBColor(red: 0x22, green: 0x22, blue: 0x22)
    static let muted = RGBColor(red: 0x66, green: 0x66, blue: 0x66)
    static let grid = RGBColor(red: 0xE3, green: 0xE3, blue: 0xE3)
    static let frame = RGBColor(red: 0x99, green: 0x99, blue: 0x99)
}
