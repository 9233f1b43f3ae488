import CSodium
import Hashing

/// A homomorphic multiset hash: the sum, lane by lane modulo 2^64, of a 4096-bit expansion of each
/// element's digest (a lattice hash in the manner of LtHash; the expansion is the ChaCha20 keystream
/// keyed by the digest).
///
/// Adding and removing elements commute, so the hash of a set can be kept up to date as elements
/// change, at a cost per changed element, and two parties that hold the same set get the same value
/// whatever order they reached it in. With 64 lanes of 64 bits, finding two different sets with the
/// same sum is a high-dimension generalized-birthday problem far beyond reach.
public struct LatticeHash: Sendable, Equatable {
    /// Lanes in the sum.
    public static let laneCount = 64

    /// The running sum.
    public private(set) var lanes: [UInt64]

    /// The hash of the empty set.
    public init() { lanes = Array(repeating: 0, count: Self.laneCount) }

    /// Adds the element whose 32-byte digest is `digest`.
    public mutating func insert(digest: [UInt8]) { insert(expansion: Self.expand(digest)) }

    /// Removes the element whose 32-byte digest is `digest` (which must have been inserted).
    public mutating func remove(digest: [UInt8]) { remove(expansion: Self.expand(digest)) }

    /// Adds an element given its expansion (``expand(_:)`` of its digest).
    mutating func insert(expansion: [UInt64]) {
        for lane in 0..<Self.laneCount { lanes[lane] &+= expansion[lane] }
    }

    /// Removes an element given its expansion.
    mutating func remove(expansion: [UInt64]) {
        for lane in 0..<Self.laneCount { lanes[lane] &-= expansion[lane] }
    }

    /// A 32-byte digest of the sum: Blake2b-256 over the lanes, little-endian.
    public var digest: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.laneCount * 8)
        for lane in lanes {
            for shift in stride(from: 0, to: 64, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: lane >> shift))
            }
        }
        return Blake2b.hash256(bytes)
    }

    /// The 64 lanes an element adds: 512 bytes of the ChaCha20 (IETF) keystream keyed by the
    /// element's 32-byte digest with an all-zero nonce, read as little-endian words.
    static func expand(_ digest: [UInt8]) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: laneCount) { lanes, initialized in
            lanes.withMemoryRebound(to: UInt8.self) { bytes in
                for index in bytes.indices { bytes[index] = 0 }
                digest.withUnsafeBufferPointer { key in
                    guard let out = bytes.baseAddress, let keyBytes = key.baseAddress, key.count == 32 else {
                        return
                    }
                    _ = Self.sodiumReady
                    _ = crypto_stream_chacha20_ietf_xor(
                        out, out, UInt64(bytes.count), Self.zeroNonce, keyBytes)
                }
            }
            for index in 0..<laneCount { lanes[index] = UInt64(littleEndian: lanes[index]) }
            initialized = laneCount
        }
    }

    /// ChaCha20's 12-byte nonce, zero: each key (an element digest) is used for one keystream only.
    private static let zeroNonce = [UInt8](repeating: 0, count: 12)

    /// libsodium picks its fastest implementations once initialized.
    static let sodiumReady: Bool = sodium_init() >= 0
}
