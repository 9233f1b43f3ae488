import ChainClient
import Foundation
import Testing

@testable import Explorer

@Suite("Explorer in a headless browser: pages render, charts are drawn, no script errors")
struct ExplorerBrowserTests {
    /// Pages the browser opens, by screenshot name.
    static func pages(head: UInt64) -> [(name: String, path: String, charts: Bool)] {
        [
            ("home", "/", true), ("subnet", "/subnet/1", true), ("neuron", "/neuron/1/1", false), ("block", "/block/\(head)", false),
            ("account", "/account/\(DevKeys.bob.ss58Address)", false), ("not-found", "/block/0x1234", false),
        ]
    }

    @Test("home, subnet, neuron, block, account and not-found pages in Chromium, wide and phone-sized", .enabled(if: HeadlessChromium.enabled))
    func pagesInChromium() async throws {
        let browserPath = try #require(HeadlessChromium.find(), "no Chromium: run scripts/install-browser or set YUMA_CHROMIUM")
        let folder: URL
        if let kept = ProcessInfo.processInfo.environment["YUMA_SCREENSHOTS"], !kept.isEmpty {
            folder = URL(fileURLWithPath: kept)
        } else {
            folder = URL(fileURLWithPath: ExplorerTestNode.temporaryPath("yuma-browser"))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if ProcessInfo.processInfo.environment["YUMA_SCREENSHOTS"] == nil { try? FileManager.default.removeItem(at: folder) } }
        let browser = HeadlessChromium(path: browserPath, folder: folder)

        try await PopulatedExplorer.with { explorer in
            let base = "http://127.0.0.1:\(explorer.server.port)"
            for page in Self.pages(head: explorer.head) {
                let png = try await browser.screenshot(base + page.path, name: page.name)
                try expectScreenshot(png, width: 1280)
                let dom = try await browser.dom(base + page.path, name: page.name)
                #expect(dom.contains("data-script=\"ready\""), "\(page.name): the page script did not finish")
                #expect(!dom.contains("data-script-errors=\""), "\(page.name): script errors: \(errors(in: dom))")
                if page.charts {
                    let drawn = dom.components(separatedBy: "<path class=\"line\" data-points=\"").dropFirst()
                        .filter { Int($0.prefix { $0.isNumber }) ?? 0 > 0 }
                    #expect(dom.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4, "\(page.name): four charts")
                    #expect(drawn.count >= 4, "\(page.name): \(drawn.count) lines with data")
                }
            }
            let phone = try await browser.screenshot(base + "/", name: "home-phone", width: 390, height: 844)
            try expectScreenshot(phone, width: 390)
            let phoneSubnet = try await browser.screenshot(base + "/subnet/1", name: "subnet-phone", width: 390, height: 844)
            try expectScreenshot(phoneSubnet, width: 390)
            let phoneAccount = try await browser.screenshot(base + "/account/\(DevKeys.bob.ss58Address)", name: "account-phone", width: 390, height: 844)
            try expectScreenshot(phoneAccount, width: 390)
        }
    }

    private func expectScreenshot(_ file: URL, width: Int) throws {
        let data = try Data(contentsOf: file)
        let size = try #require(pngSize(data), "\(file.lastPathComponent) is not a PNG")
        #expect(size.width == width, "\(file.lastPathComponent) is \(size.width) wide")
        #expect(data.count > 10_000, "\(file.lastPathComponent) has only \(data.count) bytes")
    }

    private func errors(in dom: String) -> String {
        guard let range = dom.range(of: "data-script-errors=\"") else { return "" }
        return String(dom[range.upperBound...].prefix { $0 != "\"" })
    }
}
