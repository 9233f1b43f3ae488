import FixedPoint
import Testing

@testable import Runtime

/// Uid assignment: append until `MaxAllowedUids`, then the neuron to prune under each era's rule,
/// what a replacement clears, and the stake refund of pruned hotkeys.
@Suite struct UIDsTests {
    typealias Chain = RegistrationChain

    static let netuid: NetUID = 1

    /// A Finney chain with subnet 1 (burn 1000 rao, low difficulty).
    static func finney(maxUids: UInt16, immunity: UInt16, tempo: UInt16 = 13) -> Chain {
        var parameters = SubnetHyperparameters.finney
        parameters.burn = 1_000
        parameters.minBurn = 1_000
        parameters.difficulty = 50
        parameters.maxAllowedUids = maxUids
        parameters.targetRegistrationsPerInterval = maxUids
        parameters.maxRegistrationsPerBlock = 10
        parameters.immunityPeriod = immunity
        parameters.tempo = tempo
        return Chain(
            era: .finney,
            subnets: [GenesisSubnet(netuid: netuid, owner: Chain.subnetOwner, hyperparameters: parameters)])
    }

    func burnedRegister(_ chain: inout Chain, hotkey: AccountID, coldkey: AccountID, netuid: NetUID = netuid)
        throws -> [Event]
    {
        let events = try chain.apply(
            .registration(.burnedRegister(netuid: netuid, hotkey: hotkey)), by: coldkey)
        #expect(Chain.failure(of: events) == nil, "\(events)")
        return events
    }

    func setScores(_ chain: inout Chain, _ scores: [UID: UInt64]) {
        for (uid, score) in scores {
            chain.state.subnets[Self.netuid]?.neurons.terms[Int(uid)].pruningScore = score
        }
    }

    func toPrune(_ chain: Chain) -> UID? {
        Registration.finneyNeuronToPrune(chain.subnet(Self.netuid), state: chain.state)
    }

