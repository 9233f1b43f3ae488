import Testing

@testable import Runtime

/// subtensor v1.0.0 `tests/staking.rs::test_full_with_delegating`, replayed through the runtime with
/// the chain's mock parameters (no fee, no tx rate limit, ten stake calls per interval): every error,
/// every stake and every delegate payout must match the chain's numbers to the rao.
@Suite struct StakingScenarioTests {
    typealias F = PalletFixture

    struct Chain {
        var state: ChainState

        /// Applies a staking call and returns its error, if any.
        mutating func call(_ coldkey: AccountID, _ call: StakingCall) throws -> StakingError? {
            let events = try F.apply(.staking(call), by: coldkey, to: &state)
            guard let error = F.failure(of: events) else { return nil }
            guard case .staking(let stakingError) = error else {
                Issue.record("unexpected \(error)")
                return nil
            }
            return stakingError
        }

        /// Registers `hotkey` for `coldkey` on subnet 1 as registration does (uid and owner).
        mutating func register(_ hotkey: AccountID, _ coldkey: AccountID) {
            _ = state.subnets[F.netuid]?.neurons.append(hotkey: hotkey, at: state.blockNumber)
            state.staking.owner[hotkey] = coldkey
        }

        /// Credits `amount` new rao to `coldkey`.
        mutating func fund(_ coldkey: AccountID, _ amount: Rao) {
            Balances.mint(amount, to: coldkey, state: &state)
        }

        /// The chain's `emit_inflation_through_hotkey_account(hotkey, server, validator)`.
        mutating func emit(_ hotkey: AccountID, server: Rao = 0, validator: Rao) {
            Staking.distribute(
                hotkey: hotkey, serverEmission: server, validatorEmission: validator, state: &state)
        }

        func stake(_ coldkey: AccountID, _ hotkey: AccountID) -> Rao {
            state.staking.stake(of: coldkey, on: hotkey)
        }
    }

    /// A chain with the mock's parameters: no fee, no tx rate limit, ten stake calls per interval.
    static func mockChain() -> Chain {
        var state = F.state(era: .finney, neurons: 0, coldkeys: 0, block: 1)
        state.fees = FeeSchedule(baseFee: 0)
        state.staking.parameters.txRateLimit = 0
        state.staking.parameters.targetStakesPerInterval = 10
        return Chain(state: state)
    }

