/// The plaintext content of a Bittensor keyfile: the JSON object with `accountId`, `publicKey`,
/// `privateKey`, `secretPhrase`, `secretSeed`, `ss58Address` and (btwallet 4.1) `cryptoType`.
///
/// `description`, `debugDescription` and `dump` never show the secret fields.
public struct KeyfileData: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The 32-byte public key (`publicKey`, also written as `accountId`).
    public var publicKey: [UInt8]?
    /// The private key: sr25519 `scalar ‖ nonce` (64 bytes) or the ed25519 seed (32 bytes).
    public var privateKey: [UInt8]?
    /// The BIP39 mnemonic, if the key came from one.
    public var secretPhrase: String?
    /// The 32-byte seed (mini secret), if known.
    public var secretSeed: [UInt8]?
    /// The SS58 address.
    public var ss58Address: String?
    /// The scheme named by `cryptoType`; `nil` when the file has none (which means sr25519).
    public var cryptoType: SignatureScheme?

    /// A keyfile with the given fields.
    public init(
        publicKey: [UInt8]? = nil, privateKey: [UInt8]? = nil, secretPhrase: String? = nil,
        secretSeed: [UInt8]? = nil, ss58Address: String? = nil, cryptoType: SignatureScheme? = nil
    ) {
        self.publicKey = publicKey
        self.privateKey = privateKey
        self.secretPhrase = secretPhrase
        self.secretSeed = secretSeed
        self.ss58Address = ss58Address
        self.cryptoType = cryptoType
    }

    /// The full keyfile of a key pair, as Bittensor writes `coldkey` and `hotkeys/<name>`; `cryptoType`
    /// is written only for ed25519, so btwallet 4.0 (which reads every value as a string) can read
    /// sr25519 files.
    public init(keyPair: KeyPair, mnemonic: Mnemonic? = nil) {
        self.init(
            publicKey: keyPair.publicKey, privateKey: keyPair.privateKey, secretPhrase: mnemonic?.phrase,
            secretSeed: keyPair.seed, ss58Address: keyPair.ss58Address,
            cryptoType: keyPair.scheme == .ed25519 ? .ed25519 : nil)
    }

    /// The public-only keyfile of an account, as Bittensor writes `coldkeypub.txt` and `<hotkey>pub.txt`.
    public init(publicAccount: PublicAccount) {
        self.init(
            publicKey: publicAccount.publicKey, ss58Address: publicAccount.ss58Address,
            cryptoType: publicAccount.scheme == .ed25519 ? .ed25519 : nil)
    }

    /// The scheme the key uses: `cryptoType`, or sr25519 when absent.
    public var scheme: SignatureScheme { cryptoType ?? .sr25519 }

    /// Whether the file carries any secret (phrase, seed or private key).
    public var hasSecret: Bool { secretPhrase != nil || secretSeed != nil || privateKey != nil }

    /// The address and which kinds of field are present; never a secret.
    public var description: String {
        "KeyfileData(\(scheme), \(ss58Address ?? "no address"), \(hasSecret ? "with secret" : "public only"))"
    }

    /// Same as ``description``: secrets are never printed.
    public var debugDescription: String { description }

    /// Public fields only, so `dump` cannot print a secret.
    public var customMirror: Mirror {
        Mirror(self, children: ["ss58Address": ss58Address as Any, "scheme": scheme, "hasSecret": hasSecret])
    }
}
