import Keys
import Testing

/// Entropy, its phrase and its Substrate mini secrets, from the bip39 bindings.
struct MnemonicVector: Sendable, CustomTestStringConvertible {
    let entropy: String
    let phrase: String
    let miniSecret: String
    let miniSecretWithPassword: String

    var testDescription: String { "\(phrase.split(separator: " ").count) words, \(entropy.prefix(8))…" }
}

/// A secret URI with the public key and address sp-core gives it.
struct URIVector: Sendable, CustomTestStringConvertible {
    let uri: String
    let scheme: SignatureScheme
    let publicKey: String
    let address: String

    var testDescription: String { "\(uri.count > 40 ? "…" + uri.suffix(36) : uri) (\(scheme))" }
}

/// A signature made by a Python library.
struct SignatureVector: Sendable, CustomTestStringConvertible {
    let scheme: SignatureScheme
    let seed: String
    let publicKey: String
    let message: String
    let signature: String

    var testDescription: String { "\(scheme), \(message.count / 2)-byte message" }
}

/// A public key soft-derived without its secret key, by schnorrkel's `derive_pubkey`.
struct SoftPublicVector: Sendable, CustomTestStringConvertible {
    let publicKey: String
    let junction: String
    let chainCode: String
    let derived: String

    var testDescription: String { "/\(junction)" }
}

/// An SS58 address with its prefix and public key, from scalecodec.
struct SS58Vector: Sendable, CustomTestStringConvertible {
    let prefix: UInt16
    let publicKey: String
    let address: String

    var testDescription: String { "prefix \(prefix)" }
}
