import Crypto

/// An expanded sr25519 secret key: the signing scalar and the 32-byte nonce seed (schnorrkel's
/// `SecretKey`), plus the public key it implies.
struct Sr25519SecretKey: Sendable {
    /// The secret scalar `a`, with public key `a·B`.
    let scalar: Scalar
    /// Secret bytes mixed into every signing nonce.
    let nonce: [UInt8]
    /// The public key `a·B`.
    let publicKey: RistrettoPoint

    /// Assembles a key from its scalar and nonce, computing the public key.
    init(scalar: Scalar, nonce: [UInt8]) {
        self.scalar = scalar
        self.nonce = nonce
        self.publicKey = RistrettoPoint.base(times: scalar)
    }

    /// Expands a 32-byte mini secret in Ed25519 mode: SHA-512, clamp the low half as an Ed25519 scalar
    /// and divide it by the cofactor 8; the high half is the nonce.
    init(miniSecret: [UInt8]) {
        precondition(miniSecret.count == 32, "an sr25519 mini secret is 32 bytes")
        let digest = Array(SHA512.hash(data: miniSecret))
        var key = Array(digest[0..<32])
        key[0] &= 248
        key[31] &= 63
        key[31] |= 64
        let divided = Self.dividedByCofactor(key)
        // Clamping leaves a value below 2^255, so after dividing by 8 it is below 2^252 < ℓ.
        guard let scalar = Scalar(canonicalBytes: divided) else {
            preconditionFailure("a clamped, divided scalar is always below the group order")
        }
        self.init(scalar: scalar, nonce: Array(digest[32..<64]))
    }

    /// Decodes schnorrkel's 64-byte form `scalar ‖ nonce`, or returns `nil` if it is malformed.
    init?(bytes: [UInt8]) {
        guard bytes.count == 64, let scalar = Scalar(canonicalBytes: Array(bytes[0..<32])) else {
            return nil
        }
        self.init(scalar: scalar, nonce: Array(bytes[32..<64]))
    }

    /// schnorrkel's 64-byte form `scalar ‖ nonce` (Bittensor's keyfile `privateKey`).
    var bytes: [UInt8] { scalar.bytes + nonce }

    /// Shifts a little-endian 256-bit integer right by 3 bits.
    static func dividedByCofactor(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var carry: UInt8 = 0
        for index in stride(from: result.count - 1, through: 0, by: -1) {
            let low = result[index] & 0b111
            result[index] = (result[index] >> 3) | carry
            carry = low << 5
        }
        return result
    }
}
