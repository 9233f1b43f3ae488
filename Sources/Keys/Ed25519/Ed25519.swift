import Crypto
import Hashing

/// Ed25519 (RFC 8032) through swift-crypto, with Substrate's hard derivation.
enum Ed25519 {
    /// Returns the public key of a 32-byte seed.
    static func publicKey(seed: [UInt8]) -> [UInt8] {
        Array(privateKey(seed: seed).publicKey.rawRepresentation)
    }

    /// Signs `message` with the key of `seed` (deterministic, 64 bytes).
    static func sign(_ message: [UInt8], seed: [UInt8]) -> [UInt8] {
        do {
            return Array(try privateKey(seed: seed).signature(for: message))
        } catch {
            preconditionFailure("Ed25519 signing with a valid 32-byte seed cannot fail: \(error)")
        }
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by `publicKey`.
    static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)
        else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// Hard derivation: blake2b-256 of the SCALE encoding of `("Ed25519HDKD", seed, chainCode)`.
    static func hardDerive(seed: [UInt8], chainCode: [UInt8]) -> [UInt8] {
        let tag = Array("Ed25519HDKD".utf8)
        return Blake2b.hash256(ScaleCompact.encode(UInt64(tag.count)) + tag + seed + chainCode)
    }

    /// The swift-crypto key of a 32-byte seed.
    private static func privateKey(seed: [UInt8]) -> Curve25519.Signing.PrivateKey {
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        } catch {
            preconditionFailure("an Ed25519 seed of 32 bytes is always accepted: \(error)")
        }
    }
}
