/// The key a keyfile holds: a full key pair (with its mnemonic when the file has one) or only a
/// public key.
public enum KeyfileKey: Sendable, CustomStringConvertible {
    /// A key pair that can sign, and the mnemonic it came from if the file records it.
    case secret(KeyPair, mnemonic: Mnemonic?)
    /// A public key only (`coldkeypub.txt`, `<hotkey>pub.txt`).
    case publicOnly(PublicAccount)

    /// The public account, whichever case.
    public var publicAccount: PublicAccount {
        switch self {
        case .secret(let pair, _): PublicAccount(pair)
        case .publicOnly(let account): account
        }
    }

    /// The key pair, or ``KeyfileError/publicKeyOnly``.
    public func keyPair() throws(KeyfileError) -> KeyPair {
        guard case .secret(let pair, _) = self else { throw .publicKeyOnly }
        return pair
    }

    /// The scheme and address; never the secret.
    public var description: String {
        switch self {
        case .secret(let pair, _): "KeyfileKey.secret(\(pair.scheme), \(pair.ss58Address))"
        case .publicOnly(let account): "KeyfileKey.publicOnly(\(account.scheme), \(account.ss58Address))"
        }
    }
}

extension KeyfileData {
    /// The key, read as btwallet does — `secretPhrase`, else `secretSeed`, else `privateKey`, else the
    /// public `publicKey`/`ss58Address` — then checked against the file's `publicKey` and `ss58Address`.
    public func key() throws(KeyfileError) -> KeyfileKey {
        let key: KeyfileKey
        if let secretPhrase {
            let mnemonic: Mnemonic
            do {
                mnemonic = try Mnemonic(phrase: secretPhrase)
            } catch {
                throw .invalidField(
                    "secretPhrase", reason: "is not a BIP39 mnemonic (\(Self.redacted(error)))")
            }
            key = .secret(KeyPair(mnemonic: mnemonic, scheme: scheme), mnemonic: mnemonic)
        } else if let secretSeed {
            do {
                key = .secret(try KeyPair(seed: secretSeed, scheme: scheme), mnemonic: nil)
            } catch {
                throw .invalidField("secretSeed", reason: "is not a seed (\(error))")
            }
        } else if let privateKey {
            do {
                key = .secret(try KeyPair(privateKey: privateKey, scheme: scheme), mnemonic: nil)
            } catch {
                throw .invalidField("privateKey", reason: "is not a private key (\(error))")
            }
        } else if let publicKey {
            key = .publicOnly(try PublicAccount(publicKey: publicKey, scheme: scheme))
        } else if let ss58Address {
            do {
                key = .publicOnly(try PublicAccount(ss58Address: ss58Address, scheme: scheme))
            } catch {
                throw .invalidField("ss58Address", reason: "is not a valid SS58 address (\(error))")
            }
        } else {
            throw .noKeyMaterial
        }
        try check(key.publicAccount.publicKey)
        return key
    }

    /// Throws ``KeyfileError/keyMismatch(field:)`` unless the file's public fields name `publicKey`.
    private func check(_ computed: [UInt8]) throws(KeyfileError) {
        if let publicKey, publicKey != computed { throw .keyMismatch(field: "publicKey") }
        if let ss58Address, (try? SS58.decode(ss58Address).publicKey) != computed {
            throw .keyMismatch(field: "ss58Address")
        }
    }

    /// A mnemonic error without the offending word, which is part of a secret.
    private static func redacted(_ error: MnemonicError) -> String {
        if case .unknownWord(_, let position) = error {
            return "word \(position) is not in the BIP39 English wordlist"
        }
        return error.description
    }
}
