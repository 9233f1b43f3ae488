import ChainAPI
import Hashing
import Keys
import Runtime
import Testing

@testable import ChainClient

@Suite("PowRegistration refusals")
struct PowRegistrationRefusalTests {
    @Test("the chain's refusal of stale work is read from its event and classified as retryable")
    func staleWork() async throws {
        try await TestNode.with { node in
            let client = node.http
            let hotkey = TestKeys.key("//Pow//stale", .sr25519)
            let netuid = try await PowRegistrationDriverTests.prepare(client, era: .finney, difficulty: 10, hotkey: hotkey)
            let old = try #require(try await client.blockHash(1))
            for _ in 0..<4 { try await client.createBlock() }
            let problem = PowProblem(
                era: .finney, blockNumber: 1, blockHash: try Hex.decode(old), hotkey: hotkey.accountID, difficulty: 10)
            let solution = try await PowSolver(workers: 1).solve(problem)
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let registration = PowRegistration(
                client: socket, netuid: netuid, hotkey: hotkey, coldkey: TestKeys.bob.accountID, era: .finney)
            let submitted = try await PowRegistrationDriverTests.producingBlocks(client) {
                try await registration.submit(solution)
            }
            await socket.close()
            guard case .retry(let reason) = submitted else {
                Issue.record("expected a retryable refusal, got \(submitted)")
                return
            }
            #expect(reason == RegistrationError.invalidWorkBlock.description)
        }
    }

    @Test(
        "refusals are classified by the runtime error they name",
        arguments: [
            (RegistrationError.invalidWorkBlock, PowRefusal.retryable), (.invalidDifficulty, .retryable),
            (.invalidSeal, .retryable), (.workRepeated, .retryable), (.tooManyRegistrationsThisBlock, .retryable),
            (.hotKeyAlreadyRegisteredInSubNet, .alreadyRegistered), (.subNetRegistrationDisabled, .final),
            (.nonAssociatedColdKey, .final), (.tooManyRegistrationsThisInterval, .final), (.subnetNotExists, .final),
        ])
    func classification(error: RegistrationError, expected: PowRefusal) {
        #expect(PowRefusal(reason: error.description) == expected)
        #expect(PowRefusal(reason: "Balances.something else") == .final)
    }
}
