import Testing

@testable import Runtime

/// Subnet creation with its lock cost and rate limit, the sudo hyperparameter setters with their
/// range checks, and the genesis subnets.
@Suite struct SubnetsTests {
    typealias Chain = RegistrationChain

    static let coldkey = Chain.coldkey(0)
    static let hotkey = Chain.hotkey(0)
    static let minLock: Rao = 1_000 * raoPerTao

    /// A Finney chain without subnets whose test accounts hold 1000 τ (coldkey 1 holds 3000 τ).
    static func finney() -> Chain {
        var chain = Chain(era: .finney, subnets: [])
        chain.state.accounts[Chain.coldkey(1)]?.free = 3 * minLock
        chain.state.totalIssuance += 2 * minLock
        return chain
    }

    /// Free balances plus stake plus locks.
    static func accounted(_ state: ChainState) -> Rao {
        state.accounts.values.reduce(0) { $0 + $1.free } + state.staking.totalStake
            + state.subnets.values.reduce(0) { $0 + $1.lockedRao }
    }

    @Test func registerNetworkLocksAndAppendsTheOwnerHotkey() throws {
        var chain = Self.finney()
        let owner = Chain.coldkey(1)
        let before = chain.state
        let events = try chain.apply(.subnets(.registerNetwork(hotkey: Self.hotkey)), by: owner)
        #expect(events.contains(.subnets(.networkAdded(netuid: 1, owner: owner, lockedRao: Self.minLock))))
        let subnet = chain.subnet(1)
        #expect(subnet.owner == owner)
        #expect(subnet.ownerHotkey == Self.hotkey)
        #expect(subnet.lockedRao == Self.minLock)
        #expect(subnet.hyperparameters == .finney)
        #expect(subnet.neurons.hotkeys == [Self.hotkey])
        #expect(subnet.lastAdjustmentBlock == 0)
        #expect(chain.state.staking.owner[Self.hotkey] == owner)
        #expect(chain.state.balance(of: owner) == before.balance(of: owner) - Self.minLock - Chain.fee)
        #expect(chain.state.totalIssuance == before.totalIssuance - Chain.fee)  // the lock stays in issuance
        #expect(chain.state.totalIssuance == Self.accounted(chain.state))
        #expect(chain.state.registration.networkLock.lastLock == Self.minLock)
        #expect(chain.state.registration.networkLock.lastLockBlock == 1)
        // The owner hotkey is never pruned.
        #expect(Registration.immortalOwnerUids(subnet, state: chain.state) == [0])
    }

