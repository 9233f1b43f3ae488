import Hashing

/// The body hash Bittensor signs: `sha3_256( concat( sha3_256(str(field)) for field in
/// required_hash_fields ) )`, both as lowercase hex. With no fields it is `sha3_256("")`.
public enum BodyHash {
    /// The body hash of `fields`, in their order.
    public static func compute(_ fields: [HashField]) -> String {
        if fields.isEmpty { return empty }
        return SHA3_256.hexDigest(fields.map { SHA3_256.hexDigest($0.text) }.joined())
    }

    /// The hash of a synapse with no hashed fields.
    public static let empty = "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
}