    /// v3.3.0 `test_burn_registration_pruning_scenarios`: immune or not, lowest score first, ties to
    /// the earliest registration.
    @Test func finneyPruningScenarios() throws {
        var chain = Self.finney(maxUids: 6, immunity: 5_000)
        let coldkey = Chain.coldkey(67)
        for index in 0..<3 {
            _ = try burnedRegister(&chain, hotkey: Chain.hotkey(index), coldkey: coldkey)
            chain.advance()
        }
        // 1. All immune: the lowest score.
        setScores(&chain, [0: 100, 1: 75, 2: 50])
        #expect(toPrune(chain) == 2)
        // 2. A tie among the immune: the earliest registered.
        setScores(&chain, [1: 50, 2: 50])
        #expect(toPrune(chain) == 1)
        // 3. None immune.
        chain.advance(5_000)
        setScores(&chain, [0: 100, 1: 50, 2: 75])
        #expect(toPrune(chain) == 1)
        // 4. A tie among the non-immune.
        setScores(&chain, [1: 50, 2: 50])
        #expect(toPrune(chain) == 1)
        // 5. Mixed: new, immune neurons are passed over for the non-immune.
        for index in 3..<6 {
            _ = try burnedRegister(&chain, hotkey: Chain.hotkey(index), coldkey: coldkey)
            chain.advance()
        }
        setScores(&chain, [0: 75, 1: 50, 2: 60, 3: 40, 4: 55, 5: 45])
        #expect(toPrune(chain) == 1)
        setScores(&chain, [1: UInt64(UInt16.max)])
        #expect(toPrune(chain) == 2)
        setScores(&chain, [0: UInt64(UInt16.max), 1: UInt64(UInt16.max), 2: UInt64(UInt16.max)])
        #expect(toPrune(chain) == 0)

        // A registration on the full subnet replaces uid 0 and marks it with the maximum score.
        let newcomer = Chain.hotkey(6)
        let events = try burnedRegister(&chain, hotkey: newcomer, coldkey: coldkey)
        #expect(
            events.contains(.registration(.neuronRegistered(netuid: Self.netuid, uid: 0, hotkey: newcomer))))
        #expect(chain.subnet(Self.netuid).neurons.count == 6)
        #expect(chain.subnet(Self.netuid).neurons.terms[0].pruningScore == UInt64(UInt16.max))
        #expect(chain.subnet(Self.netuid).neurons.uidOfHotkey[Chain.hotkey(0)] == nil)
    }

    /// v3.3.0 `test_registration_get_uid_to_prune_owner_immortality` (limit 1 → uid 1, limit 2 → uid 2)
    /// and its all-immune variant (limit 2 → uid 2).
    @Test(arguments: [(1, false, UID(1)), (2, false, UID(2)), (2, true, UID(2))] as [(UInt16, Bool, UID)])
    func ownerImmortality(limit: UInt16, allImmune: Bool, expected: UID) {
        var state = ChainState(era: .finney)
        let ownerColdkey = AccountID(testSeed: 10)
        let ownerHotkey = AccountID(testSeed: 11)
        let otherOwnerHotkey = AccountID(testSeed: 12)
        let stranger = AccountID(testSeed: 13)
        var subnet = Subnet(
            netuid: 1, owner: ownerColdkey, createdAt: 1, lockedRao: 0, hyperparameters: .finney)
        subnet.ownerHotkey = ownerHotkey
        let blocks: [BlockNumber] = allImmune ? [12, 11, 10] : [1, 1, 2]
        for (hotkey, block) in zip([ownerHotkey, otherOwnerHotkey, stranger], blocks) {
            _ = subnet.neurons.append(hotkey: hotkey, at: block)
        }
        state.staking.owner[ownerHotkey] = ownerColdkey
        state.staking.owner[otherOwnerHotkey] = ownerColdkey
        subnet.hyperparameters.immunityPeriod = allImmune ? 100 : 1
        subnet.hyperparameters.immuneOwnerUidsLimit = limit
        for (uid, score) in [0, 0, 1].enumerated() { subnet.neurons.terms[uid].pruningScore = UInt64(score) }
        state.blockNumber = allImmune ? 21 : 11
        #expect(Registration.finneyNeuronToPrune(subnet, state: state) == expected)
    }

    /// When every uid is an immortal owner uid, a registration is refused instead of replacing nobody.
    @Test func everyUidImmortal() throws {
        var chain = Self.finney(maxUids: 1, immunity: 0)
        chain.state.subnets[Self.netuid]?.ownerHotkey = Chain.hotkey(0)
        _ = try burnedRegister(&chain, hotkey: Chain.hotkey(0), coldkey: Chain.coldkey(0))
        let events = try chain.apply(
            .registration(.burnedRegister(netuid: Self.netuid, hotkey: Chain.hotkey(1))), by: Chain.coldkey(1)
        )
        #expect(Chain.failure(of: events) == .registration(.noNeuronIdAvailable))
    }

    /// Finney replacement (v3.3.0 `replace_neuron` + `clear_neuron`): the uid's own row, axon and
    /// outputs are cleared and weights others set on it zeroed; rank, validator trust, last update
    /// and permit stay.
    @Test func finneyReplacementClears() throws {
        var chain = Self.finney(maxUids: 2, immunity: 0)
        _ = try burnedRegister(&chain, hotkey: Chain.hotkey(0), coldkey: Chain.coldkey(0))
        _ = try burnedRegister(&chain, hotkey: Chain.hotkey(1), coldkey: Chain.coldkey(1))
        chain.advance()
        var neurons = chain.subnet(Self.netuid).neurons
        neurons.weights = [
            [WeightEntry(uid: 0, value: 7), WeightEntry(uid: 1, value: 9)], [WeightEntry(uid: 0, value: 5)],
        ]
        neurons.bonds = [[BondEntry(uid: 1, value: 3)], [BondEntry(uid: 0, value: 4)]]
        neurons.axons[0] = AxonInfo(
            block: 1, version: 1, ip: 1, port: 1, ipType: 4, protocol: 0, placeholder1: 0, placeholder2: 0)
        neurons.validatorPermit[0] = true
        neurons.lastUpdate[0] = 1
        neurons.terms[0] = NeuronTerms()
        neurons.terms[0].rank = 11
        neurons.terms[0].validatorTrust = 12
        neurons.terms[0].emission = 13
        neurons.terms[0].incentive = 14
        neurons.terms[0].dividends = 15
        neurons.terms[0].trust = 16
        neurons.terms[0].consensus = 17
        neurons.terms[0].stakeWeight = 18
        neurons.terms[0].active = false
        neurons.terms[1].pruningScore = 100
        chain.state.subnets[Self.netuid]?.neurons = neurons

        let newcomer = Chain.hotkey(2)
        _ = try burnedRegister(&chain, hotkey: newcomer, coldkey: Chain.coldkey(2))
        let after = chain.subnet(Self.netuid).neurons
        #expect(after.hotkeys == [newcomer, Chain.hotkey(1)])
        #expect(after.uidOfHotkey == [newcomer: 0, Chain.hotkey(1): 1])
        #expect(after.weights == [[], [WeightEntry(uid: 0, value: 0)]])
        #expect(after.bonds == [[], [BondEntry(uid: 0, value: 4)]])
        #expect(after.axons[0] == nil)
        #expect(after.blockAtRegistration[0] == chain.state.blockNumber)
        #expect(after.lastUpdate[0] == 1)
        #expect(after.validatorPermit[0])
        var expected = NeuronTerms()
        expected.rank = 11
        expected.validatorTrust = 12
        expected.pruningScore = UInt64(UInt16.max)
        #expect(after.terms[0] == expected)
    }

    /// Pre-dTAO Finney: a pruned hotkey registered nowhere else is unstaked to its coldkeys; one still
    /// registered on another subnet keeps its stake.
    @Test(arguments: [false, true])
    func finneyStakeRefund(registeredElsewhere: Bool) throws {
        var chain = Self.finney(maxUids: 1, immunity: 0)
        var second = chain.subnet(Self.netuid)
        second = Subnet(
            netuid: 2, owner: Chain.subnetOwner, createdAt: 0, lockedRao: 0,
            hyperparameters: second.hyperparameters)
        chain.state.subnets[2] = second
        let pruned = Chain.hotkey(0)
        let owner = Chain.coldkey(0)
        let nominator = Chain.coldkey(1)
        _ = try burnedRegister(&chain, hotkey: pruned, coldkey: owner)
        if registeredElsewhere { _ = try burnedRegister(&chain, hotkey: pruned, coldkey: owner, netuid: 2) }
        chain.state.staking.increaseStake(hotkey: pruned, coldkey: owner, amount: 5_000)
        chain.state.staking.increaseStake(hotkey: pruned, coldkey: nominator, amount: 7_000)
        chain.state.totalIssuance += 12_000
        chain.advance()
        let before = chain.state

        let events = try burnedRegister(&chain, hotkey: Chain.hotkey(1), coldkey: Chain.coldkey(1))
        let staking = chain.state.staking
        if registeredElsewhere {
            #expect(staking.stake(onHotkey: pruned) == 12_000)
            #expect(!events.contains { if case .registration(.stakeRefunded) = $0 { true } else { false } })
        } else {
            #expect(staking.stake(onHotkey: pruned) == 0)
            #expect(staking.stake[pruned] == nil)
            #expect(staking.totalStake == before.staking.totalStake - 12_000)
            #expect(staking.stake(ofColdkey: owner) == 0)
            #expect(chain.state.balance(of: owner) == before.balance(of: owner) + 5_000)
            #expect(
                events.contains(
                    .registration(.stakeRefunded(hotkey: pruned, coldkey: nominator, amount: 7_000))))
        }
        // Stake only moved to free balances: issuance = free + stake holds throughout.
        let free = chain.state.accounts.values.reduce(0) { $0 + $1.free }
        #expect(chain.state.totalIssuance == free + staking.totalStake)
    }

    /// The 2022 `tests/registration.rs::test_immunity_period` up to the stake refund, one block later
    /// than the chain test: immune neurons score `+ (registration block + 1)`, stake over
    /// `StakePruningMin` scores stake / total, the first lowest score is replaced and its stake refunded.
    @Test func nakamotoImmunityPeriod() throws {
        var parameters = SubnetHyperparameters.nakamoto
        parameters.maxAllowedUids = 2
        parameters.immunityPeriod = 2
        parameters.stakePruningMin = 1_024
        parameters.difficulty = 50
        parameters.maxRegistrationsPerBlock = 10
        var chain = Chain(
            era: .nakamoto,
            subnets: [
                GenesisSubnet(netuid: nakamotoNetuid, owner: Chain.subnetOwner, hyperparameters: parameters)
            ])
        let minimum: Rao = 1_024

        func register(_ index: Int) throws -> UID? {
            let events = try chain.registerPow(
                netuid: nakamotoNetuid, hotkey: Chain.hotkey(index), coldkey: Chain.coldkey(index),
                start: UInt64(index) << 32)
            #expect(Chain.failure(of: events) == nil, "\(events)")
            return chain.subnet(nakamotoNetuid).neurons.uidOfHotkey[Chain.hotkey(index)]
        }
        func setStake(_ stakes: [Rao]) {
            let hotkeys = chain.subnet(nakamotoNetuid).neurons.hotkeys
            for (hotkey, amount) in zip(hotkeys, stakes) {
                let coldkey = chain.state.staking.owner[hotkey] ?? Chain.subnetOwner
                let current = chain.state.staking.stake(of: coldkey, on: hotkey)
                chain.state.staking.decreaseStake(hotkey: hotkey, coldkey: coldkey, amount: current)
                chain.state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
            }
        }

        #expect(try register(0) == 0)
        #expect(try register(1) == 1)
        chain.advance()
        #expect(try register(2) == 0)  // both immune with equal scores: the first
        #expect(try register(3) == 1)  // uid 0 registered later scores higher
        setStake([minimum, 0])
        chain.advance()
        #expect(try register(4) == 1)  // uid 0 has stake
        #expect(try register(5) == 0)  // uid 1 registered a block later than uid 0
        setStake([minimum, 0])
        chain.advance(3)
        #expect(try register(6) == 1)  // no immunity left; uid 0 has stake
        chain.advance(3)
        #expect(try register(7) == 1)
        chain.advance()
        setStake([minimum, 2 * minimum])
        let coldkey5 = Chain.coldkey(5)
        let balanceBefore = chain.state.balance(of: coldkey5)
        #expect(try register(8) == 0)  // 1/3 of the stake against an immune uid 1
        let hotkeys = chain.subnet(nakamotoNetuid).neurons.hotkeys
        #expect(hotkeys.map { chain.state.staking.stake(onHotkey: $0) } == [0, 2 * minimum])
        #expect(chain.state.staking.totalStake == 2 * minimum)
        #expect(chain.state.balance(of: coldkey5) == balanceBefore + minimum)  // refunded to neuron 5's coldkey
    }

    /// 2022 replacement: a fresh neuron with a self-weight, bonds held in the uid dropped, weights
    /// others set on the uid kept.
    @Test func nakamotoReplacement() throws {
        var table = NeuronTable()
        let first = AccountID(testSeed: 1)
        let second = AccountID(testSeed: 2)
        _ = table.append(hotkey: first, at: 1)
        _ = table.append(hotkey: second, at: 1)
        table.weights = [[WeightEntry(uid: 1, value: 9)], [WeightEntry(uid: 0, value: 5)]]
        table.bonds = [
            [BondEntry(uid: 1, value: 3)], [BondEntry(uid: 0, value: 4), BondEntry(uid: 1, value: 2)],
        ]
        table.terms[0].incentive = 7
        table.terms[0].rank = 8
        let newcomer = AccountID(testSeed: 3)
        table.replaceNakamoto(uid: 0, with: newcomer, at: 9)
        #expect(table.hotkeys == [newcomer, second])
        #expect(table.weights == [[WeightEntry(uid: 0, value: .max)], [WeightEntry(uid: 0, value: 5)]])
        #expect(table.bonds == [[], [BondEntry(uid: 1, value: 2)]])
        #expect(table.terms[0] == NeuronTerms())
        #expect(table.lastUpdate[0] == 9)
        #expect(table.blockAtRegistration[0] == 9)
    }

    /// The 2022 chain visited uids in storage-key order: little-endian bytes, so 256 follows 0.
    @Test func nakamotoStorageOrder() {
        #expect(Array(Registration.storageOrder(count: 300).prefix(5)) == [0, 256, 1, 257, 2])
        #expect(Registration.storageOrder(count: 4) == [0, 1, 2, 3])
    }

    /// Appending stops at `MaxAllowedUids`: the count never exceeds the limit.
    @Test func appendUntilFull() throws {
        var chain = Self.finney(maxUids: 3, immunity: 0)
        for index in 0..<5 {
            _ = try burnedRegister(&chain, hotkey: Chain.hotkey(index), coldkey: Chain.coldkey(index))
            #expect(chain.subnet(Self.netuid).neurons.count == min(index + 1, 3))
            chain.advance()
        }
    }

    /// The 2022 score's native 128-bit arithmetic equals I65F63's `from_num(a) / from_num(b)` and `+`.
    @Test(
        arguments: [
            (0, 1), (1, 3), (1_024, 3_072), (2_048, 3_072), (7, .max), (.max, .max), (.max - 1, .max),
            (123_456_789, 987_654_321_987),
            (.max, 1), (5, 0),
        ] as [(UInt64, UInt64)])
    func nakamotoScoreMatchesI65F63(numerator: UInt64, denominator: UInt64) {
        let fixed = I65F63(saturating: numerator).saturatingDiv(I65F63(saturating: denominator))
        #expect(NakamotoScore.ratio(numerator, denominator) == UInt128(fixed.raw))
        let block: UInt64 = 1_234_567
        let sum = fixed.saturatingAdd(I65F63(saturating: block))
        #expect(
            NakamotoScore.adding(NakamotoScore.ratio(numerator, denominator), NakamotoScore.integer(block))
                == UInt128(sum.raw))
    }
}
