import ChainAPI
import Keys
import Runtime

extension Chain {
    /// Decodes a signed extrinsic and checks its signature for this chain; pure, so callers run it
    /// concurrently before entering the actor.
    public nonisolated func decodeAndVerify(_ bytes: [UInt8]) throws(SubmissionError) -> SignedExtrinsic {
        let extrinsic: SignedExtrinsic
        do {
            extrinsic = try SignedExtrinsic(decoding: bytes)
        } catch {
            throw .malformed(error.description)
        }
        let payload = extrinsic.signingPayload(genesisHash: genesisHash)
        let scheme: SignatureScheme = extrinsic.keyType == .sr25519 ? .sr25519 : .ed25519
        guard
            KeyPair.verify(
                signature: extrinsic.signature.bytes, message: payload, publicKey: extrinsic.signer.bytes,
                scheme: scheme)
        else { throw .badSignature }
        return extrinsic
    }

    /// Admits a signature-checked extrinsic to the pool.
    public func admit(_ extrinsic: SignedExtrinsic) throws(SubmissionError) -> (
        Hash256, TransactionPool.Admission
    ) {
        do {
            let admission = try pool.admit(extrinsic, against: state)
            return (extrinsic.hash, admission)
        } catch {
            throw .pool(error)
        }
    }

    /// Admits an extrinsic and returns a stream of its statuses, starting with `ready` or `future`
    /// and ending with `finalized`, `dropped` or `invalid`.
    public func admitAndWatch(_ extrinsic: SignedExtrinsic) throws(SubmissionError) -> AsyncStream<
        ExtrinsicStatus
    > {
        let (hash, admission) = try admit(extrinsic)
        let (stream, continuation) = AsyncStream<ExtrinsicStatus>.makeStream()
        continuation.yield(admission == .ready ? .ready : .future)
        watchers[hash, default: []].append(continuation)
        return stream
    }

    /// Tells watchers of `hash` about `status`, ending their streams on a final status.
    func notify(_ hash: Hash256, _ status: ExtrinsicStatus) {
        guard let continuations = watchers[hash] else { return }
        for continuation in continuations {
            continuation.yield(status)
            if status.isFinal { continuation.finish() }
        }
        if status.isFinal { watchers[hash] = nil }
    }
}
