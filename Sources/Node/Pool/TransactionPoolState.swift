import Runtime

/// What the transaction pool reads from the chain state to admit and revalidate extrinsics.
public protocol TransactionPoolState {
    /// The nonce the account's next extrinsic must carry.
    func nextNonce(of account: AccountID) -> UInt64
    /// The account's free balance, in rao.
    func freeBalance(of account: AccountID) -> Rao
    /// What the chain charges for extrinsics.
    var transactionFees: FeeSchedule { get }
}

extension ChainState: TransactionPoolState {
    /// The account's stored nonce.
    public func nextNonce(of account: AccountID) -> UInt64 { self.account(account).nonce }
    /// The account's free balance.
    public func freeBalance(of account: AccountID) -> Rao { balance(of: account) }
    /// The chain's fee schedule.
    public var transactionFees: FeeSchedule { fees }
}
