/// Turns series points into the corners of a step line, and thins them to what a pixel column shows.
enum StepPath {
    /// Corners of the step line through `points`: each value holds until the next point, the last up to `end`.
    static func points(
        _ points: [SeriesPoint], x: (UInt64) -> Double, y: (UInt64) -> Double, end: Double
    ) -> [RasterPoint] {
        var corners: [RasterPoint] = []
        for point in points {
            let px = x(point.block), py = y(point.value)
            if let last = corners.last {
                if last.x != px { corners.append(RasterPoint(x: px, y: last.y)) }
                if last.y != py || last.x != px { corners.append(RasterPoint(x: px, y: py)) }
            } else {
                corners.append(RasterPoint(x: px, y: py))
            }
        }
        if let last = corners.last, last.x < end { corners.append(RasterPoint(x: end, y: last.y)) }
        return corners
    }
}

/// Keeps, of each of `columns` equal slices of the block range, the first, lowest, highest and last
/// point: the drawn shape is unchanged while thousands of samples become a few per pixel.
enum Decimate {
    /// The kept points, in block order.
    static func points(_ points: [SeriesPoint], columns: Int, from: UInt64, span: Double) -> [SeriesPoint] {
        guard points.count > columns * 4, columns > 0 else { return points }
        var kept: [SeriesPoint] = []
        var bucket: [SeriesPoint] = []
        var current = -1
        func flush() {
            guard let first = bucket.first, let last = bucket.last else { return }
            var chosen = [first, last]
            if let low = bucket.min(by: { $0.value < $1.value }) { chosen.append(low) }
            if let high = bucket.max(by: { $0.value < $1.value }) { chosen.append(high) }
            var seen = Set<UInt64>()
            kept += chosen.sorted { $0.block < $1.block }.filter { seen.insert($0.block).inserted }
            bucket.removeAll(keepingCapacity: true)
        }
        for point in points {
            let column = Int(Double(point.block - min(point.block, from)) / span * Double(columns))
            if column != current {
                flush()
                current = column
            }
            bucket.append(point)
        }
        flush()
        return kept
    }
}
