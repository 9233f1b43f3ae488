/// A point on a canvas, in pixels (fractions allowed).
public struct RasterPoint: Sendable, Equatable {
    /// Horizontal position, from the left.
    public var x: Double
    /// Vertical position, from the top.
    public var y: Double

    /// A point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

extension RasterCanvas {
    /// Strokes the polyline through `points` with round joins, `lineWidth` pixels wide; `dash` (on,
    /// off, on, … in pixels) breaks it into dashes. Every pixel is painted once with its largest
    /// coverage, so joins do not darken.
    public mutating func stroke(
        _ points: [RasterPoint], lineWidth: Double, color: RGBColor, dash: [Double] = [], alpha: Double = 1
    ) {
        let segments = Dashes.split(points, pattern: dash)
        guard !segments.isEmpty else { return }
        var coverage: [Int: Double] = [:]
        let half = lineWidth / 2
        for (a, b) in segments {
            let x0 = max(0, Int((min(a.x, b.x) - half - 1).rounded(.down)))
            let x1 = min(width - 1, Int((max(a.x, b.x) + half + 1).rounded(.up)))
            let y0 = max(0, Int((min(a.y, b.y) - half - 1).rounded(.down)))
            let y1 = min(height - 1, Int((max(a.y, b.y) + half + 1).rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { continue }
            let dx = b.x - a.x, dy = b.y - a.y
            let lengthSquared = dx * dx + dy * dy
            for py in y0...y1 {
                for px in x0...x1 {
                    let cx = Double(px) + 0.5, cy = Double(py) + 0.5
                    var t = lengthSquared > 0 ? ((cx - a.x) * dx + (cy - a.y) * dy) / lengthSquared : 0
                    t = min(max(t, 0), 1)
                    let ex = cx - (a.x + t * dx), ey = cy - (a.y + t * dy)
                    let cover = min(max(half + 0.5 - (ex * ex + ey * ey).squareRoot(), 0), 1)
                    guard cover > 0 else { continue }
                    let key = py * width + px
                    if cover > coverage[key, default: 0] { coverage[key] = cover }
                }
            }
        }
        for (key, cover) in coverage { blend(x: key % width, y: key / width, color: color, alpha: alpha * cover) }
    }
}

/// Splits a polyline into the segments a dash pattern leaves drawn.
enum Dashes {
    /// The drawn segments of the polyline through `points` under `pattern` (empty: the whole line).
    static func split(_ points: [RasterPoint], pattern: [Double]) -> [(RasterPoint, RasterPoint)] {
        let pairs = zip(points, points.dropFirst()).map { ($0, $1) }
        guard !pattern.isEmpty, pattern.allSatisfy({ $0 > 0 }) else {
            return points.count == 1 ? [(points[0], points[0])] : pairs
        }
        var result: [(RasterPoint, RasterPoint)] = []
        var index = 0, left = pattern[0]
        for (a, b) in pairs {
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            var done = 0.0
            while done < length {
                let step = min(left, length - done)
                if index % 2 == 0 {
                    let t0 = done / length, t1 = (done + step) / length
                    result.append((
                        RasterPoint(x: a.x + (b.x - a.x) * t0, y: a.y + (b.y - a.y) * t0),
                        RasterPoint(x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1)
                    ))
                }
                done += step
                left -= step
                if left <= 1e-9 {
                    index = (index + 1) % pattern.count
                    left = pattern[index]
                }
            }
        }
        return result
    }
}
