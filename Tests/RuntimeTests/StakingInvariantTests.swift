import Testing

@testable import Runtime

/// Thousands of random staking (take changes and sudo minimums included), weights and serving calls,
/// valid and invalid, on both eras: after each one issuance equals free balances plus stake, the stake
/// totals agree with the stake map, and a failed call changed nothing but its fee and nonce.
@Suite struct StakingInvariantTests {
    typealias F = PalletFixture

    /// A seeded SplitMix64, so every run makes the same calls.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func amount(_ free: Rao, using random: inout SeededRandom) -> Rao {
        switch random.next() % 6 {
        case 0: 0
        case 1: Rao.random(in: 1...existentialDeposit, using: &random)
        case 2: free
        case 3: free.addingClamped(1)
        default: Rao.random(in: 0...max(free, 1), using: &random)
        }
    }

    static func randomCall(in state: ChainState, using random: inout SeededRandom) -> (AccountID, Call) {
        let coldkey = F.coldkey(Int.random(in: 0..<6, using: &random))
        let hotkey = F.hotkey(Int.random(in: 0..<5, using: &random))
        let netuid: NetUID = state.era == .finney ? F.netuid : 0
        switch random.next() % 10 {
        case 0, 1, 2:
            return (
                coldkey,
                .staking(
                    .addStake(hotkey: hotkey, amount: amount(state.balance(of: coldkey), using: &random)))
            )
        case 3, 4:
            let held = state.staking.stake(of: coldkey, on: hotkey)
            return (coldkey, .staking(.removeStake(hotkey: hotkey, amount: amount(held, using: &random))))
        case 5:
            return (
                coldkey,
                .staking(
                    .becomeDelegate(hotkey: hotkey, take: UInt16.random(in: 5_000...12_000, using: &random)))
            )
        case 8:
            let take = UInt16.random(in: 5_000...12_000, using: &random)
            let call: StakingCall =
                random.next() % 2 == 0
                ? .decreaseTake(hotkey: hotkey, take: take) : .increaseTake(hotkey: hotkey, take: take)
            return (coldkey, .staking(call))
        case 9:
            let minimum = Rao.random(in: 0...(2 * raoPerTao), using: &random)
            return (coldkey, .staking(.sudoSetParameter(.nominatorMinRequiredStake(minimum))))
        case 6:
            let uids = (0..<UID.random(in: 0...5, using: &random)).map { _ in
                UID.random(in: 0...4, using: &random)
            }
            let values = uids.map { _ in UInt32.random(in: 0...70_000, using: &random) }
            return (hotkey, .weights(.setWeights(netuid: netuid, uids: uids, values: values, versionKey: 0)))
        default:
            let ip = random.next() % 2 == 0 ? UInt128(random.next() % 0x1_0000_0000) : 0
            let port = UInt16.random(in: 0...2, using: &random)
            return (
                hotkey,
                .serving(
                    .serveAxon(
                        netuid: netuid, version: 1, ip: ip, port: port, ipType: 4, protocol: 0,
                        placeholder1: 0, placeholder2: 0))
            )
        }
    }

    @Test(arguments: Era.allCases)
    func invariantsHoldAfterEveryCall(era: Era) throws {
        var random = SeededRandom(state: era == .finney ? 2023 : 2022)
        var state = F.state(era: era, neurons: 4, coldkeys: 6, funds: 20 * raoPerTao)
        for index in 0..<5 {
            state.accounts[F.hotkey(index)] = AccountInfo(free: raoPerTao)
            state.totalIssuance += raoPerTao
        }
        state.staking.parameters.nominatorMinRequiredStake = 1_000
        state.sudoKey = F.coldkey(5)
        state.subnets[era == .finney ? F.netuid : 0]?.hyperparameters.minAllowedWeights = 2
        state.subnets[era == .finney ? F.netuid : 0]?.neurons.validatorPermit = [true, true, false, false]
        var succeeded = 0
        for step in 0..<4_000 {
            if random.next() % 10 == 0 { state.blockNumber += UInt64.random(in: 1...400, using: &random) }
            if random.next() % 25 == 0 {
                let hotkey = F.hotkey(Int.random(in: 0..<5, using: &random))
                let validator = Rao.random(in: 0...raoPerTao, using: &random)
                let server = Rao.random(in: 0...raoPerTao, using: &random)
                Staking.distribute(
                    hotkey: hotkey, serverEmission: server, validatorEmission: validator, state: &state)
            }
            let (signer, call) = Self.randomCall(in: state, using: &random)
            if state.balance(of: signer) < F.fee { continue }
            let before = state
            let events = try F.apply(call, by: signer, to: &state)
            if F.failure(of: events) != nil {
                #expect(
                    state == F.afterFailure(before, signer: signer, fee: before.fees.baseFee(for: call)),
                    "step \(step): \(call)")
            } else {
                succeeded += 1
            }
            #expect(F.invariantsHold(state), "step \(step): \(call)")
            if !F.invariantsHold(state) { break }
        }
        // Enough of the calls must have gone through for the run to mean something.
        #expect(succeeded > 300)
    }
}
