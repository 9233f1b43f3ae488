/// schnorrkel's hierarchical deterministic key derivation (`SchnorrRistrettoHDKD`) as Substrate uses it:
/// an empty `sign-bytes` message and the junction's 32-byte chain code.
extension Sr25519 {
    /// Hard derivation: a new mini secret from the secret scalar and the chain code.
    static func hardDerive(_ key: Sr25519SecretKey, chainCode: [UInt8]) -> [UInt8] {
        var transcript = Transcript(label: "SchnorrRistrettoHDKD")
        transcript.appendMessage(label: "sign-bytes", [])
        transcript.appendMessage(label: "chain-code", chainCode)
        transcript.appendMessage(label: "secret-key", key.scalar.bytes)
        return transcript.challengeBytes(label: "HDKD-hard", count: 32)
    }

    /// Soft derivation of a secret key: adds a scalar derived from the public key and chain code; the new
    /// nonce is witness output keyed with the old nonce and key, plus fresh randomness from `random`.
    static func softDerive(
        _ key: Sr25519SecretKey, chainCode: [UInt8], using random: inout some RandomNumberGenerator
    ) -> Sr25519SecretKey {
        var transcript = softTranscript(publicKey: key.publicKey, chainCode: chainCode)
        let offset = Scalar(wideBytes: transcript.challengeBytes(label: "HDKD-scalar", count: 64))
        _ = transcript.challengeBytes(label: "HDKD-chaincode", count: 32)
        var rng = transcript.rngBuilder()
            .rekeyed(label: "HDKD-nonce", witness: key.nonce)
            .rekeyed(label: "HDKD-nonce", witness: key.bytes)
            .finalize(using: &random)
        return Sr25519SecretKey(scalar: key.scalar + offset, nonce: rng.bytes(count: 32))
    }

    /// Soft derivation of a public key alone: `A + offset·B`, or `nil` if `publicKey` is not a point.
    static func softDerive(publicKey: [UInt8], chainCode: [UInt8]) -> [UInt8]? {
        guard let point = RistrettoPoint(bytes: publicKey) else { return nil }
        var transcript = softTranscript(publicKey: point, chainCode: chainCode)
        let offset = Scalar(wideBytes: transcript.challengeBytes(label: "HDKD-scalar", count: 64))
        return (point + RistrettoPoint.base(times: offset)).bytes
    }

    /// The transcript both soft derivations squeeze their offset from.
    private static func softTranscript(publicKey: RistrettoPoint, chainCode: [UInt8]) -> Transcript {
        var transcript = Transcript(label: "SchnorrRistrettoHDKD")
        transcript.appendMessage(label: "sign-bytes", [])
        transcript.appendMessage(label: "chain-code", chainCode)
        transcript.appendMessage(label: "public-key", publicKey.bytes)
        return transcript
    }
}
