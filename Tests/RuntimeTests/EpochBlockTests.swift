import Consensus
import Testing

@testable import Runtime

/// Whole epochs run through blocks: the scheduler, the Yuma epoch on the stored state, payout into stake
/// through delegates in the next block, and the 2022 mechanism step; checked to the rao.
@Suite struct EpochBlockTests {
    typealias F = EmissionFixture

    static let scheduleCases: [(netuid: NetUID, tempo: UInt16, blocks: BlockNumber)] = [
        (0, 1, 12), (1, 1, 12), (1, 9, 40), (4, 9, 40), (3, 4, 30), (7, 2, 20), (2, 360, 1_100), (0, 0, 50),
    ]

    @Test("the epoch fires at exactly the scheduled blocks", arguments: scheduleCases)
    func epochFiresOnSchedule(netuid: NetUID, tempo: UInt16, blocks: BlockNumber) {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = tempo
        var state = F.state(era: .finney, netuids: [netuid], parameters: parameters)
        var fired: [BlockNumber] = []
        for _ in 0..<blocks {
            for case .emission(.epochRan(netuid, let block, _)) in F.advanceBlock(&state) {
                fired.append(block)
            }
        }
        // blocks_until_next_epoch = tempo − (block + netuid + 1) mod (tempo + 1) is zero.
        let expected =
            tempo == 0
            ? []
            : (1...blocks).filter {
                ($0 + BlockNumber(netuid) + 1) % (BlockNumber(tempo) + 1) == BlockNumber(tempo)
            }
        #expect(fired == expected)
        #expect(!expected.isEmpty || tempo == 0)
    }

    // MARK: - A Finney network run through whole epochs

    static let take: UInt16 = 11_796

    /// Two subnets with tempo 9 (epochs of netuid 1 at blocks 7, 17, 27; of netuid 4 at 4, 14, 24), a
    /// delegate validator with two nominators on both, a plain validator and servers.
    static func network(_ mechanism: BondsMechanism) -> ChainState {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 9
        parameters.yuma3Enabled = mechanism.isYuma3
        parameters.liquidAlphaEnabled = mechanism.isLiquid
        var state = F.state(era: .finney, netuids: [1, 4], parameters: parameters)
        let stakes: [Rao] = [100, 60, 0, 0, 0, 1].map { $0 * raoPerTao }
        for (index, stake) in stakes.enumerated() {
            F.addNeuron(
                netuid: 1, hotkey: F.hotkey(index), coldkey: F.coldkey(index), stake: stake, state: &state)
        }
        F.addStake(hotkey: F.hotkey(0), coldkey: F.coldkey(10), amount: 50 * raoPerTao, state: &state)
        F.addStake(hotkey: F.hotkey(0), coldkey: F.coldkey(11), amount: 25 * raoPerTao + 7, state: &state)
        state.staking.delegateTake[F.hotkey(0)] = take
        setWeights(
            netuid: 1,
            [0: [(2, 65_535), (3, 30_000), (4, 10_000)], 1: [(2, 20_000), (3, 65_535), (5, 5_000)]],
            state: &state)

        for index in [0, 1, 6] {
            state.subnets[4]?.neurons.append(hotkey: F.hotkey(index), at: 0)
        }
        state.staking.owner[F.hotkey(6)] = F.coldkey(6)
        setWeights(netuid: 4, [0: [(2, 65_535)], 1: [(2, 40_000), (0, 1_000)]], state: &state)
        return state
    }

    /// Stores weight rows as `set_weights` would at block 1.
    static func setWeights(netuid: NetUID, _ rows: [Int: [(UID, UInt32)]], state: inout ChainState) {
        for (uid, row) in rows {
            state.subnets[netuid]?.neurons.weights[uid] = row.map { WeightEntry(uid: $0.0, value: $0.1) }
            state.subnets[netuid]?.neurons.lastUpdate[uid] = 1
        }
    }

    @Test("whole epochs through blocks match YumaEpoch.run to the rao", arguments: BondsMechanism.allCases)
    func wholeEpochsThroughBlocks(mechanism: BondsMechanism) throws {
        var state = Self.network(mechanism)
        var oracle = EmissionOracle()
        for _ in 0..<30 {
            let prior = state
            let events = F.advanceBlock(&state)
            try oracle.checkInitialize(prior: prior, after: state, events: events)
            #expect(UInt128(state.totalIssuance) == F.accountedRao(state), "block \(state.blockNumber)")
        }
        #expect(oracle.epochs == 6)
        // Emission reached the servers and the nominators of the delegate.
        #expect(state.staking.stake(onHotkey: F.hotkey(2)) > 0)
        #expect(state.staking.stake(of: F.coldkey(10), on: F.hotkey(0)) > 50 * raoPerTao)
    }

