import Foundation

/// Writes a Roundup report into a directory: each chart as SVG and PNG, `roundup.html` and `roundup.md`.
public enum RoundupWriter {
    /// Pixels per chart unit of the PNGs (2: 1440 × 600 images).
    public static let defaultPNGScale = 2.0

    /// Creates `directory` if needed, writes every file and returns their paths.
    public static func write(_ report: RoundupReport, to directory: String, pngScale: Double = defaultPNGScale)
        async throws(RoundupError) -> [String]
    {
        let charts = report.charts
        let scenes = charts.map(ChartScene.init)
        let pngs = await withTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, scene) in scenes.enumerated() {
                group.addTask { (index, ChartRaster.render(scene, scale: pngScale).png()) }
            }
            var result = [[UInt8]](repeating: [], count: scenes.count)
            for await (index, png) in group { result[index] = png }
            return result
        }
        let svgs = zip(charts, scenes).map { (name: $0.name, svg: ChartSVG.render($1)) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        var files: [(String, Data)] = []
        for (index, chart) in charts.enumerated() {
            files.append(("\(chart.name).svg", Data(svgs[index].svg.utf8)))
            files.append(("\(chart.name).png", Data(pngs[index])))
        }
        files.append(("roundup.html", Data(RoundupDocuments.html(report, svgs: svgs).utf8)))
        files.append(("roundup.md", Data(RoundupDocuments.markdown(report, charts: charts).utf8)))
        var written: [String] = []
        for (name, data) in files {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            do { try data.write(to: URL(fileURLWithPath: path)) } catch {
                throw .cannotWrite(path: path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }
}
