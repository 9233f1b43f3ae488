/// Why a secret URI (`phrase//hard/soft///password`, `//Alice`, `0x…` seed) cannot give a key pair.
public enum SecretURIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The URI has a character that cannot appear where it is: the phrase may hold only letters, digits,
    /// `_` and spaces, and must be followed by a path (`/…`) or a password (`///…`).
    case unexpectedCharacter(Character, index: Int)
    /// A path has an empty junction (`//` or `/` with no name before the next `/` or the end).
    case emptyJunction(index: Int)
    /// The phrase is not a valid mnemonic.
    case invalidPhrase(MnemonicError)
    /// A `0x` seed is not 32 bytes of hex.
    case invalidHexSeed
    /// The scheme cannot derive along this junction (ed25519 supports only hard `//` junctions).
    case softJunctionNotSupported(scheme: SignatureScheme, junction: String)

    /// A sentence naming the problem; it never repeats the secret itself.
    public var description: String {
        switch self {
        case .unexpectedCharacter(let character, let index):
            "secret URI has an unexpected character '\(character)' at index \(index); expected "
                + "'phrase//hard/soft///password'"
        case .emptyJunction(let index):
            "secret URI has an empty derivation junction at index \(index)"
        case .invalidPhrase(let error):
            "secret URI phrase is invalid: \(error)"
        case .invalidHexSeed:
            "secret URI seed must be 0x followed by 64 hex digits (32 bytes)"
        case .softJunctionNotSupported(let scheme, let junction):
            "\(scheme) keys support only hard derivation (//name); soft junction '\(junction)' is not allowed"
        }
    }
}
