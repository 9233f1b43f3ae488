/// Asks for passwords on a terminal without echo: once to unlock a keyfile, twice (and checked against a
/// ``PasswordPolicy``) to encrypt a new one.
public struct TerminalPasswordSource<Terminal: SecretTerminal>: PasswordSource {
    /// Where prompts go and answers come from.
    public let terminal: Terminal
    /// The rules for new passwords.
    public let policy: PasswordPolicy
    /// How many times a new password may be re-entered after a mismatch or a weak choice.
    public let attempts: Int

    /// A source on `terminal`.
    public init(terminal: Terminal, policy: PasswordPolicy = .bittensor, attempts: Int = 3) {
        self.terminal = terminal
        self.policy = policy
        self.attempts = max(1, attempts)
    }

    /// Prompts for the password of `request`.
    public func password(for request: PasswordRequest) throws(PasswordError) -> String {
        switch request.purpose {
        case .unlock:
            try terminal.write("Enter the password to unlock the \(request.keyName): ")
            guard let password = try terminal.readSecretLine() else { throw .cancelled }
            return password
        case .encrypt:
            return try newPassword(for: request)
        }
    }

    /// Asks for a new password and its confirmation until they match and pass the policy.
    private func newPassword(for request: PasswordRequest) throws(PasswordError) -> String {
        var lastError = PasswordError.confirmationMismatch
        for _ in 0..<attempts {
            try terminal.write("Choose a password to encrypt the \(request.keyName): ")
            guard let first = try terminal.readSecretLine() else { throw .cancelled }
            do {
                try policy.validate(first)
            } catch {
                lastError = error
                try terminal.write("\(error).\n")
                continue
            }
            try terminal.write("Retype the password: ")
            guard let second = try terminal.readSecretLine() else { throw .cancelled }
            if first == second { return first }
            lastError = .confirmationMismatch
            try terminal.write("The passwords did not match.\n")
        }
        throw lastError
    }
}

extension TerminalPasswordSource where Terminal == DeviceTerminal {
    /// A source on the controlling terminal, `/dev/tty`.
    public init(policy: PasswordPolicy = .bittensor, attempts: Int = 3) {
        self.init(terminal: DeviceTerminal(), policy: policy, attempts: attempts)
    }
}
