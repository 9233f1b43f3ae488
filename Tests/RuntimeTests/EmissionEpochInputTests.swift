import Consensus
import Testing

@testable import Runtime

/// Reading a subnet's stored rows into an epoch input, and what happens when they cannot be read.
@Suite struct EmissionEpochInputTests {
    typealias F = EmissionFixture

    static let rowCases: [(name: String, row: [WeightEntry], cells: [UInt16: UInt16])] = [
        ("plain", [.init(uid: 0, value: 5), .init(uid: 2, value: 65_535)], [0: 5, 2: 65_535]),
        ("unsorted", [.init(uid: 3, value: 1), .init(uid: 1, value: 2)], [3: 1, 1: 2]),
        ("uid out of range", [.init(uid: 4, value: 9), .init(uid: 1, value: 2)], [1: 2]),
        ("repeated uid keeps the first", [.init(uid: 1, value: 7), .init(uid: 1, value: 8)], [1: 7]),
        ("above u16 clamps", [.init(uid: 2, value: 70_000)], [2: 65_535]),
        ("zero stays an entry", [.init(uid: 0, value: 0)], [0: 0]),
        ("empty", [], [:]),
    ]

    @Test(arguments: rowCases)
    func storedRowToCells(name: String, row: [WeightEntry], cells: [UInt16: UInt16]) {
        var seen = [Bool](repeating: false, count: 4)
        let result = Emission.cells(row, below: 4, seen: &seen) { ($0.uid, UInt64($0.value)) }
        #expect(
            Dictionary(result.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
                == cells, "\(name)")
        #expect(result.count == cells.count, "\(name)")
        #expect(seen.allSatisfy { !$0 }, "\(name)")
    }

    static let mechanismCases: [(yuma3: Bool, liquid: Bool, mechanism: BondsMechanism)] = [
        (false, false, .classic), (false, true, .classicLiquid), (true, false, .yuma3),
        (true, true, .yuma3Liquid),
    ]

    @Test(arguments: mechanismCases)
    func mechanismFromHyperparameters(yuma3: Bool, liquid: Bool, mechanism: BondsMechanism) {
        var parameters = SubnetHyperparameters.finney
        parameters.yuma3Enabled = yuma3
        parameters.liquidAlphaEnabled = liquid
        #expect(Emission.bondsMechanism(parameters) == mechanism)
    }

    @Test func inputReadsStakeFromTheHotkeyTotals() throws {
        var state = F.state(era: .finney, netuids: [1])
        F.addNeuron(netuid: 1, hotkey: F.hotkey(0), coldkey: F.coldkey(0), stake: 40, state: &state)
        F.addNeuron(netuid: 1, hotkey: F.hotkey(1), coldkey: F.coldkey(1), stake: 2, state: &state)
        F.addStake(hotkey: F.hotkey(1), coldkey: F.coldkey(5), amount: 3, state: &state)
        state.subnets[1]?.pendingEmission = 77
        let input = try #require(
            state.subnets[1].flatMap { Emission.epochInput(for: $0, block: 9, staking: state.staking) })
        #expect(input.stake == [40, 5])
        #expect(input.raoEmission == 77)
        #expect(input.currentBlock == 9)
        #expect(input.ownerUID == nil)
        #expect(input.hyperparameters.tempo == 360 && input.hyperparameters.kappa == 32_767)
    }

    @Test func anUnreadableSubnetKeepsItsPendingEmission() {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 1
        var state = F.state(era: .finney, netuids: [1], parameters: parameters)
        F.addNeuron(netuid: 1, hotkey: F.hotkey(0), coldkey: F.coldkey(0), stake: 1, state: &state)
        state.subnets[1]?.neurons.lastUpdate = []
        let events = F.advanceBlock(&state)
        // netuid 1, tempo 1: 1 − (block + 2) mod 2 is zero at odd blocks.
        #expect(events.contains(.emission(.epochSkipped(netuid: 1, block: 1))))
        #expect(state.subnets[1]?.pendingEmission == EmissionTests.expectedSplit(1_000_000_000).queued)
        #expect(state.emission.loaded.isEmpty)
        #expect(UInt128(state.totalIssuance) == F.accountedRao(state))
    }

    @Test func anEmptySubnetOwesNothing() {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 1
        var state = F.state(era: .finney, netuids: [1], parameters: parameters)
        let events = F.advanceBlock(&state)
        #expect(
            events.contains(
                .emission(
                    .epochRan(
                        netuid: 1, block: 1, emission: EmissionTests.expectedSplit(1_000_000_000).queued))))
        #expect(state.subnets[1]?.pendingEmission == 0)
        #expect(state.emission.loaded.isEmpty)
    }

    @Test func aReplacedHotkeyIsStillPaidWhatItEarned() {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 1
        var state = F.state(era: .finney, netuids: [1], parameters: parameters)
        F.addNeuron(netuid: 1, hotkey: F.hotkey(0), coldkey: F.coldkey(0), stake: raoPerTao, state: &state)
        F.advanceBlock(&state)
        let owed = (state.emission.loaded[1] ?? []).reduce(0) { $0 + $1.server + $1.validator }
        #expect(owed > 0)
        state.subnets[1]?.neurons.replace(uid: 0, with: F.hotkey(1), at: 1)
        F.advanceBlock(&state)
        #expect(state.staking.stake(of: F.coldkey(0), on: F.hotkey(0)) == raoPerTao + owed)
    }
}
