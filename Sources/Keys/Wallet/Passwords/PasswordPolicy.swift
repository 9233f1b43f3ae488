/// The rules a new keyfile password must follow before it encrypts a key.
///
/// Bittensor requires at least 6 bytes and a `passwords`-crate strength score of 20; Yuma checks the
/// length and refuses passwords made of one repeated character or a single character class shorter
/// than 8, an approximation of that score.
public struct PasswordPolicy: Sendable, Hashable {
    /// The fewest UTF-8 bytes allowed.
    public var minimumByteCount: Int

    /// A policy with a minimum length.
    public init(minimumByteCount: Int = 6) {
        self.minimumByteCount = minimumByteCount
    }

    /// Bittensor's rule: at least 6 bytes.
    public static let bittensor = PasswordPolicy()

    /// Throws ``PasswordError/tooWeak(_:)`` unless `password` is acceptable.
    public func validate(_ password: String) throws(PasswordError) {
        let bytes = Array(password.utf8)
        guard bytes.count >= minimumByteCount else {
            throw .tooWeak("it must be at least \(minimumByteCount) bytes long")
        }
        guard Set(bytes).count > 1 else { throw .tooWeak("it repeats a single character") }
        let classes = [
            bytes.contains { (0x61...0x7A).contains($0) }, bytes.contains { (0x41...0x5A).contains($0) },
            bytes.contains { (0x30...0x39).contains($0) },
            bytes.contains {
                !(0x61...0x7A).contains($0) && !(0x41...0x5A).contains($0) && !(0x30...0x39).contains($0)
            },
        ].filter { $0 }.count
        guard classes > 1 || bytes.count >= 8 else {
            throw .tooWeak("use at least 8 characters, or mix letters, digits and symbols")
        }
    }
}
