/// The initial state of a chain: era, sudo key, endowed accounts, fee schedule, initial subnets.
public struct Genesis: Sendable, Equatable {
    /// Which rules the chain follows.
    public var era: Era
    /// The sudo key.
    public var sudoKey: AccountID?
    /// Accounts and their initial free balances.
    public var endowments: [(account: AccountID, amount: Rao)]
    /// What extrinsics cost.
    public var fees: FeeSchedule
    /// Subnets that exist from block 0 (no lock is paid for them).
    public var subnets: [GenesisSubnet]

    /// A genesis.
    public init(
        era: Era, sudoKey: AccountID?, endowments: [(account: AccountID, amount: Rao)],
        fees: FeeSchedule = .standard,
        subnets: [GenesisSubnet] = []
    ) {
        self.era = era
        self.sudoKey = sudoKey
        self.endowments = endowments
        self.fees = fees
        self.subnets = subnets
    }

    /// A development chain of `era`: `//Alice` is sudo and the six dev accounts hold 1_000_000 τ each.
    /// The Nakamoto chain also has its single network (``GenesisSubnet/nakamoto``); Finney starts
    /// without subnets (register them with `registerNetwork`).
    public static func development(_ era: Era) -> Genesis {
        Genesis(
            era: era, sudoKey: DevAccounts.alice,
            endowments: DevAccounts.all.map { ($0.account, 1_000_000 * raoPerTao) },
            subnets: era == .nakamoto ? [.nakamoto(owner: DevAccounts.alice)] : [])
    }

    /// The state at block 0.
    public func state() -> ChainState {
        var state = ChainState(era: era)
        state.sudoKey = sudoKey
        state.fees = fees
        for (account, amount) in endowments { Balances.mint(amount, to: account, state: &state) }
        for subnet in subnets {
            let created = Subnet(
                netuid: subnet.netuid, owner: subnet.owner, createdAt: 0, lockedRao: 0,
                hyperparameters: subnet.hyperparameters)
            Subnets.insert(created, state: &state)
        }
        return state
    }

    /// Equal genesis.
    public static func == (lhs: Genesis, rhs: Genesis) -> Bool {
        lhs.era == rhs.era && lhs.sudoKey == rhs.sudoKey && lhs.fees == rhs.fees
            && lhs.endowments.map(\.account) == rhs.endowments.map(\.account)
            && lhs.endowments.map(\.amount) == rhs.endowments.map(\.amount) && lhs.subnets == rhs.subnets
    }
}
