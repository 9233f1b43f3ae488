import Runtime

/// What the transaction pool reads from the chain state to admit and revalidate extrinsics.
public protocol TransactionPoolState {
    /// The nonce the account's next extrinsic must carry.
    func nextNonce(of account: AccountID) -> UInt64
    /// The account's free balance, in rao.
    func freeBalance(of account: AccountID) -> Rao
    /// The base fee every extrinsic pays before its tip, in rao.
    var transactionBaseFee: Rao { get }
}

extension ChainState: TransactionPoolState {
    /// The account's stored nonce.
    public func nextNonce(of account: AccountID) -> UInt64 { self.account(account).nonce }
    /// The account's free balance.
    public func freeBalance(of account: AccountID) -> Rao { balance(of: account) }
    /// The fee schedule's base fee.
    public var transactionBaseFee: Rao { fees.baseFee }
}
