import Hashing
import Keys

/// The dendrite's request signature: sr25519 over
/// `"{nonce}.{dendrite_hotkey}.{axon_hotkey}.{dendrite_uuid}.{body_hash}"`, sent as `0x` + hex.
public enum RequestSignature {
    /// The exact text that is signed.
    public static func message(
        nonce: Int, dendriteHotkey: String, axonHotkey: String, uuid: String, bodyHash: String
    ) -> String {
        "\(nonce).\(dendriteHotkey).\(axonHotkey).\(uuid).\(bodyHash)"
    }

    /// Signs `message` with `keyPair` and returns `0x` + lowercase hex.
    public static func sign(_ message: String, with keyPair: KeyPair) -> String {
        Hex.encode(keyPair.sign(Array(message.utf8)), prefixed: true)
    }

    /// Whether `signature` (`0x`-hex or bare hex) is `ss58Hotkey`'s sr25519 signature of `message`;
    /// also accepts the `<Bytes>…</Bytes>` wrapped form, as Python's `Keypair.verify` does.
    public static func verify(_ signature: String, message: String, ss58Hotkey: String) -> Bool {
        guard let publicKey = try? SS58.decode(ss58Hotkey).publicKey else { return false }
        return verify(signature, message: message, publicKey: publicKey)
    }

    /// Whether `signature` is the sr25519 signature of `message` by the 32-byte `publicKey`.
    public static func verify(_ signature: String, message: String, publicKey: [UInt8]) -> Bool {
        guard let bytes = try? Hex.decode(signature), bytes.count == 64 else { return false }
        return KeyPair.verifyAcceptingBytesWrapper(
            signature: bytes, message: Array(message.utf8), publicKey: publicKey, scheme: .sr25519)
    }

    /// Whether `signature` is the sr25519 signature of `message` by the prepared `key`.
    public static func verify(_ signature: String, message: String, key: Sr25519VerifyingKey) -> Bool {
        guard let bytes = try? Hex.decode(signature), bytes.count == 64 else { return false }
        return key.verifyAcceptingBytesWrapper(signature: bytes, message: Array(message.utf8))
    }
}
