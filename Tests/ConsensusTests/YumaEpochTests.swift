import Consensus
import Testing

/// The chain's multi-epoch `test_bonds` (spec/chain.md §10 V1), replayed on the sparse epoch.
@Suite struct YumaEpochTests {
    @Test func chainTestBondsAllSevenEpochs() throws {
        var parameters = EpochHyperparameters()
        parameters.tempo = 1
        parameters.maxAllowedValidators = 8
        var subnet = SubnetDriver(stake: [1, 2, 3, 4, 0, 0, 0, 0], hyperparameters: parameters)
        // Permit epoch: no weights yet, emission by stake, permits for the staked uids.
        try subnet.nextBlockEpoch()
        #expect(subnet.state.validatorPermit == [true, true, true, true, false, false, false, false])

        let miners: [UInt16] = [4, 5, 6, 7]
        for uid in 0..<4 {
            subnet.setWeights(
                uid: uid, to: miners, values: [UInt16.max / 4, UInt16.max / 2, (UInt16.max / 4) * 3, .max])
        }
        let first = try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [16383, 32767, 49151, 65535])
        #expect(
            first.emission == [
                49999998, 99999999, 150000000, 200000001, 49998779, 100000610, 149996337, 200004272,
            ])

        subnet.setWeights(uid: 0, to: [0], values: [.max])
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [14582, 32767, 49151, 65535])

        subnet.setWeights(uid: 1, to: [1], values: [.max])
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [12603, 28321, 49151, 65535])

        subnet.setWeights(uid: 2, to: [2], values: [.max])
        let fourth = try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 7) } == [12602, 28320, 49150, 65535])
        #expect(fourth.emission == [99999999, 199999999, 299999999, 399999999, 0, 0, 0, 0])

        subnet.setWeights(uid: 2, to: [7], values: [.max])
        let fifth = try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 7) } == [10951, 24609, 49150, 65535])
        #expect(fifth.emission[7] == 500000000)

        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 7) } == [9559, 21482, 49150, 65535])
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 7) } == [8376, 18824, 49150, 65535])
    }

    @Test func mismatchedLengthsAreRejected() {
        var input = SyntheticNetwork.input(n: 8, validators: 2)
        input.lastUpdate.removeLast()
        #expect(throws: EpochInputError.lengthMismatch(field: "last_update", expected: 8, found: 7)) {
            try YumaEpoch.run(input)
        }
    }
}