    @Test func payoutHappensInTheBlockAfterTheEpoch() {
        var state = Self.network(.classic)
        for _ in 0..<6 { F.advanceBlock(&state) }
        let before = state.staking.totalStake
        let events = F.advanceBlock(&state)
        #expect(
            events.contains {
                if case .emission(.epochRan(netuid: 1, block: 7, _)) = $0 { true } else { false }
            })
        #expect(state.staking.totalStake == before)
        let owed = (state.emission.loaded[1] ?? []).reduce(0) { $0 + $1.server + $1.validator }
        #expect(owed > 0)
        F.advanceBlock(&state)
        #expect(state.emission.loaded.isEmpty)
        #expect(state.staking.totalStake == before + owed)
    }

    // MARK: - The 2022 mechanism step

    static let nakamotoTempos: [UInt16] = [0, 1, 2, 5, 100]

    @Test("the Nakamoto step pays into stake every blocks_per_step blocks", arguments: nakamotoTempos)
    func nakamotoStepPaysStake(tempo: UInt16) throws {
        var parameters = SubnetHyperparameters.nakamoto
        parameters.tempo = tempo
        var state = F.state(era: .nakamoto, netuids: [0], parameters: parameters)
        for (index, stake) in ([500, 300, 0, 20] as [Rao]).enumerated() {
            F.addNeuron(
                netuid: 0, hotkey: F.hotkey(index), coldkey: F.coldkey(index), stake: stake * raoPerTao,
                state: &state)
        }
        let half = UInt32.max / 2
        let rows: [[(UID, UInt32)]] = [
            [(1, half), (2, half + 1)], [(2, .max)], [(2, .max)], [(0, half), (3, half + 1)],
        ]
        for (uid, row) in rows.enumerated() {
            state.subnets[0]?.neurons.weights[uid] = row.map { WeightEntry(uid: $0.0, value: $0.1) }
        }
        let period = max(UInt64(tempo), 1)
        var steps = 0
        for _ in 0..<(2 * period + 1) {
            let prior = state
            let block = prior.blockNumber + 1
            let events = F.advanceBlock(&state)
            #expect(UInt128(state.totalIssuance) == F.accountedRao(state), "block \(block)")
            guard block % period == 0, let subnet = prior.subnets[0] else {
                #expect(state.staking == prior.staking && state.totalIssuance == prior.totalIssuance)
                #expect(
                    state.subnets[0]?.blocksSinceLastStep == (prior.subnets[0]?.blocksSinceLastStep ?? 0) + 1)
                continue
            }
            steps += 1
            let input = NakamotoStepInput(
                neurons: subnet.neurons.hotkeys.indices.map { uid in
                    NakamotoNeuronState(
                        stake: prior.staking.totalHotkeyStake[subnet.neurons.hotkeys[uid]] ?? 0,
                        lastUpdate: subnet.neurons.lastUpdate[uid],
                        weights: subnet.neurons.weights[uid].map {
                            NakamotoWeight(uid: UInt32($0.uid), weight: $0.value)
                        },
                        bonds: subnet.neurons.bonds[uid].map {
                            NakamotoBond(uid: UInt32($0.uid), amount: $0.value)
                        })
                },
                block: block, emission: period * raoPerTao)
            let output = try NakamotoMechanism.step(input)
            #expect(output.totalEmission > 0)
            #expect(
                events.contains(
                    .emission(.nakamotoStepRan(netuid: 0, block: block, emission: output.totalEmission))))
            for (uid, result) in output.neurons.enumerated() {
                #expect(
                    state.staking.stake(of: F.coldkey(uid), on: F.hotkey(uid)) == result.stake, "uid \(uid)")
                #expect(state.subnets[0]?.neurons.terms[uid].incentive == result.incentive)
                #expect(state.subnets[0]?.neurons.terms[uid].emission == result.emission)
                #expect(
                    state.subnets[0]?.neurons.bonds[uid]
                        == result.bonds.map { BondEntry(uid: UID($0.uid), value: $0.amount) })
            }
            #expect(state.totalIssuance == prior.totalIssuance + output.totalEmission)
            #expect(state.staking.totalStake == prior.staking.totalStake + output.totalEmission)
            #expect(state.subnets[0]?.blocksSinceLastStep == 0)
        }
        #expect(steps == Int((2 * period + 1) / period))
    }
}
