/// How a keyfile's bytes are protected, recognised by their first bytes as Bittensor does.
public enum KeyfileEncryption: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Plain keyfile JSON.
    case none
    /// `$NACL`: Argon2i key derivation and XSalsa20-Poly1305 (libsodium `secretbox`); the current format.
    case nacl
    /// `$ANSIBLE_VAULT`: Ansible Vault 1.1 (AES-256), an older Bittensor format.
    case ansibleVault
    /// `gAAAAA`: a Fernet token, the oldest Bittensor format.
    case fernet

    /// The encryption of `bytes`, judged by their prefix; anything unrecognised is plaintext.
    public init(detecting bytes: [UInt8]) {
        if bytes.starts(with: Self.naclPrefix) {
            self = .nacl
        } else if bytes.starts(with: Array("$ANSIBLE_VAULT".utf8)) {
            self = .ansibleVault
        } else if bytes.starts(with: Array("gAAAAA".utf8)) {
            self = .fernet
        } else {
            self = .none
        }
    }

    /// The bytes that start a `$NACL` keyfile.
    public static let naclPrefix: [UInt8] = Array("$NACL".utf8)

    /// Whether the bytes are encrypted at all.
    public var isEncrypted: Bool { self != .none }

    /// Whether Yuma can decrypt this format (only `$NACL`).
    public var isLegacy: Bool { self == .ansibleVault || self == .fernet }

    /// The format's name as people know it: `plaintext`, `$NACL`, `ansible-vault` or `fernet`.
    public var description: String {
        switch self {
        case .none: "plaintext"
        case .nacl: "$NACL"
        case .ansibleVault: "ansible-vault"
        case .fernet: "fernet"
        }
    }
}
