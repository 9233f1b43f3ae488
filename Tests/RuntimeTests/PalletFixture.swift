import Testing

@testable import Runtime

/// Chain states built directly for the staking, weights and serving tests, and the checks every
/// extrinsic must pass (fee and nonce only on failure; issuance = free + stake).
enum PalletFixture {
    /// The fee of every extrinsic.
    static let fee = FeeSchedule.standard.baseFee
    /// The netuid of the fixture subnet.
    static let netuid: NetUID = 1
    /// The coldkey that owns the fixture subnet.
    static let subnetOwner = AccountID(testSeed: 250)

    /// A hotkey per index.
    static func hotkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 1 + index))
    }
    /// A coldkey per index.
    static func coldkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 100 + index))
    }

    /// A chain of `era` at `block` whose coldkeys `0..<coldkeys` hold `funds` each, with subnet `netuid`
    /// holding `neurons` hotkeys, hotkey i owned by coldkey i (registered at block 0).
    static func state(
        era: Era, neurons: Int, coldkeys: Int? = nil, funds: Rao = 100 * raoPerTao,
        block: BlockNumber = 1_000,
        netuid: NetUID? = nil
    ) -> ChainState {
        let endowments = (0..<(coldkeys ?? neurons)).map { (account: coldkey($0), amount: funds) }
        var state = Genesis(era: era, sudoKey: nil, endowments: endowments).state()
        let netuid = netuid ?? (era == .finney ? Self.netuid : 0)
        var subnet = Subnet(
            netuid: netuid, owner: subnetOwner, createdAt: 0, lockedRao: 0,
            hyperparameters: era == .finney ? .finney : .nakamoto)
        for index in 0..<neurons {
            _ = subnet.neurons.append(hotkey: hotkey(index), at: 0)
            state.staking.owner[hotkey(index)] = coldkey(index)
        }
        state.subnets[netuid] = subnet
        state.blockNumber = block
        return state
    }

    /// Applies `call` signed by `signer` with its next nonce.
    @discardableResult
    static func apply(_ call: Call, by signer: AccountID, to state: inout ChainState) throws -> [Event] {
        try Runtime.apply(
            Extrinsic(signer: signer, nonce: state.account(signer).nonce, call: call), to: &state)
    }

    /// The error of the last extrinsic, or nil if it succeeded.
    static func failure(of events: [Event]) -> DispatchError? {
        if case .extrinsicFailed(_, _, let error) = events.last { return error }
        return nil
    }

    /// `before` with only `signer`'s fee (`fee`, or 0 for the fee-free calls) and nonce applied: what a
    /// failed call must leave.
    static func afterFailure(_ before: ChainState, signer: AccountID, fee: Rao = fee) -> ChainState {
        var expected = before
        var account = before.account(signer)
        account.free -= fee
        account.nonce += 1
        expected.accounts[signer] = account
        expected.totalIssuance -= fee
        expected.totalRecycled += fee
        return expected
    }

    /// `totalIssuance == Σ free + totalStake + locked`, and the stake totals agree with the stake map.
    static func invariantsHold(_ state: ChainState) -> Bool {
        let free = state.accounts.values.reduce(Rao(0)) { $0 + $1.free }
        let locked = state.subnets.values.reduce(Rao(0)) { $0 + $1.lockedRao }
        let staking = state.staking
        let cells = staking.stake.flatMap { hotkey, row in row.map { (hotkey, $0.key, $0.value) } }
        let byHotkey = Dictionary(grouping: cells, by: \.0).mapValues { $0.reduce(Rao(0)) { $0 + $1.2 } }
        let byColdkey = Dictionary(grouping: cells, by: \.1).mapValues { $0.reduce(Rao(0)) { $0 + $1.2 } }
        return state.totalIssuance == free + staking.totalStake + locked
            && staking.totalStake == cells.reduce(Rao(0)) { $0 + $1.2 }
            && byHotkey.filter { $0.value > 0 } == staking.totalHotkeyStake.storage.filter { $0.value > 0 }
            && byColdkey.filter { $0.value > 0 } == staking.totalColdkeyStake.storage.filter { $0.value > 0 }
    }
}

/// One precondition case of a pallet's table: a call, the state change that sets the scene, and the
/// error the chain must answer with.
struct PreconditionCase<PalletCall: Sendable, PalletError: Sendable>: Sendable, CustomTestStringConvertible {
    let name: String
    let era: Era
    let signer: Int
    let call: PalletCall
    let prepare: @Sendable (inout ChainState) -> Void
    let error: PalletError
    var testDescription: String { "\(era): \(name)" }

    init(
        _ name: String, _ era: Era, signer: Int = 0, _ call: PalletCall, _ error: PalletError,
        prepare: @escaping @Sendable (inout ChainState) -> Void = { _ in }
    ) {
        self.name = name
        self.era = era
        self.signer = signer
        self.call = call
        self.prepare = prepare
        self.error = error
    }
}
