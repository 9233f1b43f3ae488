/// What a password is wanted for: which keyfile, and whether it unlocks an existing file or protects a
/// new one.
public struct PasswordRequest: Sendable, Hashable {
    /// Why the password is asked for.
    public enum Purpose: Sendable, Hashable {
        /// To decrypt an existing keyfile.
        case unlock
        /// To encrypt a new keyfile: a terminal asks twice and checks the ``PasswordPolicy``.
        case encrypt
    }

    /// The keyfile's absolute path (also what the `BT_PW_…` variable name is made from).
    public let keyfilePath: String
    /// A short name for people, such as `coldkey` or `hotkey 'miner1'`.
    public let keyName: String
    /// Unlock or encrypt.
    public let purpose: Purpose

    /// A request for `keyfilePath`.
    public init(keyfilePath: String, keyName: String, purpose: Purpose) {
        self.keyfilePath = keyfilePath
        self.keyName = keyName
        self.purpose = purpose
    }
}
