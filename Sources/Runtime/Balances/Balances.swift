/// The balances pallet: accounts, transfers and the existential deposit.
enum Balances {
    /// Applies a balances call for `origin`, guard first.
    static func dispatch(_ call: BalancesCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError)
        -> [Event]
    {
        switch call {
        case .transfer(let destination, let amount):
            return try transfer(
                from: origin, to: destination, amount: amount, keepAlive: false, state: &state)
        case .transferKeepAlive(let destination, let amount):
            return try transfer(from: origin, to: destination, amount: amount, keepAlive: true, state: &state)
        }
    }

    /// `transfer` / `transfer_keep_alive`.
    static func transfer(
        from source: AccountID, to destination: AccountID, amount: Rao, keepAlive: Bool,
        state: inout ChainState
    ) throws(DispatchError) -> [Event] {
        guard amount > 0 else { throw .balances(.zeroAmount) }
        let sourceBalance = state.balance(of: source)
        guard sourceBalance >= amount else { throw .balances(.insufficientBalance) }
        let remaining = sourceBalance - amount
        let reaped = remaining > 0 && remaining < existentialDeposit
        guard !(keepAlive && (remaining < existentialDeposit)) else { throw .balances(.keepAliveViolated) }
        guard source != destination else {
            return [.balances(.transferred(from: source, to: destination, amount: amount))]
        }
        let destinationBalance = state.balance(of: destination)
        guard destinationBalance > 0 || amount >= existentialDeposit else {
            throw .balances(.existentialDepositNotMet)
        }
        let (credited, overflow) = destinationBalance.addingReportingOverflow(amount)
        guard !overflow else { throw .arithmeticOverflow }

        var events: [Event] = []
        state.accounts[source, default: AccountInfo()].free = reaped ? 0 : remaining
        if reaped {
            state.totalIssuance = state.totalIssuance.subtractingClamped(remaining)
            state.totalRecycled = state.totalRecycled.addingClamped(remaining)
            events.append(.balances(.dustLost(account: source, amount: remaining)))
        }
        if destinationBalance == 0 {
            events.append(.balances(.endowed(account: destination, freeBalance: amount)))
        }
        state.accounts[destination, default: AccountInfo()].free = credited
        events.append(.balances(.transferred(from: source, to: destination, amount: amount)))
        return events
    }

    /// Withdraws and burns the fee of an extrinsic; nothing else changes if the sender cannot pay.
    static func chargeFee(_ fee: Rao, from account: AccountID, state: inout ChainState) throws(DispatchError)
        -> Event
    {
        let balance = state.balance(of: account)
        guard balance >= fee else { throw .cannotPayFee(balance: balance, fee: fee) }
        state.accounts[account, default: AccountInfo()].free = balance - fee
        state.totalIssuance = state.totalIssuance.subtractingClamped(fee)
        state.totalRecycled = state.totalRecycled.addingClamped(fee)
        return .balances(.feePaid(account: account, amount: fee))
    }

    /// Credits `amount` new rao to `account` (genesis endowments, emission payouts).
    static func mint(_ amount: Rao, to account: AccountID, state: inout ChainState) {
        state.accounts[account, default: AccountInfo()].free = state.balance(of: account).addingClamped(
            amount)
        state.totalIssuance = state.totalIssuance.addingClamped(amount)
    }
}

extension UInt64 {
    /// `self + other`, clamped at `UInt64.max`.
    func addingClamped(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// `self − other`, clamped at 0.
    func subtractingClamped(_ other: UInt64) -> UInt64 { self >= other ? self - other : 0 }
}
