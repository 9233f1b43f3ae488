/// An sr25519 public key prepared for verifying many signatures by the same signer: decoded once, with
/// a table of its multiples that makes each verification about twice as fast. Holds 30 KiB; keep one
/// per frequent signer (an axon keeps them for its recent callers).
///
/// ```swift
/// let key = Sr25519VerifyingKey(publicKey: pair.publicKey)
/// key?.verify(signature: signature, message: message)   // same answer as KeyPair.verify
/// ```
public struct Sr25519VerifyingKey: Sendable {
    /// The 32-byte public key.
    public let publicKey: [UInt8]
    /// Multiples of −A, the negated public key point.
    private let negatedTable: FixedBaseTable

    /// Prepares `publicKey`; `nil` unless it is a canonical ristretto255 encoding.
    public init?(publicKey: [UInt8]) {
        guard let point = EdwardsPoint(ristretto: publicKey) else { return nil }
        self.publicKey = publicKey
        negatedTable = FixedBaseTable(point.negated())
    }

    /// Whether `signature` is this key's schnorrkel signature of `message` in Substrate's context.
    public func verify(signature: [UInt8], message: [UInt8]) -> Bool {
        Sr25519.verify(signature: signature, message: message, publicKey: publicKey, context: .substrate) {
            challenge, response in
            EdwardsPoint.vartimeFixedBaseMultiply(challenge, table: negatedTable, plusBaseTimes: response)
        }
    }

    /// Verifies as Bittensor wallets do: a signature of `message` itself, or of `<Bytes>` + message +
    /// `</Bytes>` (see ``KeyPair/verifyAcceptingBytesWrapper(signature:message:publicKey:scheme:)``).
    public func verifyAcceptingBytesWrapper(signature: [UInt8], message: [UInt8]) -> Bool {
        if verify(signature: signature, message: message) { return true }
        return verify(signature: signature, message: Array("<Bytes>".utf8) + message + Array("</Bytes>".utf8))
    }
}
