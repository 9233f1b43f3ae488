import Consensus
import Testing

@Suite("Nakamoto step against the reference arithmetic")
struct NakamotoOracleTests {
    @Test(
        "matches the reference bit for bit, and throws exactly where it panics",
        arguments: NakamotoOracleCase.all)
    func matchesReference(_ testCase: NakamotoOracleCase) {
        let result = Result { () throws(NakamotoStepError) in try NakamotoMechanism.step(testCase.input) }
        switch (result, testCase.expected) {
        case (.success(let output), .some(let expected)):
            #expect(output == expected.output)
        case (.failure, .none):
            break
        case (.success, .none):
            Issue.record("the reference panics on this input but the step returned")
        case (.failure(let error), .some):
            Issue.record("the step threw \(error) but the reference returned")
        }
    }
}