    /// v1.0.0 `test_full_with_delegating_some_servers`: server emission goes to the owner in full.
    @Test func fullWithDelegatingSomeServers() throws {
        let (hotkey0, hotkey1, hotkey2) = (F.hotkey(0), F.hotkey(1), F.hotkey(2))
        let (coldkey0, coldkey1, coldkey2) = (F.coldkey(0), F.coldkey(1), F.coldkey(2))
        var chain = Self.mockChain()
        let minTake = chain.state.staking.parameters.minTake
        chain.fund(coldkey0, 60_000)
        chain.fund(coldkey1, 60_000)
        chain.register(hotkey0, coldkey0)
        chain.register(hotkey1, coldkey1)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey0, amount: 100)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey1, amount: 100)) == nil)
        chain.emit(hotkey0, validator: 100)
        chain.emit(hotkey1, validator: 100)
        #expect(try chain.call(coldkey0, .becomeDelegate(hotkey: hotkey0, take: minTake)) == nil)
        #expect(try chain.call(coldkey1, .becomeDelegate(hotkey: hotkey1, take: minTake)) == nil)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey1, amount: 200)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey0, amount: 300)) == nil)
        #expect(chain.state.staking.totalStake == 900)

        chain.emit(hotkey0, server: 200, validator: 1_000)
        chain.emit(hotkey1, server: 123, validator: 2_000)
        #expect(chain.stake(coldkey0, hotkey0) == 854)
        #expect(chain.stake(coldkey1, hotkey0) == 846)
        #expect(chain.state.staking.stake(onHotkey: hotkey0) == 1_700)
        #expect(chain.stake(coldkey0, hotkey1) == 1_110)
        #expect(chain.stake(coldkey1, hotkey1) == 1_413)
        #expect(chain.state.staking.stake(onHotkey: hotkey1) == 2_523)
        #expect(chain.state.staking.totalStake == 4_223)

        chain.emit(hotkey0, server: 350, validator: 0)
        chain.emit(hotkey1, server: 150, validator: 0)
        #expect(chain.stake(coldkey0, hotkey0) == 1_204)
        #expect(chain.stake(coldkey0, hotkey1) == 1_110)
        #expect(chain.stake(coldkey1, hotkey0) == 846)
        #expect(chain.stake(coldkey1, hotkey1) == 1_563)
        #expect(chain.state.staking.totalStake == 4_723)

        chain.register(hotkey2, coldkey2)
        chain.fund(coldkey2, 60_000)
        #expect(try chain.call(coldkey2, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey2, .removeStake(hotkey: hotkey2, amount: 100)) == nil)
        #expect(try chain.call(coldkey0, .removeStake(hotkey: hotkey2, amount: 10)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey1, .removeStake(hotkey: hotkey2, amount: 10)) == .nonAssociatedColdKey)
        #expect(chain.state.staking.totalStake == 5_623)
        #expect(try chain.call(coldkey2, .becomeDelegate(hotkey: hotkey2, take: minTake)) == nil)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey2, .addStake(hotkey: hotkey2, amount: 100)) == nil)
        #expect(chain.state.staking.totalStake == 7_723)

        chain.emit(hotkey2, server: 100, validator: 1_000)
        #expect(chain.stake(coldkey2, hotkey2) == 1_494)
        #expect(chain.stake(coldkey1, hotkey2) == 1_303)
        #expect(chain.stake(coldkey0, hotkey2) == 1_303)
        #expect(chain.state.staking.totalStake == 8_823)

        chain.emit(hotkey2, server: 123, validator: 0)
        #expect(chain.stake(coldkey2, hotkey2) == 1_617)
        #expect(chain.state.staking.totalStake == 8_946)
        #expect(F.invariantsHold(chain.state))
    }

    /// v1.0.0 `test_full_with_delegating`.
    @Test func fullWithDelegating() throws {
        let (hotkey0, hotkey1, hotkey2, hotkey3) = (F.hotkey(0), F.hotkey(1), F.hotkey(2), F.hotkey(3))
        let (coldkey0, coldkey1, coldkey2, coldkey3) = (
            F.coldkey(0), F.coldkey(1), F.coldkey(2), F.coldkey(3)
        )
        var chain = Self.mockChain()
        let minTake = chain.state.staking.parameters.minTake

        #expect(
            try chain.call(coldkey0, .addStake(hotkey: hotkey0, amount: 60_000)) == .notEnoughBalanceToStake)
        #expect(
            try chain.call(coldkey1, .addStake(hotkey: hotkey1, amount: 60_000)) == .notEnoughBalanceToStake)
        chain.fund(coldkey0, 60_000)
        chain.fund(coldkey1, 60_000)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey0, amount: 100)) == .notRegistered)
        #expect(try chain.call(coldkey0, .removeStake(hotkey: hotkey0, amount: 10)) == .notRegistered)
        #expect(try chain.call(coldkey1, .removeStake(hotkey: hotkey1, amount: 10)) == .notRegistered)
        #expect(try chain.call(coldkey0, .removeStake(hotkey: hotkey1, amount: 10)) == .notRegistered)
        #expect(try chain.call(coldkey1, .removeStake(hotkey: hotkey0, amount: 10)) == .notRegistered)
        #expect(try chain.call(coldkey0, .becomeDelegate(hotkey: hotkey0, take: 100)) == .notRegistered)

        chain.register(hotkey0, coldkey0)
        chain.register(hotkey1, coldkey1)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey1, amount: 100)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey0, amount: 100)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey0, amount: 100)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey1, amount: 100)) == nil)
        #expect(chain.state.staking.totalStake == 200)
        #expect(try chain.call(coldkey0, .removeStake(hotkey: hotkey1, amount: 10)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey1, .removeStake(hotkey: hotkey0, amount: 10)) == .nonAssociatedColdKey)

        // Not delegates yet: everything to the owner.
        chain.emit(hotkey0, validator: 100)
        chain.emit(hotkey1, validator: 100)
        #expect(chain.state.staking.stake(onHotkey: hotkey0) == 200)
        #expect(chain.state.staking.stake(onHotkey: hotkey1) == 200)

        #expect(try chain.call(coldkey0, .becomeDelegate(hotkey: hotkey1, take: 0)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey1, .becomeDelegate(hotkey: hotkey0, take: 0)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey0, .becomeDelegate(hotkey: hotkey0, take: minTake)) == nil)
        #expect(try chain.call(coldkey1, .becomeDelegate(hotkey: hotkey1, take: minTake)) == nil)
        #expect(try chain.call(coldkey0, .becomeDelegate(hotkey: hotkey0, take: minTake)) == .alreadyDelegate)
        #expect(
            try chain.call(coldkey1, .becomeDelegate(hotkey: hotkey1, take: UInt16.max / 10))
                == .alreadyDelegate)

        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey1, amount: 200)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey0, amount: 300)) == nil)
        #expect(chain.state.staking.totalStake == 900)

        chain.emit(hotkey0, validator: 1_000)
        chain.emit(hotkey1, validator: 1_000)
        #expect(chain.stake(coldkey0, hotkey0) == 654)
        #expect(chain.stake(coldkey0, hotkey1) == 655)
        #expect(chain.stake(coldkey1, hotkey0) == 846)
        #expect(chain.stake(coldkey1, hotkey1) == 745)
        #expect(chain.state.staking.totalStake == 2_900)

        for (coldkey, hotkey) in [
            (coldkey0, hotkey0), (coldkey1, hotkey1), (coldkey0, hotkey1), (coldkey1, hotkey0),
        ] {
            #expect(
                try chain.call(coldkey, .removeStake(hotkey: hotkey, amount: 100_000))
                    == .notEnoughStakeToWithdraw)
        }
        for (coldkey, hotkey) in [
            (coldkey0, hotkey0), (coldkey1, hotkey1), (coldkey0, hotkey1), (coldkey1, hotkey0),
        ] {
            #expect(try chain.call(coldkey, .removeStake(hotkey: hotkey, amount: 100)) == nil)
        }
        #expect(chain.stake(coldkey0, hotkey0) == 554)
        #expect(chain.stake(coldkey0, hotkey1) == 555)
        #expect(chain.stake(coldkey1, hotkey0) == 746)
        #expect(chain.stake(coldkey1, hotkey1) == 645)

        chain.register(hotkey2, coldkey2)
        chain.fund(coldkey2, 60_000)
        #expect(try chain.call(coldkey2, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey2, .removeStake(hotkey: hotkey2, amount: 100)) == nil)
        #expect(chain.stake(coldkey2, hotkey2) == 900)
        #expect(try chain.call(coldkey0, .removeStake(hotkey: hotkey2, amount: 10)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey1, .removeStake(hotkey: hotkey2, amount: 10)) == .nonAssociatedColdKey)
        #expect(try chain.call(coldkey2, .becomeDelegate(hotkey: hotkey2, take: minTake)) == nil)
        #expect(try chain.call(coldkey0, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey1, .addStake(hotkey: hotkey2, amount: 1_000)) == nil)
        #expect(try chain.call(coldkey2, .addStake(hotkey: hotkey2, amount: 100)) == nil)
        #expect(chain.state.staking.stake(onHotkey: hotkey2) == 3_000)
        #expect(chain.state.staking.totalStake == 5_500)

        chain.emit(hotkey2, validator: 1_000)
        #expect(chain.stake(coldkey2, hotkey2) == 1_394)
        #expect(chain.stake(coldkey1, hotkey2) == 1_303)
        #expect(chain.stake(coldkey0, hotkey2) == 1_303)
        #expect(chain.state.staking.totalStake == 6_500)

        chain.state.blockNumber += 1
        chain.register(hotkey3, coldkey3)
        chain.fund(coldkey3, 60_000)
        #expect(try chain.call(coldkey3, .addStake(hotkey: hotkey3, amount: 1_000)) == nil)
        chain.state.blockNumber += 3
        #expect(try chain.call(coldkey3, .becomeDelegate(hotkey: hotkey3, take: minTake)) == nil)
        for coldkey in [coldkey0, coldkey1, coldkey2] {
            #expect(try chain.call(coldkey, .addStake(hotkey: hotkey3, amount: 1_000)) == nil)
        }
        #expect(chain.state.staking.stake(onHotkey: hotkey3) == 4_000)
        #expect(chain.state.staking.totalStake == 10_500)

        chain.emit(hotkey3, validator: 1_000)
        for coldkey in [coldkey0, coldkey1, coldkey2] { #expect(chain.stake(coldkey, hotkey3) == 1_227) }
        #expect(chain.stake(coldkey3, hotkey3) == 1_319)
        #expect(chain.state.staking.totalStake == 11_500)
        #expect(F.invariantsHold(chain.state))
    }
}
