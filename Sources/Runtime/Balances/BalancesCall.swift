/// Calls of the balances pallet.
public enum BalancesCall: Sendable, Equatable {
    /// Moves `amount` to `destination`; the sender's account may be reaped if it falls under the
    /// existential deposit.
    case transfer(destination: AccountID, amount: Rao)
    /// Moves `amount` to `destination` but refuses to take the sender below the existential deposit.
    case transferKeepAlive(destination: AccountID, amount: Rao)
}

/// Events of the balances pallet.
public enum BalancesEvent: Sendable, Equatable {
    /// Rao moved between accounts.
    case transferred(from: AccountID, to: AccountID, amount: Rao)
    /// An account was created by a deposit.
    case endowed(account: AccountID, freeBalance: Rao)
    /// An account fell under the existential deposit; its dust was burned.
    case dustLost(account: AccountID, amount: Rao)
    /// A fee was withdrawn and burned.
    case feePaid(account: AccountID, amount: Rao)
}

/// Why a balances call failed.
public enum BalancesError: Error, Sendable, Equatable {
    /// The sender has less than the amount.
    case insufficientBalance
    /// The transfer would leave the sender under the existential deposit.
    case keepAliveViolated
    /// A new account would receive less than the existential deposit.
    case existentialDepositNotMet
    /// The amount is zero.
    case zeroAmount
}

/// The smallest balance an account may hold: 500 rao.
public let existentialDeposit: Rao = 500
