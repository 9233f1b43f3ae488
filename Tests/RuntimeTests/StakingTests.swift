import Testing

@testable import Runtime

/// The staking pallet through the runtime: every precondition of both eras, the amounts moved, the
/// rate limits, and the delegate payout to the rao.
@Suite struct StakingTests {
    typealias F = PalletFixture
    static let funds = 100 * raoPerTao

    /// Finney: hotkeys 0–2 owned by coldkeys 0–2, hotkey 1 a delegate, coldkey 3 without a hotkey.
    static func finney() -> ChainState {
        var state = F.state(era: .finney, neurons: 3, coldkeys: 4, funds: funds)
        state.staking.delegateTake[F.hotkey(1)] = 11_796
        return state
    }

    /// Nakamoto: hotkeys 0–2 owned by coldkeys 0–2 on the single network.
    static func nakamoto() -> ChainState {
        var state = F.state(era: .nakamoto, neurons: 3, coldkeys: 4, funds: funds)
        state.staking.delegateTake[F.hotkey(1)] = 11_796
        return state
    }

    typealias Case = PreconditionCase<StakingCall, StakingError>

    static let ownStake: @Sendable (inout ChainState) -> Void = { state in
        state.staking.increaseStake(hotkey: F.hotkey(0), coldkey: F.coldkey(0), amount: 5 * raoPerTao)
        state.accounts[F.coldkey(0)]?.free -= 5 * raoPerTao
    }

