import Testing

@testable import Runtime

/// The weights pallet through the runtime: every check of `spec/chain.md` §6 in the chain's order
/// for Finney, the 2022 rules for Nakamoto, what is stored, and that failures change only fee and nonce.
@Suite struct WeightsTests {
    typealias F = PalletFixture

    /// Finney subnet 1 with four neurons; uid 0 has a validator permit; nobody set weights yet.
    static func finney(_ change: (inout SubnetHyperparameters) -> Void = { _ in }) -> ChainState {
        var state = F.state(era: .finney, neurons: 4)
        state.subnets[F.netuid]?.neurons.validatorPermit[0] = true
        var parameters = SubnetHyperparameters.finney
        change(&parameters)
        state.subnets[F.netuid]?.hyperparameters = parameters
        return state
    }

    /// The Nakamoto network (netuid 0) with four neurons, min 2 weights, no max weight limit.
    static func nakamoto() -> ChainState {
        var state = F.state(era: .nakamoto, neurons: 4)
        state.subnets[0]?.hyperparameters.minAllowedWeights = 2
        state.subnets[0]?.hyperparameters.maxWeightLimit = .max
        return state
    }

    typealias Case = PreconditionCase<WeightsCall, WeightsError>

    static func set(_ uids: [UID], _ values: [UInt32], netuid: NetUID = F.netuid, version: UInt64 = 0)
        -> WeightsCall
    {
        .setWeights(netuid: netuid, uids: uids, values: values, versionKey: version)
    }

    static func nakamotoSet(_ uids: [UID], _ values: [UInt32]) -> WeightsCall { set(uids, values, netuid: 0) }

    static let all: [UID] = [0, 1, 2, 3]
    static let even: [UInt32] = [1, 1, 1, 1]

    static let failures: [Case] = [
        Case("a value over u16", .finney, set(all, [1, 1, 1, 65_536]), .weightValueExceedsU16),
        Case("the root network", .finney, set(all, even, netuid: 0), .canNotSetRootNetworkWeights),
        Case("uids and values of different lengths", .finney, set(all, [1, 1, 1]), .weightVecNotEqualSize),
        Case(
            "lengths are checked before registration", .finney, signer: 9, set(all, [1]),
            .weightVecNotEqualSize),
        Case("a subnet that does not exist", .finney, set(all, even, netuid: 7), .subnetDoesNotExist),
        Case(
            "more uids than neurons", .finney, set([0, 1, 2, 3, 4], [1, 1, 1, 1, 1]),
            .uidsLengthExceedUidsInSubNet),
        Case("an unregistered hotkey", .finney, signer: 9, set(all, even), .hotKeyNotRegisteredInSubNet),
        Case("stake under the weights minimum", .finney, set(all, even), .notEnoughStakeToSetWeights) {
            $0.staking.parameters.weightsMinStake = 1
        },
        Case("an old version key", .finney, set(all, even, version: 399), .incorrectWeightVersionKey) {
            $0.subnets[F.netuid]?.hyperparameters.weightsVersionKey = 400
        },
        Case("within the rate limit", .finney, set(all, even), .settingWeightsTooFast) {
            $0.subnets[F.netuid]?.neurons.lastUpdate[0] = 901
        },
        Case("no validator permit", .finney, signer: 1, set(all, even), .neuronNoValidatorPermit),
        Case(
            "permit is checked before duplicates", .finney, signer: 1, set([1, 1], [1, 1]),
            .neuronNoValidatorPermit),
        Case("duplicate uids", .finney, set([0, 2, 2, 3], even), .duplicateUids),
        Case("a uid that does not exist", .finney, set([0, 1, 2, 9], even), .uidVecContainInvalidOne),
        Case(
            "fewer than min(MinAllowedWeights, n)", .finney, set([0, 1, 2], [1, 1, 1]), .weightVecLengthIsLow),
        Case("over the max weight limit", .finney, set(all, [4, 1, 1, 1]), .maxWeightExceeded) {
            $0.subnets[F.netuid]?.hyperparameters.maxWeightLimit = 32_768
        },
        Case("an even split just over the limit", .finney, set([0, 1], [1, 1]), .maxWeightExceeded) {
            $0.subnets[F.netuid]?.hyperparameters.minAllowedWeights = 2
            $0.subnets[F.netuid]?.hyperparameters.maxWeightLimit = 32_767
        },
        Case(
            "an unregistered hotkey, checked first", .nakamoto, signer: 9, nakamotoSet(all, [1]),
            .hotKeyNotRegisteredInSubNet),
        Case(
            "uids and values of different lengths", .nakamoto, nakamotoSet(all, [1, 1, 1]),
            .weightVecNotEqualSize),
        Case("duplicate uids", .nakamoto, nakamotoSet([0, 0], [1, 1]), .duplicateUids),
        Case("a uid that does not exist", .nakamoto, nakamotoSet([0, 4], [1, 1]), .uidVecContainInvalidOne),
        Case(
            "fewer than MinAllowedWeights, even above n", .nakamoto, nakamotoSet(all, [1, 1, 1, 1]),
            .weightVecLengthIsLow
        ) {
            $0.subnets[0]?.hyperparameters.minAllowedWeights = 5
        },
        Case("over the u32 max weight limit", .nakamoto, nakamotoSet([0, 1], [3, 1]), .maxWeightExceeded) {
            $0.subnets[0]?.hyperparameters.maxWeightLimit = UInt32.max / 2
        },
        Case("a subnet that does not exist", .nakamoto, set(all, even, netuid: 7), .subnetDoesNotExist),
    ]

