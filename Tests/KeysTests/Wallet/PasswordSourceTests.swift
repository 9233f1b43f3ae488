import Testing

@testable import Keys

/// A terminal that answers from a script and records what it was shown.
final class ScriptedTerminal: SecretTerminal, @unchecked Sendable {
    // Reviewed exception: each test drives one terminal from one thread.
    private var answers: [String?]
    private(set) var shown: [String] = []

    init(_ answers: [String?]) {
        self.answers = answers
    }

    func write(_ text: String) throws(PasswordError) {
        shown.append(text)
    }

    func readSecretLine() throws(PasswordError) -> String? {
        guard !answers.isEmpty else { return nil }
        return answers.removeFirst()
    }
}

@Suite("Password sources")
struct PasswordSourceTests {
    static let coldkey = "/home/u/.bittensor/wallets/default/coldkey"
    static let unlock = PasswordRequest(keyfilePath: coldkey, keyName: "coldkey", purpose: .unlock)
    static let encrypt = PasswordRequest(keyfilePath: coldkey, keyName: "coldkey", purpose: .encrypt)

    @Test("BT_PW_ variable names follow protocol.md §1.4")
    func variableName() {
        #expect(
            EnvironmentPasswordSource.variableName(forKeyfileAt: Self.coldkey)
                == "BT_PW__HOME_U__BITTENSOR_WALLETS_DEFAULT_COLDKEY")
        #expect(
            EnvironmentPasswordSource.variableName(forKeyfileAt: "/tmp/w.x/hotkeys/h1")
                == "BT_PW__TMP_W_X_HOTKEYS_H1")
    }

    @Test(
        "Values are base64 of the password XOR the variable name",
        arguments: [
            "", "a", "yuma-test-pw",
            "pässwörd ✓ long enough to wrap around the key" + String(repeating: "!", count: 60),
        ])
    func encoding(_ password: String) throws {
        let name = EnvironmentPasswordSource.variableName(forKeyfileAt: Self.coldkey)
        let value = EnvironmentPasswordSource.encode(password: password, variableName: name)
        #expect(try EnvironmentPasswordSource.decode(value, variableName: name) == password)
        let source = EnvironmentPasswordSource(environment: [name: value])
        #expect(try source.password(for: Self.unlock) == password)
    }

    @Test("A hand-computed value: 'abc' XOR 'BT_' is 0x23 0x36 0x3C, base64 'IzY8'")
    func knownValue() throws {
        #expect(EnvironmentPasswordSource.encode(password: "abc", variableName: "BT_") == "IzY8")
    }

    @Test("Missing and malformed variables raise typed errors")
    func environmentErrors() {
        let name = "BT_PW__HOME_U__BITTENSOR_WALLETS_DEFAULT_COLDKEY"
        #expect(throws: PasswordError.environmentVariableNotSet(name)) {
            try EnvironmentPasswordSource(environment: [:]).password(for: Self.unlock)
        }
        for bad in ["not base64!", "abc", "////"] {
            #expect(throws: PasswordError.environmentVariableInvalid(name)) {
                try EnvironmentPasswordSource(environment: [name: bad]).password(for: Self.unlock)
            }
        }
    }

    @Test("The terminal asks once to unlock and never echoes through write")
    func terminalUnlock() throws {
        let terminal = ScriptedTerminal(["secret-1"])
        let password = try TerminalPasswordSource(terminal: terminal).password(for: Self.unlock)
        #expect(password == "secret-1")
        #expect(terminal.shown == ["Enter the password to unlock the coldkey: "])
    }

    @Test("A new password is asked twice; a mismatch or a weak choice asks again")
    func terminalEncrypt() throws {
        let terminal = ScriptedTerminal(["abc", "Str0ng-pass", "other", "Str0ng-pass", "Str0ng-pass"])
        let password = try TerminalPasswordSource(terminal: terminal).password(for: Self.encrypt)
        #expect(password == "Str0ng-pass")
        #expect(terminal.shown.contains("The passwords did not match.\n"))
        #expect(terminal.shown.contains { $0.contains("at least 6 bytes") })
        #expect(!terminal.shown.joined().contains("Str0ng-pass"))
    }

    /// Terminal scripts that must fail, and their errors.
    static let terminalFailures: [(String, [String?], PasswordRequest, PasswordError)] = [
        ("end of input", [], unlock, .cancelled),
        ("end of input while confirming", ["Str0ng-pass"], encrypt, .cancelled),
        (
            "three mismatches", ["Str0ng-pass", "a1", "Str0ng-pass", "a2", "Str0ng-pass", "a3"], encrypt,
            .confirmationMismatch
        ),
        (
            "three weak passwords", ["abc", "aaaaaaaa", "abcdefg"], encrypt,
            .tooWeak("use at least 8 characters, or mix letters, digits and symbols")
        ),
    ]

    @Test("Cancelled, mismatched and weak entries raise typed errors", arguments: terminalFailures)
    func terminalErrors(
        _ label: String, _ script: [String?], _ request: PasswordRequest, _ expected: PasswordError
    ) {
        #expect(throws: expected, "\(label)") {
            try TerminalPasswordSource(terminal: ScriptedTerminal(script)).password(for: request)
        }
    }

    @Test(
        "The policy: at least 6 bytes, not one repeated character, mixed classes below 8 characters",
        arguments: [
            ("12345", false), ("aaaaaaaa", false), ("abcdef", false), ("abc123", true), ("abcdefgh", true),
            ("Yuma-pw", true),
        ])
    func policy(_ password: String, _ accepted: Bool) {
        #expect((try? PasswordPolicy.bittensor.validate(password)) != nil ? accepted : !accepted)
    }

    @Test("The fallback asks the terminal only when the environment has no variable")
    func fallback() throws {
        let name = EnvironmentPasswordSource.variableName(forKeyfileAt: Self.coldkey)
        let value = EnvironmentPasswordSource.encode(password: "from-env", variableName: name)
        let terminal = ScriptedTerminal(["from-terminal"])
        let withVariable = FallbackPasswordSource(
            EnvironmentPasswordSource(environment: [name: value]),
            then: TerminalPasswordSource(terminal: terminal))
        #expect(try withVariable.password(for: Self.unlock) == "from-env")
        #expect(terminal.shown.isEmpty)
        let without = FallbackPasswordSource(
            EnvironmentPasswordSource(environment: [:]), then: TerminalPasswordSource(terminal: terminal))
        #expect(try without.password(for: Self.unlock) == "from-terminal")
        let broken = FallbackPasswordSource(
            EnvironmentPasswordSource(environment: [name: "%%%"]),
            then: TerminalPasswordSource(terminal: terminal))
        #expect(throws: PasswordError.environmentVariableInvalid(name)) {
            try broken.password(for: Self.unlock)
        }
        #expect(throws: PasswordError.unavailable("coldkey")) {
            try NoPasswordSource().password(for: Self.unlock)
        }
    }

    @Test("A fixed source never prints its password")
    func fixedRedaction() {
        let source = FixedPasswordSource("hunter22")
        var dumped = ""
        dump(source, to: &dumped)
        #expect(!"\(source)".contains("hunter22"))
        #expect(!dumped.contains("hunter22"))
    }
}
