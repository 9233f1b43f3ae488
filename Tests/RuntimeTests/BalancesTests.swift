import Testing

@testable import Runtime

/// The balances pallet through the runtime: transfers, the existential deposit, fees and nonces.
@Suite struct BalancesTests {
    static let alice = DevAccounts.alice
    static let bob = DevAccounts.bob
    static let newcomer = AccountID(testSeed: 7)
    static let fee = FeeSchedule.standard.baseFee

    static func genesis(aliceFree: Rao = 10 * raoPerTao) -> ChainState {
        Genesis(era: .finney, sudoKey: alice, endowments: [(alice, aliceFree), (bob, raoPerTao)]).state()
    }

    static let transferCases: [(name: String, call: BalancesCall, error: DispatchError?)] = [
        ("plain transfer", .transfer(destination: bob, amount: 1_000), nil),
        ("keep-alive transfer", .transferKeepAlive(destination: bob, amount: 1_000), nil),
        ("to a new account", .transfer(destination: newcomer, amount: existentialDeposit), nil),
        ("zero", .transfer(destination: bob, amount: 0), .balances(.zeroAmount)),
        (
            "more than held", .transfer(destination: bob, amount: 11 * raoPerTao),
            .balances(.insufficientBalance)
        ),
        (
            "new account under the deposit", .transfer(destination: newcomer, amount: existentialDeposit - 1),
            .balances(.existentialDepositNotMet)
        ),
        (
            "keep-alive emptying", .transferKeepAlive(destination: bob, amount: 10 * raoPerTao - fee),
            .balances(.keepAliveViolated)
        ),
    ]

    @Test(arguments: transferCases)
    func transfer(name: String, call: BalancesCall, error: DispatchError?) throws {
        var state = Self.genesis()
        let before = state
        let events = try Runtime.apply(
            Extrinsic(signer: Self.alice, nonce: 0, call: .balances(call)), to: &state)
        #expect(state.account(Self.alice).nonce == 1, "\(name)")
        #expect(events.first == .balances(.feePaid(account: Self.alice, amount: Self.fee)))
        if let error {
            #expect(events.last == .extrinsicFailed(signer: Self.alice, nonce: 0, error: error), "\(name)")
            // Nothing but the fee and nonce changed.
            var expected = before
            expected.accounts[Self.alice] = AccountInfo(
                free: before.balance(of: Self.alice) - Self.fee, nonce: 1)
            expected.totalIssuance -= Self.fee
            expected.totalRecycled += Self.fee
            #expect(state == expected, "\(name)")
        } else {
            #expect(events.last == .extrinsicSucceeded(signer: Self.alice, nonce: 0), "\(name)")
        }
        #expect(state.totalIssuance == state.accounts.values.reduce(0) { $0 + $1.free })
        #expect(state.totalIssuance + state.totalRecycled == before.totalIssuance)
    }

    @Test func dustIsBurnedWhenAnAccountFallsUnderTheDeposit() throws {
        var state = Self.genesis(aliceFree: Self.fee + 1_000)
        let events = try Runtime.apply(
            Extrinsic(
                signer: Self.alice, nonce: 0, call: .balances(.transfer(destination: Self.bob, amount: 700))),
            to: &state)
        #expect(events.contains(.balances(.dustLost(account: Self.alice, amount: 300))))
        #expect(state.balance(of: Self.alice) == 0)
        #expect(state.balance(of: Self.bob) == raoPerTao + 700)
        #expect(state.totalIssuance == state.accounts.values.reduce(0) { $0 + $1.free })
    }

    static let invalidCases: [(name: String, nonce: UInt64, tip: Rao, aliceFree: Rao, error: DispatchError)] =
        [
            ("stale nonce", 0, 0, raoPerTao, .badNonce(expected: 1, found: 0)),
            ("future nonce", 5, 0, raoPerTao, .badNonce(expected: 1, found: 5)),
            (
                "cannot pay", 1, raoPerTao, raoPerTao,
                .cannotPayFee(balance: raoPerTao - fee - 1, fee: raoPerTao + fee)
            ),
        ]

    @Test(arguments: invalidCases)
    func invalidExtrinsicChangesNothing(
        name: String, nonce: UInt64, tip: Rao, aliceFree: Rao, error: DispatchError
    ) throws {
        var state = Self.genesis(aliceFree: aliceFree)
        _ = try Runtime.apply(
            Extrinsic(
                signer: Self.alice, nonce: 0, call: .balances(.transfer(destination: Self.bob, amount: 1))),
            to: &state)
        let before = state
        let extrinsic = Extrinsic(
            signer: Self.alice, nonce: nonce, tip: tip,
            call: .balances(.transfer(destination: Self.bob, amount: 1)))
        #expect(throws: error) { try Runtime.apply(extrinsic, to: &state) }
        #expect(state == before, "\(name)")
    }

    @Test func onlyTheSudoKeyMints() throws {
        var state = Self.genesis()
        let mint = Call.sudo(.mint(account: Self.newcomer, amount: raoPerTao))
        let refused = try Runtime.apply(Extrinsic(signer: Self.bob, nonce: 0, call: mint), to: &state)
        #expect(refused.last == .extrinsicFailed(signer: Self.bob, nonce: 0, error: .sudo(.requireSudo)))
        _ = try Runtime.apply(Extrinsic(signer: Self.alice, nonce: 0, call: mint), to: &state)
        #expect(state.balance(of: Self.newcomer) == raoPerTao)
        #expect(state.totalIssuance == state.accounts.values.reduce(0) { $0 + $1.free })
    }

    @Test func aMintPastTheLargestAmountIsRefused() throws {
        var state = Self.genesis()
        let before = state
        let mint = Call.sudo(.mint(account: Self.newcomer, amount: .max - 1))
        let events = try Runtime.apply(Extrinsic(signer: Self.alice, nonce: 0, call: mint), to: &state)
        #expect(events.last == .extrinsicFailed(signer: Self.alice, nonce: 0, error: .arithmeticOverflow))
        #expect(state.balance(of: Self.newcomer) == 0)
        #expect(state.totalIssuance + state.totalRecycled == before.totalIssuance)
    }

    @Test func developmentGenesisFundsTheSixDevAccounts() {
        let state = Genesis.development(.finney).state()
        #expect(state.sudoKey == DevAccounts.alice)
        #expect(DevAccounts.all.allSatisfy { state.balance(of: $0.account) == 1_000_000 * raoPerTao })
        #expect(state.totalIssuance == 6_000_000 * raoPerTao)
        #expect(
            DevAccounts.alice.description
                == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
    }
}
