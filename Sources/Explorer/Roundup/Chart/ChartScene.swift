/// A laid-out chart: shapes in chart units (a 720 × 300 canvas), ready for ``ChartSVG`` or
/// ``ChartRaster`` to draw. Both draw exactly these shapes, so the SVG and the PNG agree.
struct ChartScene: Sendable, Equatable {
    /// A text label.
    struct Text: Sendable, Equatable {
        var text: String
        var x: Double
        /// Baseline.
        var y: Double
        /// Font size; the bitmap font's pixel is `size / 10` units.
        var size: Double
        var color: RGBColor
        var anchor: TextAnchor = .start
        var bold = false
        /// A superscript after the text (the exponent of `10⁷`).
        var exponent: String? = nil
    }

    /// Something to draw.
    enum Shape: Sendable, Equatable {
        case rect(x: Double, y: Double, width: Double, height: Double, color: RGBColor, opacity: Double)
        case stroke(points: [RasterPoint], color: RGBColor, width: Double, dash: [Double])
        case area(points: [RasterPoint], color: RGBColor, opacity: Double)
        case text(Text)
    }

    static let width = 720.0
    static let height = 300.0
    static let left = 66.0
    static let right = 20.0
    static let top = 50.0
    static let bottom = 46.0
    static let tickSize = 10.0
    static let titleSize = 15.0

    /// The chart's title (the SVG's accessible name).
    var title: String
    /// Shapes, back to front.
    var shapes: [Shape]

    /// Width of `text` at `size` in units, as the bitmap font draws it.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(BitmapFont.width(of: text)) * size / 10
    }
}
