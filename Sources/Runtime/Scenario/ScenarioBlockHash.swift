import Hashing

/// The made-up but deterministic block hashes of a scenario run (no headers are built):
/// `hash(0) = blake2b-256(32 zero bytes ‖ le64(0))`, `hash(n) = blake2b-256(hash(n − 1) ‖ le64(n))`.
/// They are what PoW seals are solved against.
public enum ScenarioBlockHash {
    /// The hash of block `number` whose parent has hash `parent` (32 zero bytes for block 0).
    public static func next(parent: [UInt8], number: BlockNumber) -> [UInt8] {
        var bytes = parent
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
        return Blake2b.hash256(bytes)
    }

    /// The hash of block 0.
    public static let genesis = next(parent: [UInt8](repeating: 0, count: 32), number: 0)
}
