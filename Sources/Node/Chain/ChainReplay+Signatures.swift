import Keys
import Runtime

/// Signature checks of a block's extrinsics, spread over the cores.
enum ReplaySignatures {
    /// Extrinsics per task.
    static let chunkSize = 256

    /// The index of the first extrinsic whose signature does not verify for `genesisHash`, if any.
    static func firstInvalid(_ extrinsics: [SignedExtrinsic], genesisHash: Hash256) async -> Int? {
        guard extrinsics.count > chunkSize else {
            return extrinsics.indices.first { !verifies(extrinsics[$0], genesisHash: genesisHash) }
        }
        return await withTaskGroup(of: Int?.self) { group in
            for start in stride(from: 0, to: extrinsics.count, by: chunkSize) {
                let range = start..<min(start + chunkSize, extrinsics.count)
                group.addTask { range.first { !verifies(extrinsics[$0], genesisHash: genesisHash) } }
            }
            var first: Int?
            for await found in group {
                if let found { first = min(first ?? found, found) }
            }
            return first
        }
    }

    /// Whether the extrinsic's signature verifies over its signing payload for this chain.
    static func verifies(_ extrinsic: SignedExtrinsic, genesisHash: Hash256) -> Bool {
        let scheme: SignatureScheme = extrinsic.keyType == .sr25519 ? .sr25519 : .ed25519
        return KeyPair.verify(
            signature: extrinsic.signature.bytes, message: extrinsic.signingPayload(genesisHash: genesisHash),
            publicKey: extrinsic.signer.bytes, scheme: scheme)
    }
}
