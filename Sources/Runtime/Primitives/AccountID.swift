import Hashing

/// A 32-byte account: an sr25519 or ed25519 public key, shown as SS58 by the wallet.
public struct AccountID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The public key bytes, as four big-endian words so the value is cheap to hash and compare.
    public let words: (UInt64, UInt64, UInt64, UInt64)

    /// An account from exactly 32 bytes.
    public init(bytes: some Collection<UInt8>) throws(AccountIDError) {
        guard bytes.count == 32 else { throw .wrongLength(bytes.count) }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            switch index >> 3 {
            case 0: words.0 = words.0 << 8 | UInt64(byte)
            case 1: words.1 = words.1 << 8 | UInt64(byte)
            case 2: words.2 = words.2 << 8 | UInt64(byte)
            default: words.3 = words.3 << 8 | UInt64(byte)
            }
        }
        self.words = words
    }

    /// An account from its bytes read as four big-endian words.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// An account from 64 hex digits (optionally `0x`-prefixed).
    public init(hex: String) throws(AccountIDError) {
        do {
            try self.init(bytes: try Hex.decode(hex))
        } catch let error as AccountIDError {
            throw error
        } catch {
            throw .notHex(hex)
        }
    }

    /// A test account whose 32 bytes are `seed` repeated (for tests and scripted scenarios).
    public init(testSeed seed: UInt8) {
        let word = UInt64(seed) * 0x0101_0101_0101_0101
        words = (word, word, word, word)
    }

    /// The 32 public key bytes.
    public var bytes: [UInt8] {
        [words.0, words.1, words.2, words.3].flatMap { word in
            (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) }
        }
    }

    /// Lowercase hex with `0x`.
    public var description: String { Hex.encode(bytes, prefixed: true) }

    /// Byte-wise order.
    public static func < (lhs: AccountID, rhs: AccountID) -> Bool {
        (lhs.words.0, lhs.words.1, lhs.words.2, lhs.words.3) < (
            rhs.words.0, rhs.words.1, rhs.words.2, rhs.words.3
        )
    }

    /// Equal bytes.
    public static func == (lhs: AccountID, rhs: AccountID) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes the 32 bytes in one call (cheaper than combining the four words one by one).
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: words) { hasher.combine(bytes: $0) }
    }
}

/// Why bytes are not an account.
public enum AccountIDError: Error, Equatable, CustomStringConvertible {
    /// Not 32 bytes.
    case wrongLength(Int)
    /// Not hex.
    case notHex(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .wrongLength(let count): "an account is 32 bytes, got \(count)"
        case .notHex(let text): "\(text) is not a hex account id"
        }
    }
}
