/// Why no usable password could be had.
public enum PasswordError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `BT_PW_…` variable for the keyfile is not set.
    case environmentVariableNotSet(String)
    /// The `BT_PW_…` variable is set but is not base64, or does not decode to UTF-8.
    case environmentVariableInvalid(String)
    /// No password source can answer for this key (prompting is disabled).
    case unavailable(String)
    /// There is no terminal to ask on (`/dev/tty` cannot be opened).
    case noTerminal
    /// Input ended before a password was typed.
    case cancelled
    /// The two entries of a new password differed every time.
    case confirmationMismatch
    /// A new password does not meet the ``PasswordPolicy``.
    case tooWeak(String)

    /// Whether the source simply has no password to offer, so another source may be tried.
    public var isUnavailable: Bool {
        switch self {
        case .environmentVariableNotSet, .unavailable, .noTerminal: true
        default: false
        }
    }

    /// A sentence naming the problem and what to do about it.
    public var description: String {
        switch self {
        case .environmentVariableNotSet(let name):
            "the environment variable \(name) is not set; set it or enter the password interactively"
        case .environmentVariableInvalid(let name):
            "the environment variable \(name) is not a base64 value made by Bittensor's password encoding; "
                + "set it again"
        case .unavailable(let key):
            "the \(key) is encrypted and no password source is available; run interactively or set its BT_PW_ "
                + "variable"
        case .noTerminal:
            "there is no terminal to ask for the password on; set the keyfile's BT_PW_ variable instead"
        case .cancelled:
            "password entry was cancelled"
        case .confirmationMismatch:
            "the passwords did not match; try again"
        case .tooWeak(let reason):
            "the password is too weak: \(reason)"
        }
    }
}
