import Foundation
import Testing

@testable import Explorer

@Suite("Roundup: charts, SVG and the written report")
struct RoundupChartTests {
    @Test(
        "nice steps",
        arguments: [(1_000.0, 5, 200.0), (4_096, 5, 1_000), (3_050_000, 6, 1_000_000), (256, 5, 100), (7, 5, 2), (0, 5, 1)])
    func niceStep(span: Double, count: Int, expected: Double) {
        #expect(ChartTicks.niceStep(span, count: count) == expected)
    }

    @Test(
        "decades of a log axis",
        arguments: [(1e7, 6.7e14, 7, 15), (1e4, 1e4, 4, 5), (1, 999, 0, 3), (1e7, 1.024e10, 7, 11)])
    func decades(low: Double, high: Double, first: Int, last: Int) {
        let axis = ChartTicks.decades(low: low, high: high)
        #expect((axis.low, axis.high) == (first, last))
        #expect(axis.ticks == Array(first...last))
    }

    @Test(
        "tick labels",
        arguments: [(0.0, "0"), (4_096, "4,096"), (25_000, "25k"), (1_500_000, "1.5M"), (3_050_000, "3.05M"), (2.5, "2.5"), (3.2e9, "3.2B")])
    func labels(value: Double, expected: String) {
        #expect(ChartTicks.label(value) == expected)
    }

    @Test("linear axes start at zero for growing series and end on a step")
    func linear() {
        let axis = ChartTicks.linear(low: 15, high: 128)
        #expect(axis.low == 0 && axis.high >= 128 && axis.ticks.first == 0 && axis.ticks.last == axis.high)
        let narrow = ChartTicks.linear(low: 2_500_000, high: 2_510_000)
        #expect(narrow.low > 0 && narrow.low <= 2_500_000 && narrow.high >= 2_510_000)
    }

    @Test("step paths hold each value until the next point")
    func steps() {
        let points = [SeriesPoint(block: 0, value: 1), SeriesPoint(block: 10, value: 2)]
        let corners = StepPath.points(points, x: { Double($0) }, y: { Double($0) }, end: 20)
        #expect(corners == [.init(x: 0, y: 1), .init(x: 10, y: 1), .init(x: 10, y: 2), .init(x: 20, y: 2)])
    }

    @Test("decimation keeps each column's extremes")
    func decimation() {
        let points: [SeriesPoint] = (0..<10_000).map { index in
            let value: UInt64 = index % 7 == 0 ? 100 : UInt64(index % 5)
            return SeriesPoint(block: UInt64(index), value: value)
        }
        let kept = Decimate.points(points, columns: 100, from: 0, span: 10_000)
        let values = kept.map { $0.value }
        #expect(kept.count <= 400 && kept.count >= 200)
        #expect(values.max() == 100 && values.min() == 0)
        #expect(kept.first == points.first && kept.last == points.last)
    }

    @Test("the four charts: names, dashed UID limit, log ticks 10^7… in the SVG")
    func charts() async throws {
        let report = try await RoundupReport.read(from: RoundupFixture.store())
        let charts = report.charts
        #expect(charts.map(\.name) == ["peers", "difficulty", "stake", "sequence_length"])
        #expect(charts[0].lines.map(\.dashed) == [false, true])
        let svg = ChartSVG.render(ChartScene(charts[1]))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        for exponent in 7...11 { #expect(svg.contains(">10<tspan dy=\"-0.45em\" font-size=\"75%\">\(exponent)</tspan>")) }
        #expect(ChartSVG.render(ChartScene(charts[0])).contains("stroke-dasharray=\"7 5\""))
        #expect(ChartSVG.render(ChartScene(charts[2])).contains(">τ (TAO)</text>"))
    }

    @Test("the report directory: SVG and PNG per chart, self-contained HTML, Markdown with the PNGs")
    func written() async throws {
        let report = try await RoundupReport.read(from: RoundupFixture.store(), from: 600, to: 1_000)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-roundup-\(UUID().uuidString)/out").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try await RoundupWriter.write(report, to: directory, pngScale: 1)
        let names = files.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(Set(names) == ["peers.svg", "peers.png", "difficulty.svg", "difficulty.png", "stake.svg", "stake.png",
            "sequence_length.svg", "sequence_length.png", "roundup.html", "roundup.md"])
        let html = try String(contentsOfFile: directory + "/roundup.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<svg ").count == 5)
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<link"))
        #expect(html.contains("NeuronRegistered events"))
        let markdown = try String(contentsOfFile: directory + "/roundup.md", encoding: .utf8)
        for name in ["peers", "difficulty", "stake", "sequence_length"] { #expect(markdown.contains("(\(name).png)")) }
        let png = try Data(contentsOf: URL(fileURLWithPath: directory + "/stake.png"))
        #expect(Array(png.prefix(8)) == PNGEncoder.signature)
    }
}
