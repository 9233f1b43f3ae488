import Foundation
import Testing

/// `yuma consensus bench`: a small run prints a parseable report; bad sizes are usage errors.
@Suite struct ConsensusBenchCommandTests {
    @Test func smallBenchReportsTimeAndMemory() throws {
        let result = try YumaProcess.run(["consensus", "bench", "--n", "64", "--validators", "8", "--runs", "2", "--json-output"])
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["n"] as? Int == 64)
        #expect(report?["validators"] as? Int == 8)
        #expect((report?["median_seconds"] as? Double ?? -1) > 0)
        #expect((report?["peak_rss_mib"] as? Double ?? -1) > 0)
        #expect(report?["weights_entries"] as? Int == 8 * 56)
        #expect(report?["emitted_rao"] as? Int ?? 0 > 999_999_000)
    }

    @Test(arguments: [["--n", "0", "--validators", "1"], ["--n", "8", "--validators", "9"], ["--n", "8", "--validators", "2", "--runs", "0"]])
    func badSizesAreUsageErrors(arguments: [String]) throws {
        let result = try YumaProcess.run(["consensus", "bench"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
    }
}
