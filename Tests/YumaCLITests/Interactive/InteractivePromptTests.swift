import Foundation
import Testing

/// The real `yuma` in a tmux pane: the `[y/N]` confirmation answered no and yes, the coldkey password
/// typed wrong (a clear one-line error, exit 1, nothing staked, the keyfile untouched) and right, and the
/// spinner leaving nothing behind on the final screen.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1",
        "needs tmux on PATH"))
struct InteractivePromptTests {
    typealias F = DelegationFixture
    static let password = "correct-Horse9"

    @Test func delegateConfirmationAndColdkeyPassword() async throws {
        let (fixture, _) = try await F.start()
        defer { fixture.stop() }
        // Dave's coldkey is encrypted; its password is given by BT_PW_ only while it is written.
        let keyfile = fixture.root + "/dave/coldkey"
        let (name, value) = BtcliProcess.passwordVariable(forKeyfileAt: keyfile, password: Self.password)
        let created = try fixture.yuma.run(
            ["wallet", "regen-coldkey", "--wallet-name", "dave", "--uri", "//Dave", "-y", "--quiet"],
            extra: [name: value])
        #expect(created.status == 0, "\(created.stderr)")
        let sealedKeyfile = try Data(contentsOf: URL(fileURLWithPath: keyfile))

        // Blocks every half second, so a submission spends a while behind the spinner.
        let sealer = Task {
            while !Task.isCancelled {
                try? await fixture.node.seal()
                try? await Task.sleep(for: .milliseconds(500))
            }
        }
        defer { sealer.cancel() }
        let environment = ["HOME": fixture.yuma.home, "BT_WALLET_PATH": fixture.root, "BT_NETWORK": fixture.node.url]
        let delegate = [
            "delegates", "delegate", "--wallet-name", "dave", "--delegate-ss58", F.delegate, "--amount", "10",
        ]
        func daveStake() async throws -> UInt64? {
            F.integer(try await fixture.json(["delegates", "my-delegates", "--wallet-name", "dave"])["total"])
        }

        // No: nothing is submitted and no password is asked.
        let declined = try TmuxSession(delegate, environment: environment)
        defer { declined.close() }
        try await declined.waitFor("(take 15.00 %) on \(fixture.node.url)? [y/N]:")
        try declined.type("n")
        let no = try await declined.exit()
        #expect(no.status == 1)
        #expect(no.screen.contains("Error: cancelled; nothing was submitted"), "\(no.screen)")
        #expect(!no.screen.contains("password"))
        #expect(try await daveStake() == 0)

        // Yes, then a wrong password: a clear message, exit 1, no stake, the keyfile byte for byte.
        let wrong = try TmuxSession(delegate, environment: environment)
        defer { wrong.close() }
        try await wrong.waitFor("[y/N]:")
        try wrong.type("y")
        try await wrong.waitFor("Enter the password to unlock the coldkey:")
        try wrong.type("not-the-Password1")
        let refused = try await wrong.exit()
        #expect(refused.status == 1)
        #expect(refused.screen.contains("Error: \(keyfile): the password does not decrypt the keyfile"), "\(refused.screen)")
        #expect(!refused.screen.contains("not-the-Password1"))
        #expect(try await daveStake() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: keyfile)) == sealedKeyfile)

        // Yes and the right password: staked, and the final screen is clean text.
        let accepted = try TmuxSession(delegate, environment: environment)
        defer { accepted.close() }
        try await accepted.waitFor("[y/N]:")
        try accepted.type("y")
        try await accepted.waitFor("Enter the password to unlock the coldkey:")
        try accepted.type(Self.password)
        let done = try await accepted.exit()
        #expect(done.status == 0, "\(done.screen)")
        let lines = done.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("Delegated 10.000000000 τ to \(F.delegate) in block #") }, "\(done.screen)")
        #expect(lines.contains("stake    0.000000000 τ → 10.000000000 τ"), "\(done.screen)")
        #expect(lines.contains("[exit 0]"))
        let spinnerFrames = Set("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
        #expect(!done.screen.contains { spinnerFrames.contains($0) }, "\(done.screen)")
        #expect(!done.screen.contains("Submitting"), "\(done.screen)")
        #expect(!done.screen.contains(Self.password))
        #expect(try await daveStake() == 10 * F.tao)
        #expect(try Data(contentsOf: URL(fileURLWithPath: keyfile)) == sealedKeyfile)
    }
}
