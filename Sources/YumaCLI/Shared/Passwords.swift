import Keys

/// Where keyfile passwords come from: the keyfile's `BT_PW_…` variable first, then the terminal unless
/// prompting is off. Passwords are never printed or logged.
enum Passwords {
    /// The source for `options`.
    static func source(_ options: OutputOptions) -> any PasswordSource {
        if options.neverPrompt { return EnvironmentPasswordSource() }
        return FallbackPasswordSource(EnvironmentPasswordSource(), then: TerminalPasswordSource())
    }
}
