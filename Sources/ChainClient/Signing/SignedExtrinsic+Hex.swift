import Hashing
import Runtime

extension SignedExtrinsic {
    /// The encoding as `0x` hex: what `author_submitExtrinsic` takes.
    public var hexEncoded: String { Hex.encode(encoded(capacity: 256), prefixed: true) }
}

extension SignedExtrinsic {
    /// Decodes `0x` hex as `author_pendingExtrinsics` answers; `nil` when it is not a signed extrinsic.
    public init?(hexEncoded hex: String) {
        guard let bytes = try? Hex.decode(hex), let extrinsic = try? SignedExtrinsic(decoding: bytes) else {
            return nil
        }
        self = extrinsic
    }
}
