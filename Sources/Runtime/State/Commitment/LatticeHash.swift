import Hashing

/// A homomorphic multiset hash: the sum, lane by lane modulo 2^64, of a 4096-bit expansion of each
/// element's digest (a lattice hash in the manner of LtHash).
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
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: lane >> shift)) }
        }
        return Blake2b.hash256(bytes)
    }

    /// The 64 lanes an element adds: eight Blake2b-512 outputs of `digest ‖ counter` (counter
    /// 0…7, one byte), read as little-endian words.
    static func expand(_ digest: [UInt8]) -> [UInt64] {
        var lanes: [UInt64] = []
        lanes.reserveCapacity(laneCount)
        var input = digest
        input.append(0)
        for counter in 0..<UInt8(laneCount / 8) {
            input[input.count - 1] = counter
            let words = input.withUnsafeBytes { Blake2b.hash512Words(ofShortMessage: $0) }
            if let words {
                lanes.append(contentsOf: words)
            } else {
                // Digests longer than a block (never produced here) take the general path.
                let block = Blake2b.hash512(input)
                for word in 0..<8 {
                    var lane: UInt64 = 0
                    for byte in (0..<8).reversed() { lane = lane << 8 | UInt64(block[word * 8 + byte]) }
                    lanes.append(lane)
                }
            }
        }
        return lanes
    }
}