    @Test(arguments: failures)
    func failedCallsChangeOnlyFeeAndNonce(_ test: Case) throws {
        var state = test.era == .finney ? Self.finney() : Self.nakamoto()
        let signer = F.hotkey(test.signer)
        state.accounts[signer] = AccountInfo(free: raoPerTao)
        state.totalIssuance += raoPerTao
        test.prepare(&state)
        let before = state
        let events = try F.apply(.weights(test.call), by: signer, to: &state)
        #expect(F.failure(of: events) == .weights(test.error))
        #expect(state == F.afterFailure(before, signer: signer, fee: 0))
    }

    /// Applies `call` signed by hotkey `signer` (funded for the fee) and returns the events.
    static func run(_ call: WeightsCall, signer: Int = 0, on state: inout ChainState) throws -> [Event] {
        let hotkey = F.hotkey(signer)
        if state.balance(of: hotkey) == 0 {
            state.accounts[hotkey] = AccountInfo(free: raoPerTao)
            state.totalIssuance += raoPerTao
        }
        return try F.apply(.weights(call), by: hotkey, to: &state)
    }

    @Test func finneyStoresTheMaxUpscaledRow() throws {
        var state = Self.finney()
        let events = try Self.run(Self.set([3, 1, 2, 0], [100, 200, 50, 0]), on: &state)
        #expect(events.contains(.weights(.weightsSet(netuid: F.netuid, uid: 0))))
        let neurons = try #require(state.subnets[F.netuid]?.neurons)
        // 200 → 65_535; 100 × 65_535 / 200 = 32_767.5 rounds away from zero; 50 → 16_383.75 → 16_384.
        // The row is stored sorted by target uid.
        #expect(
            neurons.weights[0] == [
                WeightEntry(uid: 0, value: 0), WeightEntry(uid: 1, value: 65_535),
                WeightEntry(uid: 2, value: 16_384), WeightEntry(uid: 3, value: 32_768),
            ])
        #expect(neurons.lastUpdate[0] == 1_000)
    }

    @Test func finneySelfWeightNeedsNoPermitLengthOrLimit() throws {
        var state = Self.finney { $0.maxWeightLimit = 1 }
        let events = try Self.run(Self.set([1], [5]), signer: 1, on: &state)
        #expect(F.failure(of: events) == nil)
        #expect(state.subnets[F.netuid]?.neurons.weights[1] == [WeightEntry(uid: 1, value: 65_535)])
    }

    /// `last_update == 0` or at least `WeightsSetRateLimit` (100) blocks since it.
    @Test(arguments: [(0 as BlockNumber, true), (900, true), (901, false), (1_000, false)])
    func finneyRateLimit(lastUpdate: BlockNumber, allowed: Bool) throws {
        var state = Self.finney()
        state.subnets[F.netuid]?.neurons.lastUpdate[0] = lastUpdate
        let events = try Self.run(Self.set(Self.all, Self.even), on: &state)
        #expect(F.failure(of: events) == (allowed ? nil : .weights(.settingWeightsTooFast)))
    }

    /// A network key of 0 accepts any key; otherwise the key must be at least the network's.
    @Test(arguments: [
        (0 as UInt64, 0 as UInt64, true), (0, 7, true), (400, 400, true), (400, 401, true), (400, 0, false),
    ])
    func finneyVersionKey(network: UInt64, key: UInt64, allowed: Bool) throws {
        var state = Self.finney { $0.weightsVersionKey = network }
        let events = try Self.run(Self.set(Self.all, Self.even, version: key), on: &state)
        #expect(F.failure(of: events) == (allowed ? nil : .weights(.incorrectWeightVersionKey)))
    }

    @Test func finneyMinimumLengthIsCappedByTheSubnetSize() throws {
        // MinAllowedWeights is 1024 by default; with four neurons, four weights are enough.
        var state = Self.finney()
        let events = try Self.run(Self.set(Self.all, Self.even), on: &state)
        #expect(F.failure(of: events) == nil)
    }

    @Test func finneyStakeThresholdIsTheHotkeyTotal() throws {
        var state = Self.finney()
        state.staking.parameters.weightsMinStake = 1_000
        state.staking.increaseStake(hotkey: F.hotkey(0), coldkey: F.coldkey(1), amount: 1_000)
        state.totalIssuance += 1_000
        let events = try Self.run(Self.set(Self.all, Self.even), on: &state)
        #expect(F.failure(of: events) == nil)
    }

    /// `check_vec_max_limited` (v3.3.0 `tests/math.rs::test_check_vec_max_limited`).
    @Test(
        arguments: [
            ([], 0, true), ([], UInt16.max, true), ([UInt16.max], UInt16.max, true),
            ([UInt16.max], UInt16.max - 1, false),
            ([UInt16.max], 0, false), ([0], UInt16.max, true), ([0, UInt16.max], UInt16.max, true),
            ([0, UInt16.max, UInt16.max], UInt16.max / 2, false),
            ([0, UInt16.max, UInt16.max], UInt16.max / 2 + 1, true),
            ([0, UInt16.max, UInt16.max, UInt16.max], UInt16.max / 3 - 1, false),
            ([0, UInt16.max, UInt16.max, UInt16.max], UInt16.max / 3, true),
        ] as [([UInt16], UInt16, Bool)])
    func maxLimited(values: [UInt16], limit: UInt16, expected: Bool) {
        #expect(WeightRules.isMaxLimited(values, limit: limit) == expected)
    }

    /// The 2022 normalization (its `weights.rs` unit tests plus a rounding case).
    @Test(
        arguments: [
            ([UInt32.max / 10, UInt32.max / 10], [UInt32.max / 2, UInt32.max / 2]),
            ([UInt32.max / 7, UInt32.max / 7], [UInt32.max / 2, UInt32.max / 2]),
            ([0, 0], [0, 0]),
            ([UInt32.max, UInt32.max], [UInt32.max / 2, UInt32.max / 2]),
            ([1, 2, 3], [715_827_882, 1_431_655_765, 2_147_483_647]),
        ] as [([UInt32], [UInt32])])
    func nakamotoNormalization(values: [UInt32], expected: [UInt32]) {
        #expect(WeightRules.normalizeToU32Max(values) == expected)
    }

    @Test func nakamotoStoresTheNormalizedRowWithoutPermitRateOrVersion() throws {
        var state = Self.nakamoto()
        state.subnets[0]?.hyperparameters.weightsVersionKey = 400
        for values: [UInt32] in [[1, 2, 3], [70_000, 70_000, 0]] {
            let events = try Self.run(
                .setWeights(netuid: 0, uids: [2, 0, 1], values: values, versionKey: 0), signer: 1, on: &state)
            #expect(events.contains(.weights(.weightsSet(netuid: 0, uid: 1))))
        }
        let neurons = try #require(state.subnets[0]?.neurons)
        #expect(
            neurons.weights[1] == [
                WeightEntry(uid: 0, value: UInt32.max / 2), WeightEntry(uid: 1, value: 0),
                WeightEntry(uid: 2, value: UInt32.max / 2),
            ])
        #expect(neurons.lastUpdate[1] == 1_000)
    }

    @Test func nakamotoSelfWeightIsExemptFromLengthAndLimit() throws {
        var state = Self.nakamoto()
        state.subnets[0]?.hyperparameters.maxWeightLimit = 17_179_868
        state.subnets[0]?.hyperparameters.minAllowedWeights = 1_024
        let events = try Self.run(Self.nakamotoSet([0], [7]), on: &state)
        #expect(F.failure(of: events) == nil)
        #expect(state.subnets[0]?.neurons.weights[0] == [WeightEntry(uid: 0, value: UInt32.max)])
    }

    @Test func nakamotoMaxWeightLimitBoundary() throws {
        var state = Self.nakamoto()
        state.subnets[0]?.hyperparameters.maxWeightLimit = UInt32.max / 2
        let events = try Self.run(Self.nakamotoSet([0, 1], [1, 1]), on: &state)
        #expect(F.failure(of: events) == nil)
    }
}
