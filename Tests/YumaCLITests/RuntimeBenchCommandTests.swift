import Foundation
import Testing

/// `yuma runtime bench` on a small subnet prints a parseable report with nothing refused.
@Suite struct RuntimeBenchCommandTests {
    @Test func smallBenchReport() throws {
        let result = try YumaProcess.run(["runtime", "bench", "--uids", "64", "--validators", "8", "--blocks", "50", "--json-output"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["uids"] as? Int == 64)
        #expect(report?["weights_block_succeeded"] as? Int == 8)
        #expect(report?["day_extrinsics_failed"] as? Int == 0)
        #expect((report?["day_extrinsics_succeeded"] as? Int ?? 0) >= 50)
        #expect((report?["day_seconds"] as? Double ?? -1) >= 0)
    }

    @Test func badSizeIsAUsageError() throws {
        let result = try YumaProcess.run(["runtime", "bench", "--uids", "5000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--uids must be in 1...4096"))
    }
}
