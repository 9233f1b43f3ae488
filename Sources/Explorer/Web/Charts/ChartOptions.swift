/// How the Roundup charts are drawn: the range of blocks and the x axis, read from the query
/// (`range=7d|30d|all`, `from=`/`to=` blocks for a zoom, `axis=blocks|days`).
struct ChartOptions: Sendable, Equatable {
    /// The x axis unit.
    enum Axis: String, Sendable, CaseIterable {
        /// Block numbers.
        case blocks
        /// Dates of the blocks (UTC).
        case days
    }

    /// Range presets in days (`nil`: everything indexed).
    static let ranges: [(key: String, days: UInt64?)] = [("7d", 7), ("30d", 30), ("all", nil)]

    /// The preset, `all` by default; ignored when ``from`` or ``to`` is set.
    var range = "all"
    /// First block of a zoom.
    var from: UInt64?
    /// Last block of a zoom.
    var to: UInt64?
    /// The x axis.
    var axis = Axis.blocks

    /// Options from query parameters; unknown values fall back to the defaults.
    init(parameters: [String: String]) {
        if let range = parameters["range"], Self.ranges.contains(where: { $0.key == range }) { self.range = range }
        from = parameters["from"].flatMap { UInt64($0) }
        to = parameters["to"].flatMap { UInt64($0) }
        if let from, let to, from > to { (self.from, self.to) = (to, from) }
        axis = parameters["axis"].flatMap(Axis.init(rawValue:)) ?? .blocks
    }

    /// Default options.
    init() {}

    /// Whether a zoom (`from`/`to`) is in force.
    var zoomed: Bool { from != nil || to != nil }

    /// The blocks to draw, given the latest sampled block.
    func blocks(latest: UInt64?) -> ClosedRange<UInt64> {
        if zoomed { return (from ?? 0)...(to ?? UInt64(Int64.max)) }
        let days = Self.ranges.first { $0.key == range }?.days ?? nil
        guard let days, let latest else { return 0...UInt64(Int64.max) }
        let span = days * Tiles.blocksPerDay
        return (latest > span ? latest - span : 0)...UInt64(Int64.max)
    }

    /// The query string for these options with `changes` applied, e.g. `range=7d&axis=days`.
    func query(_ extra: [(String, String)] = [], range: String? = nil, axis: Axis? = nil, keepZoom: Bool = true) -> String {
        var items = extra
        if let range { items.append(("range", range)) } else if !zoomed || !keepZoom { items.append(("range", self.range)) }
        if keepZoom && range == nil {
            if let from { items.append(("from", String(from))) }
            if let to { items.append(("to", String(to))) }
        }
        items.append(("axis", (axis ?? self.axis).rawValue))
        return items.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }
}
