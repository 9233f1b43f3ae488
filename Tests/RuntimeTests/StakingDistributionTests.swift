import Testing

@testable import Runtime

/// `Staking.distribute`: a hotkey's epoch emission paid into stake as v1.0.0
/// `emit_inflation_through_hotkey_account` does, checked to the rao.
@Suite struct StakingDistributionTests {
    typealias F = PalletFixture

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let take: UInt16?
        /// Stake before the payout of coldkeys 0 (the owner), 1 and 2.
        let stakes: [Rao]
        let server: Rao
        let validator: Rao
        /// Stake credited to coldkeys 0, 1 and 2.
        let credited: [Rao]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // take = floor(I64F64(11796/65535) × 1e9) = 179_995_422; 820_004_578 shared by stake in I64F64:
        // 82_000_457, 246_001_373, 492_002_746, remainder 2 to the owner with the take and the server part.
        Case(
            name: "delegate with nominators", take: 11_796,
            stakes: [1_000_000_000, 3_000_000_000, 6_000_000_001],
            server: 123_456_789, validator: 1_000_000_000,
            credited: [82_000_457 + 179_995_422 + 2 + 123_456_789, 246_001_373, 492_002_746]),
        // The fixed-point take of 65_535 rao is 11_795, one less than 11_796 × 65_535 / 65_535.
        Case(
            name: "take rounds through I64F64", take: 11_796, stakes: [0, 1, 0], server: 0, validator: 65_535,
            credited: [11_795, 53_740, 0]),
        Case(
            name: "three equal nominators", take: 11_796, stakes: [1, 1, 1], server: 0, validator: 100,
            credited: [27 + 17 + 2, 27, 27]),
        Case(
            name: "not a delegate: all to the owner", take: nil, stakes: [5, 7, 0], server: 40, validator: 60,
            credited: [100, 0, 0]),
        Case(
            name: "delegate without stake", take: 5_898, stakes: [0, 0, 0], server: 1, validator: 1_000,
            credited: [1_001, 0, 0]),
        Case(
            name: "nothing to pay", take: 11_796, stakes: [10, 20, 30], server: 0, validator: 0,
            credited: [0, 0, 0]),
    ]

    @Test(arguments: cases)
    func payout(_ test: Case) {
        var state = F.state(era: .finney, neurons: 1, coldkeys: 0)
        let hotkey = F.hotkey(0)
        state.staking.delegateTake[hotkey] = test.take
        for (index, stake) in test.stakes.enumerated() where stake > 0 {
            state.staking.increaseStake(hotkey: hotkey, coldkey: F.coldkey(index), amount: stake)
            state.totalIssuance += stake
        }
        let before = state
        let minted = Staking.distribute(
            hotkey: hotkey, serverEmission: test.server, validatorEmission: test.validator, state: &state)

        #expect(minted == test.server + test.validator)
        for index in 0..<3 {
            let gained =
                state.staking.stake(of: F.coldkey(index), on: hotkey)
                - before.staking.stake(of: F.coldkey(index), on: hotkey)
            #expect(gained == test.credited[index], "coldkey \(index)")
        }
        #expect(state.totalIssuance == before.totalIssuance + minted)
        #expect(F.invariantsHold(state))
    }

    @Test func hotkeyWithoutOwnerIsNotPaid() {
        var state = F.state(era: .finney, neurons: 0, coldkeys: 0)
        let before = state
        #expect(
            Staking.distribute(hotkey: F.hotkey(5), serverEmission: 10, validatorEmission: 10, state: &state)
                == 0)
        #expect(state == before)
    }

    @Test func unstakeAllReturnsEveryStakeToFreeBalances() {
        var state = F.state(era: .nakamoto, neurons: 1, coldkeys: 2)
        let hotkey = F.hotkey(0)
        for index in 0..<2 {
            state.staking.increaseStake(hotkey: hotkey, coldkey: F.coldkey(index), amount: raoPerTao)
            state.accounts[F.coldkey(index)]?.free -= raoPerTao
        }
        let free = state.balance(of: F.coldkey(1))
        Staking.unstakeAll(hotkey: hotkey, state: &state)
        #expect(state.staking.stake[hotkey] == nil && state.staking.totalStake == 0)
        #expect(state.balance(of: F.coldkey(1)) == free + raoPerTao)
        #expect(F.invariantsHold(state))
    }
}
