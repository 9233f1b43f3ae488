/// Where a text's anchor point sits along it.
public enum TextAnchor: String, Sendable {
    /// The text starts at the anchor.
    case start
    /// The text is centred on the anchor.
    case middle
    /// The text ends at the anchor.
    case end
}

extension RasterCanvas {
    /// Draws `text` in ``BitmapFont`` with each font pixel `pixelSize` canvas pixels, its baseline at
    /// `y` and its anchor at `x`. Whole pixel sizes are snapped to whole pixels so the glyphs stay
    /// crisp; fractional ones are anti-aliased. Returns the drawn width in canvas pixels.
    @discardableResult
    public mutating func drawText(
        _ text: String, x: Double, y: Double, pixelSize: Double, color: RGBColor, anchor: TextAnchor = .start
    ) -> Double {
        let size = max(0.5, pixelSize)
        let crisp = size == size.rounded()
        let textWidth = Double(BitmapFont.width(of: text)) * size
        var left = x
        switch anchor {
        case .start: break
        case .middle: left -= textWidth / 2
        case .end: left -= textWidth
        }
        var top = y - Double(BitmapFont.ascent) * size
        if crisp {
            left = left.rounded()
            top = top.rounded()
        }
        for (offset, character) in text.enumerated() {
            let glyphLeft = left + Double(offset * BitmapFont.advance) * size
            for (rowIndex, bits) in BitmapFont.rows(of: character).enumerated() where bits != 0 {
                for column in 0..<BitmapFont.glyphWidth where bits & (1 << UInt8(BitmapFont.glyphWidth - 1 - column)) != 0 {
                    fillRect(
                        x: glyphLeft + Double(column) * size, y: top + Double(rowIndex) * size, w: size, h: size,
                        color: color)
                }
            }
        }
        return textWidth
    }
}
