import Hashing

/// The binary Merkle root (Blake2b-256) over a block's extrinsic hashes, in block order.
///
/// - The empty list has the root ``Hash256/zero``.
/// - Each extrinsic hash `h` becomes the leaf `blake2b256(0x00 ‖ h)`.
/// - Each level pairs nodes left to right into `blake2b256(0x01 ‖ left ‖ right)`; when a level has an odd
///   count, its last node moves up to the next level unchanged (it is neither duplicated nor rehashed).
/// - The root is the single node left; one extrinsic gives the root `blake2b256(0x00 ‖ h)`.
///
/// The two prefixes keep leaves and inner nodes apart, and promoting the odd node (rather than pairing it
/// with itself) means no two different lists share a root.
public enum ExtrinsicsRoot {
    /// The prefix byte of a leaf.
    public static let leafPrefix: UInt8 = 0x00
    /// The prefix byte of an inner node.
    public static let nodePrefix: UInt8 = 0x01

    /// The root over `hashes`.
    public static func compute(_ hashes: [Hash256]) -> Hash256 {
        guard !hashes.isEmpty else { return .zero }
        var level = hashes.map(leaf)
        while level.count > 1 {
            var next: [Hash256] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index + 1 < level.count {
                next.append(node(level[index], level[index + 1]))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level[0]
    }

    /// `blake2b256(0x00 ‖ hash)`.
    public static func leaf(_ hash: Hash256) -> Hash256 {
        var writer = ByteWriter(capacity: 33)
        writer.write(leafPrefix)
        writer.encode(hash)
        return Hash256(blake2b256: writer.bytes)
    }

    /// `blake2b256(0x01 ‖ left ‖ right)`.
    public static func node(_ left: Hash256, _ right: Hash256) -> Hash256 {
        var writer = ByteWriter(capacity: 65)
        writer.write(nodePrefix)
        writer.encode(left)
        writer.encode(right)
        return Hash256(blake2b256: writer.bytes)
    }
}
