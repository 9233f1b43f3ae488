import Hashing

/// A 32-byte hash (block hashes, extrinsic hashes, state and extrinsics roots, the genesis hash).
public struct Hash256: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hash bytes as four big-endian words, so the value is cheap to copy, hash and compare.
    public let words: (UInt64, UInt64, UInt64, UInt64)

    /// All zero bytes (the parent hash of the genesis block).
    public static let zero = Hash256(words: (0, 0, 0, 0))

    /// A hash from its four big-endian words.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// A hash from exactly 32 bytes.
    public init(bytes: some Collection<UInt8>) throws(Hash256Error) {
        guard bytes.count == 32 else { throw .wrongLength(bytes.count) }
        self.init(digest: Array(bytes))
    }

    /// A hash from 64 hex digits (optionally `0x`-prefixed).
    public init(hex: String) throws(Hash256Error) {
        let bytes: [UInt8]
        do {
            bytes = try Hex.decode(hex)
        } catch {
            throw .notHex(hex)
        }
        try self.init(bytes: bytes)
    }

    /// The Blake2b-256 digest of `data`.
    public init(blake2b256 data: some Sequence<UInt8>) {
        self.init(digest: Blake2b.hash256(data))
    }

    /// Packs a 32-byte digest; missing bytes (never the case for a 32-byte digest) read as zero.
    init(digest: [UInt8]) {
        var packed: [UInt64] = [0, 0, 0, 0]
        for index in 0..<32 {
            let byte = index < digest.count ? digest[index] : 0
            packed[index / 8] = packed[index / 8] << 8 | UInt64(byte)
        }
        words = (packed[0], packed[1], packed[2], packed[3])
    }

    /// The 32 bytes.
    public var bytes: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(32)
        for word in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 56, through: 0, by: -8) {
                result.append(UInt8(truncatingIfNeeded: word >> shift))
            }
        }
        return result
    }

    /// Lowercase hex with `0x`.
    public var description: String { Hex.encode(bytes, prefixed: true) }

    /// Byte-wise order.
    public static func < (lhs: Hash256, rhs: Hash256) -> Bool {
        (lhs.words.0, lhs.words.1, lhs.words.2, lhs.words.3) < (
            rhs.words.0, rhs.words.1, rhs.words.2, rhs.words.3
        )
    }

    /// Equal bytes.
    public static func == (lhs: Hash256, rhs: Hash256) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes the four words.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

/// Why bytes or text are not a 32-byte hash.
public enum Hash256Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not 32 bytes.
    case wrongLength(Int)
    /// Not hex.
    case notHex(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .wrongLength(let count): "a hash is 32 bytes, got \(count)"
        case .notHex(let text): "\(text) is not a hex hash"
        }
    }
}

extension Hash256: BinaryCodable {
    /// Exactly 32 bytes.
    public static var minimumEncodedSize: Int { 32 }

    /// The 32 bytes, no length prefix.
    public func encode(to writer: inout ByteWriter) {
        writer.write(words.0.bigEndian)
        writer.write(words.1.bigEndian)
        writer.write(words.2.bigEndian)
        writer.write(words.3.bigEndian)
    }

    /// Exactly 32 bytes.
    public init(from reader: inout ByteReader) throws(CodecError) {
        guard reader.remaining >= 32 else {
            throw CodecError(
                .truncated(needed: 32, remaining: reader.remaining), reading: "Hash256", at: reader.offset)
        }
        let first = try reader.read(UInt64.self)
        let second = try reader.read(UInt64.self)
        let third = try reader.read(UInt64.self)
        let fourth = try reader.read(UInt64.self)
        self.init(
            words: (
                UInt64(bigEndian: first), UInt64(bigEndian: second), UInt64(bigEndian: third),
                UInt64(bigEndian: fourth)
            ))
    }
}
