/// Calls only the sudo key may make.
public enum SudoCall: Sendable, Equatable {
    /// Hands the sudo key to another account.
    case setKey(AccountID)
    /// Creates `amount` rao in `account` (dev and test networks).
    case mint(account: AccountID, amount: Rao)
}

/// Events of the sudo pallet.
public enum SudoEvent: Sendable, Equatable {
    /// The sudo key moved.
    case keyChanged(old: AccountID?, new: AccountID)
    /// Rao were created.
    case minted(account: AccountID, amount: Rao)
}

/// Why a sudo call failed.
public enum SudoError: Error, Sendable, Equatable {
    /// The caller is not the sudo key.
    case requireSudo
}

/// The sudo pallet.
enum Sudo {
    static func dispatch(_ call: SudoCall, origin: AccountID, state: inout ChainState) throws(DispatchError)
        -> [Event]
    {
        guard state.sudoKey == origin else { throw .sudo(.requireSudo) }
        switch call {
        case .setKey(let key):
            let old = state.sudoKey
            state.sudoKey = key
            return [.sudo(.keyChanged(old: old, new: key))]
        case .mint(let account, let amount):
            let (_, issuanceOverflow) = state.totalIssuance.addingReportingOverflow(amount)
            let (_, balanceOverflow) = state.balance(of: account).addingReportingOverflow(amount)
            guard !issuanceOverflow, !balanceOverflow else { throw .arithmeticOverflow }
            Balances.mint(amount, to: account, state: &state)
            return [.sudo(.minted(account: account, amount: amount))]
        }
    }
}
