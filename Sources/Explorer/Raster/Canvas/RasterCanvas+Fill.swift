extension RasterCanvas {
    /// Fills the closed polygon through `points` (even-odd rule), sampling each pixel row at four
    /// heights and each span's ends to the fraction of a pixel.
    public mutating func fillPolygon(_ points: [RasterPoint], color: RGBColor, alpha: Double = 1) {
        guard points.count >= 3 else { return }
        let edges = zip(points, points.dropFirst() + [points[0]]).filter { $0.y != $1.y }
        let top = max(0, Int((points.map(\.y).min() ?? 0).rounded(.down)))
        let bottom = min(height - 1, Int((points.map(\.y).max() ?? 0).rounded(.up)))
        guard top <= bottom else { return }
        let samples = 4
        var row = [Double](repeating: 0, count: width)
        for py in top...bottom {
            for index in row.indices { row[index] = 0 }
            var touched = false
            for sample in 0..<samples {
                let sy = Double(py) + (Double(sample) + 0.5) / Double(samples)
                var crossings: [Double] = []
                for (a, b) in edges where (a.y <= sy) != (b.y <= sy) {
                    crossings.append(a.x + (sy - a.y) / (b.y - a.y) * (b.x - a.x))
                }
                crossings.sort()
                var pair = 0
                while pair + 1 < crossings.count {
                    addSpan(&row, from: crossings[pair], to: crossings[pair + 1], weight: 1 / Double(samples))
                    touched = true
                    pair += 2
                }
            }
            guard touched else { continue }
            for px in 0..<width where row[px] > 0 { blend(x: px, y: py, color: color, alpha: alpha * min(row[px], 1)) }
        }
    }

    /// Adds `weight` times the covered fraction of each pixel between `from` and `to` to `row`.
    private func addSpan(_ row: inout [Double], from: Double, to: Double, weight: Double) {
        let start = max(0, from), end = min(Double(width), to)
        guard start < end else { return }
        let first = Int(start.rounded(.down)), last = min(width - 1, Int(end.rounded(.up)) - 1)
        guard first <= last else { return }
        for px in first...last {
            let cover = min(Double(px + 1), end) - max(Double(px), start)
            if cover > 0 { row[px] += weight * cover }
        }
    }
}
