import Consensus
import Testing

@testable import Runtime

/// The emission pallet per block: halving, the split across subnets, sudo values, the owner cut,
/// pending emission and the issuance invariant.
@Suite struct EmissionTests {
    typealias F = EmissionFixture

    /// V9 (subtensor v1.1.6 `tests/root.rs::test_halving`): issuance → block emission.
    static let v9: [(issuance: Rao, emission: Rao)] = [
        (0, 1_000_000_000), (1_776_000_000_000, 1_000_000_000), (10_500_000_000_000_000, 500_000_000),
        (15_749_999_000_000_000, 500_000_000), (15_800_000_000_000_000, 250_000_000),
        (18_400_000_000_000_000, 125_000_000), (19_700_000_000_000_000, 62_500_000),
        (20_400_000_000_000_000, 31_250_000), (20_700_000_000_000_000, 15_625_000),
        (20_900_000_000_000_000, 7_812_500), (20_917_970_000_000_000, 3_906_250),
        (20_979_493_000_000_000, 976_562), (20_999_360_000_000_000, 30_517), (20_999_990_500_000_000, 476),
        (20_999_999_000_000_000, 59), (21_000_000_000_000_000, 0), (.max, 0),
    ]

    /// The v1.x owner cut as exact integers: `floor(v × cut / 65535)` to the owner; the queued part
    /// `floor(v − v × cut / 65535)` loses one rao whenever the cut is not a whole number.
    static func expectedSplit(_ value: Rao, cut: UInt16 = EmissionState.defaultSubnetOwnerCut) -> (
        cut: Rao, queued: Rao
    ) {
        let product = UInt128(value) * UInt128(cut)
        let whole = Rao(product / 65_535)
        return (whole, value - whole - (product % 65_535 == 0 ? 0 : 1))
    }

    @Test("V9 halving through the emission path", arguments: v9)
    func halvingThroughTheEmissionPath(issuance: Rao, emission: Rao) {
        // Tempo 0: the epoch never runs, so one block only assigns, cuts and queues.
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 0
        var state = F.state(era: .finney, issuance: issuance, netuids: [1], parameters: parameters)
        F.advanceBlock(&state)
        let split = Self.expectedSplit(emission)
        #expect(state.subnets[1]?.emissionPerBlock == emission)
        #expect(state.balance(of: F.subnetOwner) == split.cut)
        #expect(state.subnets[1]?.pendingEmission == split.queued)
        #expect(state.totalIssuance == issuance.addingClamped(split.cut))
        #expect(issuance == .max || UInt128(state.totalIssuance) == F.accountedRao(state))
    }

    static let splitCases: [(subnets: Int, issuance: Rao)] = [
        (1, 0), (3, 0), (7, 0), (32, 0), (3, 15_800_000_000_000_000), (7, 20_999_999_000_000_000),
        (64, 20_999_999_000_000_000),
    ]

    @Test("equal split: floor(E / subnets) each, never more than E", arguments: splitCases)
    func equalSplit(subnets: Int, issuance: Rao) {
        var state = F.state(era: .finney, issuance: issuance, netuids: (1...subnets).map { NetUID($0) })
        let blockEmission = Emission.blockEmission(state)
        F.advanceBlock(&state)
        let values = state.subnets.values.map(\.emissionPerBlock)
        #expect(values.allSatisfy { $0 == blockEmission / Rao(subnets) })
        #expect(values.reduce(0, +) <= blockEmission)
        #expect(UInt128(state.totalIssuance) == F.accountedRao(state))
    }

    static let ownerCutCases: [(value: Rao, cut: UInt16)] = [
        (1_000_000_000, 11_796), (333_333_333, 11_796), (65_535, 11_796), (21_845, 11_796), (1, 11_796),
        (0, 11_796), (1_000_000_000, 0), (1_000_000_000, 65_535), (999_999_999, 32_768),
    ]

    @Test("owner cut in I96F32 as v1.x", arguments: ownerCutCases)
    func ownerCut(value: Rao, cut: UInt16) {
        let split = Emission.ownerCut(of: value, cut: cut)
        let expected = Self.expectedSplit(value, cut: cut)
        #expect(split.cut == expected.cut && split.queued == expected.queued)
    }

    @Test func pendingEmissionAccumulatesUntilTheEpoch() {
        // netuid 1, tempo 9: blocks_until_next_epoch = 9 − (block + 2) % 10 is 0 at blocks 7, 17, ...
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 9
        var state = F.state(era: .finney, netuids: [1], parameters: parameters)
        let queued = Self.expectedSplit(1_000_000_000).queued
        for block in 1...6 {
            F.advanceBlock(&state)
            #expect(state.subnets[1]?.pendingEmission == queued * Rao(block))
            #expect(state.subnets[1]?.blocksSinceLastStep == UInt64(block))
        }
        let events = F.advanceBlock(&state)
        #expect(events.contains(.emission(.epochRan(netuid: 1, block: 7, emission: queued * 7))))
        #expect(state.subnets[1]?.pendingEmission == 0)
        #expect(state.subnets[1]?.blocksSinceLastStep == 0)
        #expect(UInt128(state.totalIssuance) == F.accountedRao(state))
    }