    @Test func lowestFreeNetuid() throws {
        let parameters = SubnetHyperparameters.finney
        var chain = Chain(
            era: .finney,
            subnets: [1, 3].map {
                GenesisSubnet(netuid: $0, owner: Chain.subnetOwner, hyperparameters: parameters)
            })
        chain.state.accounts[Self.coldkey]?.free += Self.minLock
        chain.state.totalIssuance += Self.minLock
        let events = try chain.apply(.subnets(.registerNetwork(hotkey: Self.hotkey)), by: Self.coldkey)
        #expect(
            events.contains(.subnets(.networkAdded(netuid: 2, owner: Self.coldkey, lockedRao: Self.minLock))))
    }

    /// `get_network_lock_cost`: the first lock is the minimum; each registration doubles the last lock,
    /// which decays linearly back over 14 days.
    static let lockCases: [(lastLock: Rao, lastLockBlock: BlockNumber, block: BlockNumber, expected: Rao)] = [
        (minLock, 0, 5, minLock),
        (minLock, 10, 10, 2 * minLock),
        (minLock, 10, 10 + 50_400, 1_500_000_046_400),
        (minLock, 10, 10 + 100_800, 1_000_000_092_800),
        (minLock, 10, 10 + 200_000, minLock),
        (3 * minLock, 10, 20, 6 * minLock - 29_761_904 * 10),
        (.max, 1, 1, .max),
    ]

    @Test(arguments: lockCases)
    func lockCost(lastLock: Rao, lastLockBlock: BlockNumber, block: BlockNumber, expected: Rao) {
        var lock = NetworkLock()
        lock.lastLock = lastLock
        lock.lastLockBlock = lastLockBlock
        #expect(lock.cost(at: block) == expected)
    }

    /// A second network within the rate limit is refused; after it, the doubled and decayed lock is charged.
    @Test func rateLimitThenDoubledLock() throws {
        var chain = Self.finney()
        chain.state.registration.networkLock.rateLimit = 5
        let owner = Chain.coldkey(1)
        try chain.apply(.subnets(.registerNetwork(hotkey: Self.hotkey)), by: owner)
        chain.advance(4)
        let refused = try chain.apply(.subnets(.registerNetwork(hotkey: Chain.hotkey(1))), by: owner)
        #expect(Chain.failure(of: refused) == .subnets(.networkTxRateLimitExceeded))
        chain.advance()
        let expected = 2 * Self.minLock - Self.minLock / 100_800 * 5
        let events = try chain.apply(.subnets(.registerNetwork(hotkey: Chain.hotkey(1))), by: owner)
        #expect(events.contains(.subnets(.networkAdded(netuid: 2, owner: owner, lockedRao: expected))))
        #expect(chain.state.totalIssuance == Self.accounted(chain.state))
    }

    /// A failing `register_network` and its error.
    struct Failure: Sendable, CustomTestStringConvertible {
        let name: String
        let error: DispatchError
        let prepare: @Sendable (inout Chain) -> (call: SubnetsCall, signer: AccountID)
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(name: "2022 network", error: .subnets(.notAvailableInEra)) { chain in
            chain = Chain(era: .nakamoto, subnets: [.nakamoto(owner: Chain.subnetOwner)])
            return (.registerNetwork(hotkey: hotkey), coldkey)
        },
        Failure(name: "hotkey of another coldkey", error: .subnets(.nonAssociatedColdKey)) { chain in
            chain.state.staking.owner[hotkey] = Chain.coldkey(1)
            return (.registerNetwork(hotkey: hotkey), coldkey)
        },
        Failure(name: "within the rate limit", error: .subnets(.networkTxRateLimitExceeded)) { chain in
            chain.state.registration.networkLock.lastLockBlock = chain.state.blockNumber
            return (.registerNetwork(hotkey: hotkey), coldkey)
        },
        Failure(name: "cannot pay the lock", error: .subnets(.notEnoughBalanceToPayLockCost)) { _ in
            (.registerNetwork(hotkey: hotkey), coldkey)
        },
        Failure(name: "hyperparameter without sudo", error: .sudo(.requireSudo)) { chain in
            chain.state.subnets[1] = Subnet(
                netuid: 1, owner: coldkey, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
            return (.sudoSetHyperparameter(netuid: 1, .tempo(10)), coldkey)
        },
        Failure(name: "hyperparameter of no subnet", error: .subnets(.subnetNotExists)) { _ in
            (.sudoSetHyperparameter(netuid: 7, .tempo(10)), Chain.sudo)
        },
    ]

    @Test(arguments: failures)
    func failureChangesOnlyFeeAndNonce(_ failure: Failure) throws {
        var chain = Self.finney()
        let (call, signer) = failure.prepare(&chain)
        let before = chain.state
        let events = try chain.apply(.subnets(call), by: signer)
        #expect(Chain.failure(of: events) == failure.error)
        var expected = before
        expected.accounts[signer]?.free -= Chain.fee
        expected.accounts[signer]?.nonce += 1
        expected.totalIssuance -= Chain.fee
        expected.totalRecycled += Chain.fee
        #expect(chain.state == expected)
    }

    /// The range checks of the sudo setters (v3.3.0 admin-utils; the 2022 exclude quantile).
    static let rangeCases: [(name: String, era: Era, update: HyperparameterUpdate, error: SubnetsError?)] = [
        ("max uids under the count", .finney, .maxAllowedUids(2), .maxAllowedUidsLessThanCurrentUids),
        ("max uids at the count", .finney, .maxAllowedUids(3), nil),
        ("max uids at the limit", .finney, .maxAllowedUids(4_096), nil),
        ("max uids over the limit", .finney, .maxAllowedUids(4_097), .maxAllowedUidsGreaterThanLimit),
        ("2022 max uids under the count", .nakamoto, .maxAllowedUids(2), .maxAllowedUidsLessThanCurrentUids),
        ("validators over max uids", .finney, .maxAllowedValidators(4_097), .maxValidatorsLargerThanMaxUids),
        ("validators at max uids", .finney, .maxAllowedValidators(4_096), nil),
        ("activity cutoff under 360", .finney, .activityCutoff(359), .activityCutoffTooLow),
        ("activity cutoff 360", .finney, .activityCutoff(360), nil),
        ("2022 activity cutoff under 360", .nakamoto, .activityCutoff(100), nil),
        ("min burn of 1 τ", .finney, .minBurn(raoPerTao), .valueNotInBounds),
        ("min burn under 1 τ", .finney, .minBurn(raoPerTao - 1), nil),
        ("max burn of 0.1 τ", .finney, .maxBurn(raoPerTao / 10), .valueNotInBounds),
        ("max burn above 0.1 τ", .finney, .maxBurn(raoPerTao / 10 + 1), nil),
        (
            "alpha bounds with liquid alpha off", .finney, .alphaValues(low: 40_000, high: 50_000),
            .liquidAlphaDisabled
        ),
        ("tempo without a check", .finney, .tempo(0), nil),
        ("kappa without a check", .finney, .kappa(65_535), nil),
        ("difficulty without a check", .finney, .difficulty(1), nil),
        ("exclude quantile 101", .nakamoto, .validatorExcludeQuantile(101), .storageValueOutOfRange),
        ("exclude quantile 100", .nakamoto, .validatorExcludeQuantile(100), nil),
        ("sequence length", .nakamoto, .validatorSequenceLength(1_024), nil),
        ("immune owner uids 0", .finney, .immuneOwnerUidsLimit(0), .invalidValue),
        ("immune owner uids 11", .finney, .immuneOwnerUidsLimit(11), .invalidValue),
        ("immune owner uids 10", .finney, .immuneOwnerUidsLimit(10), nil),
    ]

    @Test(arguments: rangeCases)
    func sudoRangeChecks(name: String, era: Era, update: HyperparameterUpdate, error: SubnetsError?) throws {
        let netuid: NetUID = era == .finney ? 1 : nakamotoNetuid
        var chain = Chain(
            era: era,
            subnets: [
                GenesisSubnet(
                    netuid: netuid, owner: Chain.subnetOwner,
                    hyperparameters: era == .finney ? .finney : .nakamoto)
            ])
        for index in 0..<3 {
            _ = chain.state.subnets[netuid]?.neurons.append(hotkey: Chain.hotkey(index), at: 1)
        }
        let before = chain.subnet(netuid).hyperparameters
        let events = try chain.apply(.subnets(.sudoSetHyperparameter(netuid: netuid, update)), by: Chain.sudo)
        #expect(Chain.failure(of: events) == error.map { .subnets($0) }, "\(name)")
        var expected = before
        if error == nil {
            update.apply(to: &expected)
            #expect(events.contains(.subnets(.hyperparameterSet(netuid: netuid, update))), "\(name)")
        }
        #expect(chain.subnet(netuid).hyperparameters == expected, "\(name)")
    }

    /// Burn bounds against each other, and the liquid alpha bounds once liquid alpha is on.
    @Test func dependentBounds() throws {
        var chain = Chain(
            era: .finney,
            subnets: [GenesisSubnet(netuid: 1, owner: Chain.subnetOwner, hyperparameters: .finney)])
        func set(_ update: HyperparameterUpdate) throws -> DispatchError? {
            Chain.failure(
                of: try chain.apply(.subnets(.sudoSetHyperparameter(netuid: 1, update)), by: Chain.sudo))
        }
        #expect(try set(.maxBurn(200_000_000)) == nil)
        #expect(try set(.minBurn(200_000_000)) == .subnets(.valueNotInBounds))  // not under max burn
        #expect(try set(.minBurn(199_999_999)) == nil)
        #expect(try set(.maxBurn(199_999_999)) == .subnets(.valueNotInBounds))  // not above min burn
        #expect(try set(.liquidAlphaEnabled(true)) == nil)
        #expect(try set(.alphaValues(low: 1_638, high: 1_637)) == .subnets(.alphaHighTooLow))
        #expect(try set(.alphaValues(low: 1_637, high: 50_000)) == .subnets(.alphaLowOutOfRange))
        #expect(try set(.alphaValues(low: 50_001, high: 50_000)) == .subnets(.alphaLowOutOfRange))
        #expect(try set(.alphaValues(low: 1_638, high: 1_638)) == nil)
        #expect(chain.subnet(1).hyperparameters.alphaLow == 1_638)
        #expect(chain.subnet(1).hyperparameters.alphaHigh == 1_638)
    }

    /// Every update writes exactly its own field.
    static let updates: [HyperparameterUpdate] = [
        .tempo(7), .rho(7), .kappa(7), .maxAllowedUids(7), .maxAllowedValidators(7), .immunityPeriod(7),
        .minAllowedWeights(7), .maxWeightLimit(7), .difficulty(7), .minDifficulty(7), .maxDifficulty(7),
        .adjustmentInterval(7), .adjustmentAlpha(7), .targetRegistrationsPerInterval(7),
        .maxRegistrationsPerBlock(7),
        .bondsMovingAverage(7), .bondsPenalty(7), .activityCutoff(7), .weightsRateLimit(7),
        .weightsVersionKey(7),
        .burn(7), .minBurn(7), .maxBurn(7), .servingRateLimit(7), .stakePruningMin(7),
        .registrationAllowed(false),
        .burnRegistrationAllowed(false), .yuma3Enabled(true), .liquidAlphaEnabled(true),
        .alphaValues(low: 7, high: 8),
        .alphaSigmoidSteepness(-7), .validatorSequenceLength(7), .validatorBatchSize(7),
        .validatorEpochLength(7),
        .validatorEpochsPerReset(7), .validatorExcludeQuantile(7), .maxAllowedMaxMinRatio(7),
        .immuneOwnerUidsLimit(7),
    ]

    @Test(arguments: updates)
    func updateWritesOneField(_ update: HyperparameterUpdate) {
        var parameters = SubnetHyperparameters.finney
        update.apply(to: &parameters)
        let mirror = Mirror(reflecting: parameters)
        let original = Mirror(reflecting: SubnetHyperparameters.finney)
        let changed = zip(mirror.children, original.children).filter { "\($0.value)" != "\($1.value)" }
            .compactMap(\.0.label)
        #expect(changed.count == (update == .alphaValues(low: 7, high: 8) ? 2 : 1), "\(update): \(changed)")
        #expect(
            changed.allSatisfy { "\(update)".lowercased().hasPrefix($0.prefix(5).lowercased()) },
            "\(update): \(changed)")
    }

    /// The development genesis: Nakamoto's single 4096-uid network at netuid 0; Finney starts empty.
    @Test func developmentGenesis() {
        let nakamoto = Genesis.development(.nakamoto).state()
        #expect(Array(nakamoto.subnets.keys) == [nakamotoNetuid])
        #expect(nakamoto.subnets[nakamotoNetuid]?.hyperparameters == .nakamoto)
        #expect(nakamoto.subnets[nakamotoNetuid]?.hyperparameters.maxAllowedUids == 4_096)
        #expect(nakamoto.subnets[nakamotoNetuid]?.neurons.count == 0)
        #expect(Genesis.development(.finney).state().subnets.isEmpty)
        #expect(Genesis.development(.nakamoto) == Genesis.development(.nakamoto))
        #expect(Genesis.development(.nakamoto) != Genesis.development(.finney))
    }
}
