/// Schnorr signatures over ristretto255 with Merlin transcripts, byte-compatible with schnorrkel as
/// Substrate uses it (context `substrate`).
enum Sr25519 {
    /// The length of a public key.
    static let publicKeyByteCount = 32
    /// The length of a signature: `R ‖ s`, with the top bit of the last byte set.
    static let signatureByteCount = 64

    /// Signs `message` with `key`, drawing the witness nonce's fresh randomness from `random`.
    static func sign(
        _ message: [UInt8], with key: Sr25519SecretKey, context: SigningContext = .substrate,
        using random: inout some RandomNumberGenerator
    ) -> [UInt8] {
        var transcript = context.transcript(for: message)
        transcript.appendMessage(label: "proto-name", Array("Schnorr-sig".utf8))
        transcript.appendMessage(label: "sign:pk", key.publicKey.bytes)
        var rng = transcript.rngBuilder()
            .rekeyed(label: "signing", witness: key.nonce)
            .finalize(using: &random)
        let witness = Scalar(wideBytes: rng.bytes(count: 64))
        let commitment = RistrettoPoint.base(times: witness)
        transcript.appendMessage(label: "sign:R", commitment.bytes)
        let challenge = Scalar(wideBytes: transcript.challengeBytes(label: "sign:c", count: 64))
        let response = challenge * key.scalar + witness
        var signature = commitment.bytes + response.bytes
        signature[63] |= 0x80
        return signature
    }

    /// Whether `signature` is a valid schnorrkel signature of `message` by `publicKey`.
    ///
    /// The signature must carry schnorrkel's marker bit and a canonical response scalar; the public key
    /// must be a canonical ristretto255 encoding. Checks `R = s·B − k·A` with one variable-time
    /// double-scalar multiplication: every input here is public.
    static func verify(
        signature: [UInt8], message: [UInt8], publicKey: [UInt8], context: SigningContext = .substrate
    ) -> Bool {
        guard let point = EdwardsPoint(ristretto: publicKey) else { return false }
        let negated = point.negated()
        return verify(signature: signature, message: message, publicKey: publicKey, context: context) {
            challenge, response in
            EdwardsPoint.vartimeDoubleScalarMultiply(challenge, negated, plusBaseTimes: response)
        }
    }

    /// The checks of ``verify(signature:message:publicKey:context:)`` around `combine(k, s)`, which
    /// must return `s·B − k·A` for the decoded public key A.
    static func verify(
        signature: [UInt8], message: [UInt8], publicKey: [UInt8], context: SigningContext,
        combine: (_ challenge: Scalar, _ response: Scalar) -> EdwardsPoint
    ) -> Bool {
        guard signature.count == signatureByteCount, signature[63] & 0x80 != 0 else { return false }
        let commitmentBytes = Array(signature[0..<32])
        var responseBytes = Array(signature[32..<64])
        responseBytes[31] &= 0x7F
        guard let response = Scalar(canonicalBytes: responseBytes),
            let commitment = FieldElement.words(commitmentBytes)
        else { return false }

        var transcript = context.transcript(for: message)
        transcript.appendMessage(label: "proto-name", Array("Schnorr-sig".utf8))
        transcript.appendMessage(label: "sign:pk", publicKey)
        transcript.appendMessage(label: "sign:R", commitmentBytes)
        let challenge = Scalar(wideBytes: transcript.challengeBytes(label: "sign:c", count: 64))
        let expected = combine(challenge, response)
        // The encoding is canonical, so equal words mean the same element and a canonical R.
        return FieldElement.same(expected.ristrettoWords, commitment)
    }
}
