/// Draws a ``ChartScene`` as a standalone SVG document.
enum ChartSVG {
    /// The SVG markup of `scene`.
    static func render(_ scene: ChartScene) -> String {
        let w = number(ChartScene.width), h = number(ChartScene.height)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
        svg += "role=\"img\" aria-label=\"\(escape(scene.title))\" "
        svg += "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
        for shape in scene.shapes { svg += element(shape) + "\n" }
        return svg + "</svg>\n"
    }

    static func element(_ shape: ChartScene.Shape) -> String {
        switch shape {
        case .rect(let x, let y, let width, let height, let color, let opacity):
            return "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" "
                + "fill=\"\(color.hex)\"\(opacity < 1 ? " fill-opacity=\"\(number(opacity))\"" : "")/>"
        case .stroke(let points, let color, let width, let dash):
            let dashes = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash.map(number).joined(separator: " "))\""
            return "<polyline points=\"\(list(points))\" fill=\"none\" stroke=\"\(color.hex)\" stroke-width=\"\(number(width))\" "
                + "stroke-linejoin=\"round\" stroke-linecap=\"\(dash.isEmpty ? "round" : "butt")\"\(dashes)/>"
        case .area(let points, let color, let opacity):
            return "<polygon points=\"\(list(points))\" fill=\"\(color.hex)\" fill-opacity=\"\(number(opacity))\"/>"
        case .text(let text):
            let anchor = text.anchor == .start ? "" : " text-anchor=\"\(text.anchor.rawValue)\""
            let weight = text.bold ? " font-weight=\"bold\"" : ""
            let exponent = text.exponent.map { "<tspan dy=\"-0.45em\" font-size=\"75%\">\(escape($0))</tspan>" } ?? ""
            return "<text x=\"\(number(text.x))\" y=\"\(number(text.y))\" font-size=\"\(number(text.size))\" "
                + "fill=\"\(text.color.hex)\"\(anchor)\(weight)>\(escape(text.text))\(exponent)</text>"
        }
    }

    static func list(_ points: [RasterPoint]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// A coordinate with at most two decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }

    /// `text` with the XML special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
