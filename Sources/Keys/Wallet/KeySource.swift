import Hashing

/// The secret a key is regenerated from, as `regen-coldkey`/`regen-hotkey` accept it.
public enum KeySource: Sendable, CustomStringConvertible {
    /// A BIP39 mnemonic; it is stored in the keyfile's `secretPhrase`.
    case mnemonic(Mnemonic)
    /// A 32-byte seed (mini secret).
    case seed([UInt8])
    /// A Substrate secret URI such as `//Alice` or `<phrase>//hard/soft`.
    case uri(String)

    /// A source from text: `0x` + 64 hex digits is a seed, text with `//` or `/` junctions a URI,
    /// anything else a mnemonic.
    public init(parsing text: String) throws(WalletError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("0x") && !trimmed.contains("/") {
            guard let seed = try? Hex.decode(trimmed), seed.count == 32 else {
                throw .invalidKeySource("a seed must be 0x followed by 64 hex digits")
            }
            self = .seed(seed)
        } else if trimmed.contains("/") {
            self = .uri(trimmed)
        } else {
            do {
                self = .mnemonic(try Mnemonic(phrase: trimmed))
            } catch {
                if case .unknownWord(_, let position) = error {
                    throw .invalidKeySource("mnemonic word \(position) is not in the BIP39 English wordlist")
                }
                throw .invalidKeySource("\(error)")
            }
        }
    }

    /// The key pair for `scheme`, and the mnemonic to record when there is one.
    public func keyPair(scheme: SignatureScheme) throws(WalletError) -> (KeyPair, Mnemonic?) {
        switch self {
        case .mnemonic(let mnemonic):
            return (KeyPair(mnemonic: mnemonic, scheme: scheme), mnemonic)
        case .seed(let seed):
            do {
                return (try KeyPair(seed: seed, scheme: scheme), nil)
            } catch {
                throw .invalidKeySource("\(error)")
            }
        case .uri(let uri):
            do {
                return (try KeyPair(uri: uri, scheme: scheme), nil)
            } catch {
                throw .invalidKeySource("the secret URI is invalid (\(error))")
            }
        }
    }

    /// The kind of source only; never the secret.
    public var description: String {
        switch self {
        case .mnemonic(let mnemonic): "KeySource.mnemonic(\(mnemonic.words.count) words)"
        case .seed: "KeySource.seed(redacted)"
        case .uri: "KeySource.uri(redacted)"
        }
    }
}

/// A key just written to a wallet: its public account, and the mnemonic to show the user once when the
/// key was generated from one.
public struct CreatedKey: Sendable, CustomStringConvertible {
    /// The new key's public account.
    public let account: PublicAccount
    /// The mnemonic, when the key has one; the caller must show it for backup and never log it.
    public let mnemonic: Mnemonic?

    /// The account only.
    public var description: String { "CreatedKey(\(account.ss58Address))" }
}
