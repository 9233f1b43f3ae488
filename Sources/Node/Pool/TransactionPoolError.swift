import Runtime

/// Why the pool refused an extrinsic.
public enum TransactionPoolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The nonce was already used on chain.
    case staleNonce(expected: UInt64, found: UInt64)
    /// The nonce is further ahead of the account's next nonce than the pool keeps.
    case nonceTooFarAhead(next: UInt64, found: UInt64, maxGap: UInt64)
    /// The same extrinsic is already in the pool.
    case duplicate(Hash256)
    /// Another extrinsic with this nonce is pending and tips at least as much.
    case nonceAlreadyPending(nonce: UInt64, pendingTip: Rao)
    /// The signer's free balance does not cover the fees and tips of its pending extrinsics plus this one.
    case cannotPayFee(balance: Rao, required: Rao)
    /// The signer already has as many extrinsics or bytes pending as one account may.
    case accountLimitReached(count: Int, bytes: Int)
    /// The pool is full and holds nothing tipping less than this extrinsic to make room.
    case poolFull(tip: Rao)

    /// What went wrong and what to do next.
    public var description: String {
        switch self {
        case .staleNonce(let expected, let found):
            "StaleNonce: nonce \(found) was already used; the account's next nonce is \(expected)"
        case .nonceTooFarAhead(let next, let found, let maxGap):
            "NonceTooFarAhead: nonce \(found) is more than \(maxGap) past the next nonce \(next); submit the gap first"
        case .duplicate(let hash): "Duplicate: extrinsic \(hash) is already in the pool"
        case .nonceAlreadyPending(let nonce, let pendingTip):
            "NonceAlreadyPending: nonce \(nonce) is pending with tip \(pendingTip) rao; tip more to replace it"
        case .cannotPayFee(let balance, let required):
            "CannotPayFee: pending fees and tips need \(required) rao, the free balance is \(balance) rao"
        case .accountLimitReached(let count, let bytes):
            "AccountLimitReached: the account has \(count) extrinsics (\(bytes) bytes) pending; wait for a block"
        case .poolFull(let tip):
            "PoolFull: nothing pending tips less than \(tip) rao; tip more or retry later"
        }
    }
}