    static let failures: [Case] = [
        // add_stake, Finney, in the chain's order.
        Case(
            "more than the free balance", .finney, .addStake(hotkey: F.hotkey(0), amount: funds),
            .notEnoughBalanceToStake),
        Case(
            "never registered hotkey", .finney, .addStake(hotkey: F.hotkey(9), amount: 1_000), .notRegistered),
        Case(
            "someone else's hotkey", .finney, .addStake(hotkey: F.hotkey(2), amount: 1_000),
            .nonAssociatedColdKey),
        Case(
            "stake calls this interval used up", .finney, .addStake(hotkey: F.hotkey(0), amount: 1_000),
            .stakeRateLimitExceeded
        ) {
            $0.staking.stakesThisInterval[StakePair(coldkey: F.coldkey(0), hotkey: F.hotkey(0))] =
                IntervalCount(count: 1, lastBlock: 999)
        },
        Case(
            "nomination under the minimum", .finney, .addStake(hotkey: F.hotkey(1), amount: raoPerTao),
            .nomStakeBelowMinimumThreshold
        ) {
            $0.staking.parameters.nominatorMinRequiredStake = 2 * raoPerTao
        },
        Case(
            "nothing above the existential deposit", .finney, .addStake(hotkey: F.hotkey(0), amount: 100),
            .balanceWithdrawalError
        ) {
            let cut = $0.balance(of: F.coldkey(0)) - F.fee - existentialDeposit
            $0.accounts[F.coldkey(0)]?.free -= cut
            $0.totalIssuance -= cut
        },
        // remove_stake, Finney.
        Case(
            "unstake from a never registered hotkey", .finney, .removeStake(hotkey: F.hotkey(9), amount: 1),
            .notRegistered),
        Case(
            "unstake from someone else's hotkey", .finney, .removeStake(hotkey: F.hotkey(2), amount: 1),
            .nonAssociatedColdKey),
        Case(
            "unstake zero", .finney, .removeStake(hotkey: F.hotkey(0), amount: 0), .notEnoughStakeToWithdraw,
            prepare: ownStake),
        Case(
            "unstake more than held", .finney, .removeStake(hotkey: F.hotkey(0), amount: 5 * raoPerTao + 1),
            .notEnoughStakeToWithdraw, prepare: ownStake),
        Case(
            "unstake calls this interval used up", .finney, .removeStake(hotkey: F.hotkey(0), amount: 1),
            .unstakeRateLimitExceeded
        ) {
            ownStake(&$0)
            $0.staking.stakesThisInterval[StakePair(coldkey: F.coldkey(0), hotkey: F.hotkey(0))] =
                IntervalCount(count: 1, lastBlock: 641)
        },
        Case(
            "nomination would end under the minimum", .finney,
            .removeStake(hotkey: F.hotkey(1), amount: 6 * raoPerTao), .nomStakeBelowMinimumThreshold
        ) {
            $0.staking.increaseStake(hotkey: F.hotkey(1), coldkey: F.coldkey(0), amount: 10 * raoPerTao)
            $0.accounts[F.coldkey(0)]?.free -= 10 * raoPerTao
            $0.staking.parameters.nominatorMinRequiredStake = 5 * raoPerTao
        },
        // become_delegate, Finney.
        Case(
            "delegate a never registered hotkey", .finney, .becomeDelegate(hotkey: F.hotkey(9), take: 11_796),
            .notRegistered),
        Case(
            "delegate someone else's hotkey", .finney, .becomeDelegate(hotkey: F.hotkey(2), take: 11_796),
            .nonAssociatedColdKey),
        Case(
            "delegate twice", .finney, signer: 1, .becomeDelegate(hotkey: F.hotkey(1), take: 11_796),
            .alreadyDelegate),
        Case(
            "transaction within TxRateLimit", .finney, .becomeDelegate(hotkey: F.hotkey(0), take: 11_796),
            .txRateLimitExceeded
        ) {
            $0.staking.lastTxBlock[F.coldkey(0)] = 1
        },
        Case("take under MinTake", .finney, .becomeDelegate(hotkey: F.hotkey(0), take: 5_897), .invalidTake),
        Case("take over MaxTake", .finney, .becomeDelegate(hotkey: F.hotkey(0), take: 11_797), .invalidTake),
        // decrease_take and increase_take, Finney.
        Case(
            "lower the take of a never registered hotkey", .finney,
            .decreaseTake(hotkey: F.hotkey(9), take: 6_000), .notRegistered),
        Case(
            "lower someone else's take", .finney, .decreaseTake(hotkey: F.hotkey(1), take: 6_000),
            .nonAssociatedColdKey),
        Case(
            "lower the take to the same value", .finney, signer: 1,
            .decreaseTake(hotkey: F.hotkey(1), take: 11_796), .invalidTake),
        Case(
            "lower the take under MinTake", .finney, signer: 1,
            .decreaseTake(hotkey: F.hotkey(1), take: 5_897), .invalidTake),
        Case(
            "raise the take to the same value", .finney, signer: 1,
            .increaseTake(hotkey: F.hotkey(1), take: 11_796), .invalidTake),
        Case(
            "raise the take over MaxTake", .finney, signer: 1,
            .increaseTake(hotkey: F.hotkey(1), take: 11_797), .invalidTake
        ) {
            $0.staking.delegateTake[F.hotkey(1)] = 5_898
        },
        Case(
            "raise the take within TxDelegateTakeRateLimit", .finney, signer: 1,
            .increaseTake(hotkey: F.hotkey(1), take: 11_000), .txRateLimitExceeded
        ) {
            $0.staking.delegateTake[F.hotkey(1)] = 5_898
            $0.staking.lastTxBlockDelegateTake[F.coldkey(1)] = 1
        },
        Case(
            "a parameter set by a key that is not sudo", .finney, .sudoSetParameter(.txRateLimit(0)),
            .requireSudo),
        // Nakamoto: owner only, exact keep-alive withdrawal, no delegation.
        Case("unregistered hotkey", .nakamoto, .addStake(hotkey: F.hotkey(9), amount: 1_000), .notRegistered),
        Case(
            "owned but deregistered hotkey", .nakamoto, .addStake(hotkey: F.hotkey(9), amount: 1_000),
            .notRegistered
        ) {
            $0.staking.owner[F.hotkey(9)] = F.coldkey(0)
        },
        Case(
            "another coldkey's neuron, even if delegated", .nakamoto,
            .addStake(hotkey: F.hotkey(1), amount: 1_000), .nonAssociatedColdKey),
        Case(
            "more than the free balance", .nakamoto, .addStake(hotkey: F.hotkey(0), amount: funds),
            .notEnoughBalanceToStake),
        Case(
            "leaving dust under the deposit", .nakamoto,
            .addStake(hotkey: F.hotkey(0), amount: funds - F.fee - 1), .balanceWithdrawalError),
        Case(
            "unstake from an unregistered hotkey", .nakamoto, .removeStake(hotkey: F.hotkey(9), amount: 1),
            .notRegistered),
        Case(
            "unstake another coldkey's neuron", .nakamoto, .removeStake(hotkey: F.hotkey(1), amount: 1),
            .nonAssociatedColdKey),
        Case(
            "unstake more than held", .nakamoto, .removeStake(hotkey: F.hotkey(0), amount: 5 * raoPerTao + 1),
            .notEnoughStakeToWithdraw, prepare: ownStake),
        Case(
            "delegation", .nakamoto, .becomeDelegate(hotkey: F.hotkey(0), take: 11_796),
            .delegationNotAvailableInNakamoto),
        Case(
            "take changes", .nakamoto, .decreaseTake(hotkey: F.hotkey(0), take: 6_000),
            .delegationNotAvailableInNakamoto),
    ]

