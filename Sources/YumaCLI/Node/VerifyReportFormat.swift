import Foundation
import Node

/// How `yuma node verify` prints a replay report.
enum VerifyReportFormat {
    /// Aligned lines: blocks, extrinsics, time, result.
    static func table(_ report: ReplayReport) -> String {
        let result = report.divergence.map { "DIVERGED: \($0.description)" } ?? "OK"
        return """
            blocks verified  \(report.blocksVerified) of \(report.head) (head #\(report.head))
            extrinsics       \(report.extrinsicsVerified)
            time             \(String(format: "%.3f", report.seconds)) s
            result           \(result)
            """
    }

    /// One JSON object with sorted keys: `head`, `blocks_verified`, `extrinsics_verified`, `seconds`,
    /// `ok`, and `divergence` (`null`, or `block` and `message`).
    static func json(_ report: ReplayReport) -> String {
        var divergence: Any = NSNull()
        if let found = report.divergence {
            divergence = ["block": found.block.map { $0 as Any } ?? NSNull(), "message": found.description]
        }
        let object: [String: Any] = [
            "head": report.head, "blocks_verified": report.blocksVerified,
            "extrinsics_verified": report.extrinsicsVerified, "seconds": report.seconds, "ok": report.isOK,
            "divergence": divergence,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
