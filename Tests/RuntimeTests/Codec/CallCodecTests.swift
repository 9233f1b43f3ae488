import Testing

@testable import Runtime

/// Every call of every pallet round-trips, names its pallet and call index, and refuses malformed bytes.
@Suite struct CallCodecTests {
    static let alice = AccountID(testSeed: 1)
    static let bob = AccountID(testSeed: 2)

    /// Every call case with its expected pallet and call index.
    static let calls: [(Call, pallet: UInt8, call: UInt8)] = [
        (.balances(.transfer(destination: bob, amount: 1_000)), 1, 0),
        (.balances(.transferKeepAlive(destination: bob, amount: .max)), 1, 1),
        (.sudo(.setKey(bob)), 2, 0),
        (.sudo(.mint(account: alice, amount: 5)), 2, 1),
        (.subnets(.registerNetwork(hotkey: bob)), 3, 0),
        (.subnets(.sudoSetHyperparameter(netuid: 3, .alphaValues(low: 1638, high: 50_000))), 3, 1),
        (
            .registration(
                .register(
                    netuid: 1, blockNumber: 99, nonce: 0xdead_beef, work: Array(repeating: 7, count: 32),
                    hotkey: alice, coldkey: bob)), 4, 0
        ),
        (.registration(.burnedRegister(netuid: 2, hotkey: alice)), 4, 1),
        (.staking(.addStake(hotkey: alice, amount: 10)), 5, 0),
        (.staking(.removeStake(hotkey: alice, amount: 10)), 5, 1),
        (.staking(.becomeDelegate(hotkey: alice, take: 11_796)), 5, 2),
        (.staking(.decreaseTake(hotkey: alice, take: 1)), 5, 3),
        (.staking(.increaseTake(hotkey: alice, take: 2)), 5, 4),
        (.staking(.sudoSetParameter(.weightsMinStake(1_000))), 5, 5),
        (.weights(.setWeights(netuid: 1, uids: [0, 1, 4095], values: [1, 0, .max], versionKey: 7)), 6, 0),
        (.weights(.setWeights(netuid: 1, uids: [], values: [], versionKey: 0)), 6, 0),
        (
            .serving(
                .serveAxon(
                    netuid: 1, version: 2, ip: 0x7f00_0001, port: 8091, ipType: 4, protocol: 4,
                    placeholder1: 0,
                    placeholder2: 9)), 7, 0
        ),
        (.serving(.servePrometheus(netuid: 1, version: 2, ip: UInt128.max, port: 1, ipType: 6)), 7, 1),
        (.emission(.setEmissionValues(netuids: [1, 2], values: [3, 4])), 8, 0),
        (.emission(.resetEmissionValues), 8, 1),
        (.emission(.setSubnetOwnerCut(11_796)), 8, 2),
    ]

    @Test(arguments: calls)
    func callRoundTrips(call: Call, pallet: UInt8, index: UInt8) throws {
        #expect(call.palletIndex == pallet)
        #expect(call.callIndex == index)
        #expect(Array(call.encoded().prefix(2)) == [pallet, index])
        try CodecCase("\(call)", call).checkAll()
        let extrinsic = Extrinsic(signer: Self.alice, nonce: 3, tip: 9, call: call)
        try CodecCase("extrinsic \(call)", extrinsic).checkAll()
    }

    @Test func transferHasTheDocumentedLayout() {
        let call = Call.balances(.transfer(destination: Self.bob, amount: 0x0102))
        #expect(call.encoded() == [1, 0] + Array(repeating: 2, count: 32) + [2, 1, 0, 0, 0, 0, 0, 0])
    }

    @Test(arguments: HyperparameterCodecTests.updates)
    func everyHyperparameterUpdateRoundTrips(update: HyperparameterUpdate) throws {
        try CodecCase("\(update)", Call.subnets(.sudoSetHyperparameter(netuid: 1, update))).checkAll()
    }

    /// Pallet indices without calls (system) or without a pallet.
    @Test(arguments: [UInt8(0)] + Array(UInt8(9)...UInt8.max))
    func unknownPalletIsRefused(pallet: UInt8) {
        #expect(throws: CodecError(.unknownVariant(index: UInt64(pallet)), reading: "Call", at: 0)) {
            try Call(decoding: [pallet, 0, 0, 0])
        }
    }

    /// The first unused call index of each pallet.
    static let firstUnusedCallIndex: [(pallet: UInt8, name: String, index: UInt8, type: String)] = [
        (1, "balances", 2, "BalancesCall"), (2, "sudo", 2, "SudoCall"), (3, "subnets", 2, "SubnetsCall"),
        (4, "registration", 2, "RegistrationCall"), (5, "staking", 6, "StakingCall"),
        (6, "weights", 1, "WeightsCall"), (7, "serving", 2, "ServingCall"),
        (8, "emission", 3, "EmissionCall"),
    ]

    @Test(arguments: firstUnusedCallIndex)
    func unknownCallIsRefused(pallet: UInt8, name: String, index: UInt8, type: String) {
        for unused in index...UInt8.max {
            let expected = CodecError(
                .unknownVariant(index: UInt64(unused)), reading: type, at: 1, path: [name])
            #expect(throws: expected) { try Call(decoding: [pallet, unused, 0, 0]) }
        }
    }

    @Test func oversizedWorkLengthIsRefused() {
        // register with a work length of 2^30 bytes announced and 3 present.
        var bytes: [UInt8] = [4, 0, 1, 0] + Array(repeating: 0, count: 16)
        bytes += [0x03, 0x00, 0x00, 0x00, 0x40, 1, 2, 3]
        #expect {
            try Call(decoding: bytes)
        } throws: { error in
            guard let error = error as? CodecError, case .lengthOverLimit = error.reason else { return false }
            return error.path == ["registration", "register.work"] && error.offset == 20
        }
    }
}
