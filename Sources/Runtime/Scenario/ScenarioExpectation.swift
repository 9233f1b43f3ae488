/// An `expect` line: a quantity of the state compared with a value.
public struct ScenarioExpectation: Sendable, Equatable {
    /// What is read from the state.
    public var quantity: ScenarioQuantity
    /// How it is compared.
    public var comparison: ScenarioComparison
    /// The value it is compared with (rao for amounts).
    public var value: UInt64

    /// An expectation.
    public init(quantity: ScenarioQuantity, comparison: ScenarioComparison, value: UInt64) {
        self.quantity = quantity
        self.comparison = comparison
        self.value = value
    }
}

/// A number read from the chain state by an `expect` line.
public enum ScenarioQuantity: Sendable, Equatable {
    /// Free balance, rao.
    case balance(AccountID)
    /// Stake on a hotkey from all coldkeys, rao.
    case hotkeyStake(AccountID)
    /// Stake one coldkey holds on one hotkey, rao.
    case stake(coldkey: AccountID, hotkey: AccountID)
    /// Total issuance, rao.
    case issuance
    /// Rao recycled (fees, burns), rao.
    case recycled
    /// The last produced block.
    case block
    /// Number of uids on a subnet.
    case uids(NetUID)
    /// The uid a hotkey holds on a subnet.
    case uid(NetUID, AccountID)
    /// A subnet's PoW difficulty.
    case difficulty(NetUID)
    /// A subnet's burn cost, rao.
    case burn(NetUID)
    /// A uid's emission at the last epoch, rao.
    case emission(NetUID, UID)
    /// A uid's incentive as stored (u16 proportion in Finney, u64 in Nakamoto).
    case incentive(NetUID, UID)
    /// A uid's dividends as stored.
    case dividends(NetUID, UID)
    /// Extrinsics the chain has refused so far.
    case failures

    /// Whether the quantity is an amount (written with τ or rao in reports).
    var isAmount: Bool {
        switch self {
        case .balance, .hotkeyStake, .stake, .issuance, .recycled, .burn, .emission: true
        default: false
        }
    }

    /// The quantity in `state`, or why it has none (a missing subnet or uid).
    func read(from state: ChainState, failures: Int) -> Result<UInt64, ScenarioQuantityMissing> {
        switch self {
        case .balance(let account): return .success(state.balance(of: account))
        case .hotkeyStake(let hotkey): return .success(state.staking.stake(onHotkey: hotkey))
        case .stake(let coldkey, let hotkey): return .success(state.staking.stake(of: coldkey, on: hotkey))
        case .issuance: return .success(state.totalIssuance)
        case .recycled: return .success(state.totalRecycled)
        case .block: return .success(state.blockNumber)
        case .failures: return .success(UInt64(failures))
        case .uids(let netuid):
            return subnet(netuid, state).map { UInt64($0.neurons.count) }
        case .uid(let netuid, let hotkey):
            return subnet(netuid, state).flatMap { subnet in
                subnet.neurons.uidOfHotkey[hotkey].map { .success(UInt64($0)) } ?? .failure(.notRegistered)
            }
        case .difficulty(let netuid): return subnet(netuid, state).map { $0.hyperparameters.difficulty }
        case .burn(let netuid): return subnet(netuid, state).map { $0.hyperparameters.burn }
        case .emission(let netuid, let uid): return terms(netuid, uid, state).map(\.emission)
        case .incentive(let netuid, let uid): return terms(netuid, uid, state).map(\.incentive)
        case .dividends(let netuid, let uid): return terms(netuid, uid, state).map(\.dividends)
        }
    }

    private func subnet(_ netuid: NetUID, _ state: ChainState) -> Result<Subnet, ScenarioQuantityMissing> {
        state.subnets[netuid].map { .success($0) } ?? .failure(.noSubnet)
    }

    private func terms(_ netuid: NetUID, _ uid: UID, _ state: ChainState) -> Result<
        NeuronTerms, ScenarioQuantityMissing
    > {
        subnet(netuid, state).flatMap { subnet in
            Int(uid) < subnet.neurons.terms.count
                ? .success(subnet.neurons.terms[Int(uid)]) : .failure(.noUid)
        }
    }
}

/// Why a quantity could not be read.
enum ScenarioQuantityMissing: Error {
    /// The subnet does not exist.
    case noSubnet
    /// The uid does not exist.
    case noUid
    /// The hotkey holds no uid on the subnet.
    case notRegistered

    var description: String {
        switch self {
        case .noSubnet: "the subnet does not exist"
        case .noUid: "the uid does not exist"
        case .notRegistered: "the hotkey holds no uid on the subnet"
        }
    }
}

/// How an `expect` compares: `=` (the default), `!=`, `<`, `<=`, `>`, `>=`.
public enum ScenarioComparison: String, Sendable, Equatable, CaseIterable {
    /// Equal.
    case equal = "="
    /// Different.
    case notEqual = "!="
    /// Less.
    case less = "<"
    /// Less or equal.
    case lessOrEqual = "<="
    /// Greater.
    case greater = ">"
    /// Greater or equal.
    case greaterOrEqual = ">="

    /// Whether `actual` relates to `expected` this way.
    func holds(_ actual: UInt64, _ expected: UInt64) -> Bool {
        switch self {
        case .equal: actual == expected
        case .notEqual: actual != expected
        case .less: actual < expected
        case .lessOrEqual: actual <= expected
        case .greater: actual > expected
        case .greaterOrEqual: actual >= expected
        }
    }
}
