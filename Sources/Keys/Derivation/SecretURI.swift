/// A parsed secret URI in Substrate's syntax: `[phrase | 0xSEED][//hard | /soft]*[///password]`.
///
/// A missing phrase means the well-known development phrase, so `//Alice` is the dev phrase hard-derived
/// along `Alice`. Secrets are hidden from `description`.
public struct SecretURI: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The public development mnemonic behind `//Alice`, `//Bob`, ….
    public static let devPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"

    /// The mnemonic phrase or `0x` hex seed (the dev phrase if the URI had none).
    public let phrase: String
    /// The derivation path, in order.
    public let junctions: [DeriveJunction]
    /// The mnemonic password after `///`, if any (ignored for hex seeds, as in Substrate).
    public let password: String?

    /// Parses `uri`; the phrase itself is validated only when a key pair is built.
    public init(_ uri: String) throws(SecretURIError) {
        let characters = Array(uri)
        var cursor = 0
        while cursor < characters.count, Self.isPhraseCharacter(characters[cursor]) {
            cursor += 1
        }
        let phraseText = String(characters[0..<cursor])

        var pathEnd = characters.count
        var password: String?
        if let start = Self.firstTripleSlash(in: characters, from: cursor) {
            pathEnd = start
            password = String(characters[(start + 3)...])
        }

        var junctions: [DeriveJunction] = []
        while cursor < pathEnd {
            guard characters[cursor] == "/" else {
                throw .unexpectedCharacter(characters[cursor], index: cursor)
            }
            let junctionStart = cursor
            var isHard = false
            cursor += 1
            if cursor < pathEnd, characters[cursor] == "/" {
                isHard = true
                cursor += 1
            }
            let nameStart = cursor
            while cursor < pathEnd, characters[cursor] != "/" {
                cursor += 1
            }
            guard cursor > nameStart else { throw .emptyJunction(index: junctionStart) }
            junctions.append(DeriveJunction(name: String(characters[nameStart..<cursor]), isHard: isHard))
        }

        self.phrase = phraseText.isEmpty ? Self.devPhrase : phraseText
        self.junctions = junctions
        self.password = password
    }

    /// Whether `character` may appear in the phrase part: ASCII letters, digits, `_` and space.
    private static func isPhraseCharacter(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || character == "_" || character == " "
    }

    /// The index of the first `///` at or after `start`, which begins the password.
    private static func firstTripleSlash(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 2 < characters.count {
            if characters[index] == "/" && characters[index + 1] == "/" && characters[index + 2] == "/" {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The path only: phrase and password are secret.
    public var description: String {
        "SecretURI(phrase: <hidden>, path: \"\(junctions.map(\.description).joined())\", "
            + "password: \(password == nil ? "none" : "<hidden>"))"
    }

    /// Same as ``description``: phrase and password are secret.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` does not print the secrets.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