    @Test func sudoEmissionValues() throws {
        var state = F.state(era: .finney, issuance: 1_000 * raoPerTao, netuids: [1, 2, 3])
        let set = Call.emission(
            .setEmissionValues(netuids: [3, 1, 2], values: [500_000_000, 300_000_000, 0]))
        _ = try Runtime.apply(Extrinsic(signer: F.sudo, nonce: 0, call: set), to: &state)
        F.advanceBlock(&state)
        #expect(state.subnets.mapValues(\.emissionPerBlock) == [1: 300_000_000, 2: 0, 3: 500_000_000])

        // Issuance past the first halving: the values are scaled to the new block emission, pro rata.
        Balances.mint(10_500_000_000_000_000, to: F.coldkey(0), state: &state)
        F.advanceBlock(&state)
        #expect(state.subnets.mapValues(\.emissionPerBlock) == [1: 187_500_000, 2: 0, 3: 312_500_000])

        let reset = Call.emission(.resetEmissionValues)
        _ = try Runtime.apply(Extrinsic(signer: F.sudo, nonce: 1, call: reset), to: &state)
        #expect(state.subnets.values.allSatisfy { $0.emissionPerBlock == 166_666_666 })
    }

    static let refusedValues: [(name: String, signer: AccountID, call: EmissionCall, error: DispatchError)] =
        [
            (
                "not sudo", DevAccounts.bob, .setEmissionValues(netuids: [1, 2], values: [1, 1]),
                .sudo(.requireSudo)
            ),
            (
                "a subnet missing", DevAccounts.alice, .setEmissionValues(netuids: [1], values: [1]),
                .emission(.emissionValuesDoNotMatchNetworks)
            ),
            (
                "a subnet twice", DevAccounts.alice,
                .setEmissionValues(netuids: [1, 1, 2], values: [1, 1, 1]),
                .emission(.emissionValuesDoNotMatchNetworks)
            ),
            (
                "lengths differ", DevAccounts.alice, .setEmissionValues(netuids: [1, 2], values: [1]),
                .emission(.emissionValuesDoNotMatchNetworks)
            ),
            (
                "above the block emission", DevAccounts.alice,
                .setEmissionValues(netuids: [1, 2], values: [600_000_000, 400_000_001]),
                .emission(
                    .emissionValuesExceedBlockEmission(sum: 1_000_000_001, blockEmission: 1_000_000_000))
            ),
            ("owner cut, not sudo", DevAccounts.bob, .setSubnetOwnerCut(0), .sudo(.requireSudo)),
        ]

    @Test(arguments: refusedValues)
    func refusedEmissionCalls(name: String, signer: AccountID, call: EmissionCall, error: DispatchError)
        throws
    {
        var state = F.state(era: .finney, issuance: 1_000 * raoPerTao, netuids: [1, 2])
        Balances.mint(raoPerTao, to: DevAccounts.bob, state: &state)
        let before = state
        let events = try Runtime.apply(Extrinsic(signer: signer, nonce: 0, call: .emission(call)), to: &state)
        #expect(events.last == .extrinsicFailed(signer: signer, nonce: 0, error: error), "\(name)")
        #expect(state.emission == before.emission, "\(name)")
        #expect(state.subnets == before.subnets, "\(name)")
    }

    @Test func ownerCutSetBySudo() throws {
        var state = F.state(era: .finney, issuance: 1_000 * raoPerTao, netuids: [1])
        _ = try Runtime.apply(
            Extrinsic(signer: F.sudo, nonce: 0, call: .emission(.setSubnetOwnerCut(0))), to: &state)
        F.advanceBlock(&state)
        #expect(state.balance(of: F.subnetOwner) == 0)
        #expect(state.subnets[1]?.pendingEmission == 1_000_000_000)
    }

    @Test func invariantHoldsOverManyBlocksOfSeveralSubnets() {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 4
        var state = F.state(era: .finney, netuids: [1, 2, 5], parameters: parameters)
        for netuid: NetUID in [1, 2, 5] {
            for index in 0..<3 {
                F.addNeuron(
                    netuid: netuid, hotkey: F.hotkey(Int(netuid) * 10 + index), coldkey: F.coldkey(index),
                    stake: index == 0 ? 0 : Rao(index) * raoPerTao, state: &state)
            }
        }
        var minted: Rao = 0
        for _ in 0..<60 {
            let before = state.totalIssuance
            F.advanceBlock(&state)
            #expect(UInt128(state.totalIssuance) == F.accountedRao(state), "block \(state.blockNumber)")
            #expect(F.stakeTotalsAgree(state), "block \(state.blockNumber)")
            minted += state.totalIssuance - before
        }
        // Every block's emission is minted once (owner cut) or held as pending or loaded until paid.
        let held =
            state.subnets.values.reduce(0) { $0 + $1.pendingEmission }
            + state.emission.loaded.values.flatMap { $0 }.reduce(0) { $0 + $1.server + $1.validator }
        #expect(minted + held <= 60 * 1_000_000_000)
        #expect(minted + held >= 60 * 1_000_000_000 - 1_000)
    }
}
