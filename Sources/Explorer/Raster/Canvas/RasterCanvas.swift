/// An RGB image in memory that charts are painted on: anti-aliased rectangles, strokes, polygon fills
/// and bitmap text, then encoded with ``PNGEncoder``.
public struct RasterCanvas: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Pixels row by row, three bytes (red, green, blue) each.
    public private(set) var rgb: [UInt8]

    /// A canvas of `width` × `height` pixels filled with `background`.
    public init(width: Int, height: Int, background: RGBColor = .white) {
        self.width = max(1, width)
        self.height = max(1, height)
        rgb = [UInt8](repeating: 0, count: self.width * self.height * 3)
        for index in stride(from: 0, to: rgb.count, by: 3) {
            rgb[index] = background.red
            rgb[index + 1] = background.green
            rgb[index + 2] = background.blue
        }
    }

    /// The colour at pixel (`x`, `y`).
    public func pixel(x: Int, y: Int) -> RGBColor {
        let at = (y * width + x) * 3
        return RGBColor(red: rgb[at], green: rgb[at + 1], blue: rgb[at + 2])
    }

    /// Mixes `color` into pixel (`x`, `y`) with opacity `alpha` (0…1); pixels off the canvas are ignored.
    public mutating func blend(x: Int, y: Int, color: RGBColor, alpha: Double) {
        guard x >= 0, y >= 0, x < width, y < height, alpha > 0 else { return }
        let a = min(alpha, 1)
        let at = (y * width + x) * 3
        func mix(_ old: UInt8, _ new: UInt8) -> UInt8 { UInt8((Double(old) * (1 - a) + Double(new) * a).rounded()) }
        rgb[at] = mix(rgb[at], color.red)
        rgb[at + 1] = mix(rgb[at + 1], color.green)
        rgb[at + 2] = mix(rgb[at + 2], color.blue)
    }

    /// Fills the rectangle from (`x`, `y`) of size `w` × `h`, edge pixels weighted by how much of them it covers.
    public mutating func fillRect(x: Double, y: Double, w: Double, h: Double, color: RGBColor, alpha: Double = 1) {
        guard w > 0, h > 0 else { return }
        let x0 = max(0, Int(x.rounded(.down))), x1 = min(width - 1, Int((x + w).rounded(.up)) - 1)
        let y0 = max(0, Int(y.rounded(.down))), y1 = min(height - 1, Int((y + h).rounded(.up)) - 1)
        guard x0 <= x1, y0 <= y1 else { return }
        for py in y0...y1 {
            let coverY = min(Double(py + 1), y + h) - max(Double(py), y)
            for px in x0...x1 {
                let coverX = min(Double(px + 1), x + w) - max(Double(px), x)
                blend(x: px, y: py, color: color, alpha: alpha * coverX * coverY)
            }
        }
    }

    /// The PNG file of the canvas.
    public func png(effort: Deflate.Effort = .standard) -> [UInt8] {
        PNGEncoder.encode(width: width, height: height, rgb: rgb, effort: effort)
    }
}
