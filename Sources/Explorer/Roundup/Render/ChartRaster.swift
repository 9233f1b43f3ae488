/// Paints a ``ChartScene`` on a ``RasterCanvas`` at `scale` pixels per chart unit.
enum ChartRaster {
    /// The canvas of `scene`.
    static func render(_ scene: ChartScene, scale: Double) -> RasterCanvas {
        var canvas = RasterCanvas(
            width: Int((ChartScene.width * scale).rounded()), height: Int((ChartScene.height * scale).rounded()))
        func scaled(_ points: [RasterPoint]) -> [RasterPoint] {
            points.map { RasterPoint(x: $0.x * scale, y: $0.y * scale) }
        }
        for shape in scene.shapes {
            switch shape {
            case .rect(let x, let y, let width, let height, let color, let opacity):
                canvas.fillRect(x: x * scale, y: y * scale, w: width * scale, h: height * scale, color: color, alpha: opacity)
            case .stroke(let points, let color, let width, let dash):
                canvas.stroke(scaled(points), lineWidth: width * scale, color: color, dash: dash.map { $0 * scale })
            case .area(let points, let color, let opacity):
                canvas.fillPolygon(scaled(points), color: color, alpha: opacity)
            case .text(let text):
                draw(text, on: &canvas, scale: scale)
            }
        }
        return canvas
    }

    /// Draws a label, its exponent raised and smaller, bold as a second pass one pixel to the right.
    static func draw(_ text: ChartScene.Text, on canvas: inout RasterCanvas, scale: Double) {
        let pixel = max(1, (text.size * scale / 10).rounded())
        let exponentPixel = max(1, (pixel * 0.75 * 2).rounded() / 2)
        let baseWidth = Double(BitmapFont.width(of: text.text)) * pixel
        let exponentWidth = text.exponent.map { Double(BitmapFont.width(of: $0)) * exponentPixel + pixel } ?? 0
        let total = baseWidth + exponentWidth
        var left = text.x * scale
        switch text.anchor {
        case .start: break
        case .middle: left -= total / 2
        case .end: left -= total
        }
        let baseline = text.y * scale
        for pass in 0..<(text.bold ? 2 : 1) {
            canvas.drawText(text.text, x: left + Double(pass), y: baseline, pixelSize: pixel, color: text.color)
        }
        if let exponent = text.exponent {
            canvas.drawText(
                exponent, x: left + baseWidth + pixel, y: baseline - Double(BitmapFont.ascent) * pixel * 0.45,
                pixelSize: exponentPixel, color: text.color)
        }
    }
}