    @Test(arguments: failures)
    func failedCallsChangeOnlyFeeAndNonce(_ test: Case) throws {
        var state = test.era == .finney ? Self.finney() : Self.nakamoto()
        test.prepare(&state)
        let before = state
        let signer = F.coldkey(test.signer)
        let events = try F.apply(.staking(test.call), by: signer, to: &state)
        #expect(F.failure(of: events) == .staking(test.error))
        #expect(state == F.afterFailure(before, signer: signer))
        #expect(F.invariantsHold(state))
    }

    @Test(arguments: Era.allCases)
    func ownerStakesAndUnstakes(era: Era) throws {
        var state = era == .finney ? Self.finney() : Self.nakamoto()
        let (coldkey, hotkey) = (F.coldkey(0), F.hotkey(0))
        let issuance = state.totalIssuance
        var events = try F.apply(
            .staking(.addStake(hotkey: hotkey, amount: 7 * raoPerTao)), by: coldkey, to: &state)
        #expect(events.contains(.staking(.stakeAdded(hotkey: hotkey, amount: 7 * raoPerTao))))
        #expect(state.balance(of: coldkey) == Self.funds - F.fee - 7 * raoPerTao)
        #expect(state.staking.stake(of: coldkey, on: hotkey) == 7 * raoPerTao)
        #expect(state.staking.stake(onHotkey: hotkey) == 7 * raoPerTao)
        #expect(state.staking.stake(ofColdkey: coldkey) == 7 * raoPerTao)
        #expect(state.staking.totalStake == 7 * raoPerTao)
        #expect(state.totalIssuance == issuance - F.fee)
        #expect(F.invariantsHold(state))

        state.blockNumber += 360
        events = try F.apply(
            .staking(.removeStake(hotkey: hotkey, amount: 7 * raoPerTao)), by: coldkey, to: &state)
        #expect(events.contains(.staking(.stakeRemoved(hotkey: hotkey, amount: 7 * raoPerTao))))
        #expect(state.balance(of: coldkey) == Self.funds - 2 * F.fee)
        #expect(state.staking.stake[hotkey] == nil)
        #expect(
            state.staking.totalHotkeyStake[hotkey] == nil && state.staking.totalColdkeyStake[coldkey] == nil)
        #expect(state.staking.totalStake == 0)
        #expect(F.invariantsHold(state))
    }

    @Test func finneyWithdrawsAtMostWhatLiesAboveTheDeposit() throws {
        var state = Self.finney()
        let (coldkey, hotkey) = (F.coldkey(0), F.hotkey(0))
        let free = Self.funds - F.fee
        let events = try F.apply(.staking(.addStake(hotkey: hotkey, amount: free)), by: coldkey, to: &state)
        #expect(events.contains(.staking(.stakeAdded(hotkey: hotkey, amount: free - existentialDeposit))))
        #expect(state.balance(of: coldkey) == existentialDeposit)
        #expect(state.staking.stake(of: coldkey, on: hotkey) == free - existentialDeposit)
        #expect(F.invariantsHold(state))
    }

    @Test func zeroStakeIsAcceptedAndCountsTowardTheInterval() throws {
        var state = Self.finney()
        let (coldkey, hotkey) = (F.coldkey(0), F.hotkey(0))
        let events = try F.apply(.staking(.addStake(hotkey: hotkey, amount: 0)), by: coldkey, to: &state)
        #expect(events.contains(.staking(.stakeAdded(hotkey: hotkey, amount: 0))))
        #expect(
            state.staking.stakesThisInterval(coldkey: coldkey, hotkey: hotkey, at: state.blockNumber) == 1)
    }

    /// One stake or unstake per pair per `StakeInterval` (360) blocks; the window restarts at each call.
    @Test(arguments: [(359 as BlockNumber, false), (360, true), (1_000, true)])
    func stakeIntervalLimit(blocksLater: BlockNumber, allowed: Bool) throws {
        var state = Self.finney()
        let (coldkey, hotkey) = (F.coldkey(0), F.hotkey(0))
        try F.apply(.staking(.addStake(hotkey: hotkey, amount: raoPerTao)), by: coldkey, to: &state)
        #expect(state.staking.lastTxBlock[coldkey] == 1_000)
        state.blockNumber += blocksLater
        let events = try F.apply(
            .staking(.removeStake(hotkey: hotkey, amount: raoPerTao)), by: coldkey, to: &state)
        #expect(F.failure(of: events) == (allowed ? nil : .staking(.unstakeRateLimitExceeded)))
        // Other pairs have their own count.
        let other = try F.apply(
            .staking(.addStake(hotkey: F.hotkey(1), amount: raoPerTao)), by: coldkey, to: &state)
        #expect(F.failure(of: other) == nil)
    }

    @Test func nakamotoHasNoStakeRateLimit() throws {
        var state = Self.nakamoto()
        for _ in 0..<3 {
            let events = try F.apply(
                .staking(.addStake(hotkey: F.hotkey(0), amount: raoPerTao)), by: F.coldkey(0), to: &state)
            #expect(F.failure(of: events) == nil)
        }
        #expect(state.staking.stake(onHotkey: F.hotkey(0)) == 3 * raoPerTao)
        #expect(state.staking.stakesThisInterval.isEmpty && state.staking.lastTxBlock.isEmpty)
    }

    @Test func delegateAcceptsNominators() throws {
        var state = Self.finney()
        let (owner, hotkey, nominator) = (F.coldkey(0), F.hotkey(0), F.coldkey(3))
        var events = try F.apply(
            .staking(.addStake(hotkey: hotkey, amount: raoPerTao)), by: nominator, to: &state)
        #expect(F.failure(of: events) == .staking(.nonAssociatedColdKey))

        events = try F.apply(.staking(.becomeDelegate(hotkey: hotkey, take: 5_898)), by: owner, to: &state)
        #expect(events.contains(.staking(.delegateAdded(coldkey: owner, hotkey: hotkey, take: 5_898))))
        #expect(state.staking.delegateTake[hotkey] == 5_898)
        #expect(
            state.staking.lastTxBlock[owner] == 1_000 && state.staking.lastTxBlockDelegateTake[owner] == 1_000
        )

        events = try F.apply(
            .staking(.addStake(hotkey: hotkey, amount: 2 * raoPerTao)), by: nominator, to: &state)
        #expect(F.failure(of: events) == nil)
        #expect(state.staking.stake(of: nominator, on: hotkey) == 2 * raoPerTao)
        #expect(state.staking.stake(ofColdkey: nominator) == 2 * raoPerTao)
        #expect(F.invariantsHold(state))
    }

    @Test func delegateChangesItsTake() throws {
        var state = Self.finney()
        let (owner, hotkey) = (F.coldkey(1), F.hotkey(1))
        var events = try F.apply(.staking(.decreaseTake(hotkey: hotkey, take: 5_898)), by: owner, to: &state)
        #expect(events.contains(.staking(.takeDecreased(coldkey: owner, hotkey: hotkey, take: 5_898))))
        events = try F.apply(.staking(.increaseTake(hotkey: hotkey, take: 11_796)), by: owner, to: &state)
        #expect(events.contains(.staking(.takeIncreased(coldkey: owner, hotkey: hotkey, take: 11_796))))
        #expect(state.staking.delegateTake[hotkey] == 11_796)
        #expect(state.staking.lastTxBlockDelegateTake[owner] == 1_000)
        // The next raise waits more than 216_000 blocks.
        events = try F.apply(.staking(.decreaseTake(hotkey: hotkey, take: 6_000)), by: owner, to: &state)
        state.blockNumber += 216_000
        events = try F.apply(.staking(.increaseTake(hotkey: hotkey, take: 7_000)), by: owner, to: &state)
        #expect(F.failure(of: events) == .staking(.txRateLimitExceeded))
        state.blockNumber += 1
        events = try F.apply(.staking(.increaseTake(hotkey: hotkey, take: 7_000)), by: owner, to: &state)
        #expect(F.failure(of: events) == nil)
    }

    /// As on the chain, lowering the take of a hotkey that is not a delegate makes it one.
    @Test func decreasingTheTakeOfAPlainHotkeyDelegatesIt() throws {
        var state = Self.finney()
        let events = try F.apply(
            .staking(.decreaseTake(hotkey: F.hotkey(0), take: 6_000)), by: F.coldkey(0), to: &state)
        #expect(F.failure(of: events) == nil)
        #expect(state.staking.delegateTake[F.hotkey(0)] == 6_000)
    }

    @Test func sudoSetsParameters() throws {
        var state = Self.finney()
        state.sudoKey = F.coldkey(0)
        let events = try F.apply(.staking(.sudoSetParameter(.txRateLimit(0))), by: F.coldkey(0), to: &state)
        #expect(events.contains(.staking(.parameterSet(.txRateLimit(0)))))
        #expect(state.staking.parameters.txRateLimit == 0)
        let updates: [StakingParameterUpdate] = [
            .minTake(1), .maxTake(2), .txDelegateTakeRateLimit(3), .targetStakesPerInterval(4),
            .stakeInterval(5),
            .nominatorMinRequiredStake(6), .weightsMinStake(7),
        ]
        for update in updates {
            try F.apply(.staking(.sudoSetParameter(update)), by: F.coldkey(0), to: &state)
        }
        #expect(
            state.staking.parameters
                == StakingParameters(
                    minTake: 1, maxTake: 2, txRateLimit: 0, txDelegateTakeRateLimit: 3,
                    targetStakesPerInterval: 4,
                    stakeInterval: 5, nominatorMinRequiredStake: 6, weightsMinStake: 7))
    }

    /// Raising `NominatorMinRequiredStake` returns smaller nominations (not owners' stake) to free balances.
    @Test func raisingTheNominatorMinimumClearsSmallNominations() throws {
        var state = Self.finney()
        state.sudoKey = F.coldkey(2)
        let hotkey = F.hotkey(1)
        for (coldkey, amount) in [
            (F.coldkey(3), raoPerTao), (F.coldkey(0), 5 * raoPerTao), (F.coldkey(1), raoPerTao / 2),
        ] {
            state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
            state.accounts[coldkey]?.free -= amount
        }
        let free = state.balance(of: F.coldkey(3))
        let events = try F.apply(
            .staking(.sudoSetParameter(.nominatorMinRequiredStake(2 * raoPerTao))), by: F.coldkey(2),
            to: &state)
        #expect(
            events.contains(
                .staking(.nominationCleared(hotkey: hotkey, coldkey: F.coldkey(3), amount: raoPerTao))))
        #expect(state.staking.stake(of: F.coldkey(3), on: hotkey) == 0)
        #expect(state.balance(of: F.coldkey(3)) == free + raoPerTao)
        #expect(state.staking.stake(of: F.coldkey(0), on: hotkey) == 5 * raoPerTao)
        #expect(state.staking.stake(of: F.coldkey(1), on: hotkey) == raoPerTao / 2)
        #expect(F.invariantsHold(state))
    }

    @Test func defaultTakeIsEighteenPercent() {
        #expect(
            StakingCall.becomeDelegate(hotkey: F.hotkey(0))
                == .becomeDelegate(hotkey: F.hotkey(0), take: 11_796))
    }

    /// Unstaking less than the deposit into an emptied account: the chain does not create the account,
    /// so the rao leave issuance (recycled) instead of appearing as dust.
    @Test func unstakeUnderTheDepositIntoAnEmptyAccountIsRecycled() throws {
        var state = Self.nakamoto()
        let (coldkey, hotkey) = (F.coldkey(0), F.hotkey(0))
        state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: 400)
        state.accounts[coldkey]?.free = F.fee
        state.totalIssuance = state.totalIssuance - Self.funds + F.fee + 400
        let recycled = state.totalRecycled
        let events = try F.apply(.staking(.removeStake(hotkey: hotkey, amount: 400)), by: coldkey, to: &state)
        #expect(events.contains(.staking(.stakeRemoved(hotkey: hotkey, amount: 400))))
        #expect(state.balance(of: coldkey) == 0)
        #expect(state.totalRecycled == recycled + F.fee + 400)
        #expect(F.invariantsHold(state))
    }
}
