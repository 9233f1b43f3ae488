import Node
import Runtime

/// A chain state reduced to what the pool reads.
struct PoolTestState: TransactionPoolState {
    var nonces: [AccountID: UInt64] = [:]
    var balances: [AccountID: Rao] = [:]
    var transactionFees = FeeSchedule(baseFee: 100)

    func nextNonce(of account: AccountID) -> UInt64 { nonces[account] ?? 0 }
    func freeBalance(of account: AccountID) -> Rao { balances[account] ?? 0 }

    /// A state in which accounts 1...`accounts` hold `balance` rao each.
    static func funded(accounts: UInt8 = 8, balance: Rao = 1_000_000) -> PoolTestState {
        var state = PoolTestState()
        for seed in 1...accounts { state.balances[AccountID(testSeed: seed)] = balance }
        return state
    }
}

/// A signed transfer from account `seed`.
func poolExtrinsic(_ seed: UInt8, nonce: UInt64, tip: Rao = 0, amount: Rao = 1) -> SignedExtrinsic {
    SignedExtrinsic(
        signer: AccountID(testSeed: seed), signature: .empty, nonce: nonce, tip: tip,
        call: .balances(.transfer(destination: AccountID(testSeed: 200), amount: amount)))
}
