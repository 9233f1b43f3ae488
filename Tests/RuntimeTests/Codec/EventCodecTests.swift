import Testing

@testable import Runtime

/// Every event and every dispatch error round-trips with its frozen pallet and variant index.
@Suite struct EventCodecTests {
    static let alice = AccountID(testSeed: 1)
    static let bob = AccountID(testSeed: 2)

    /// Every event case with its expected pallet and event index.
    static let events: [(Event, pallet: UInt8, index: UInt8)] = [
        (.extrinsicSucceeded(signer: alice, nonce: 4), 0, 0),
        (.extrinsicFailed(signer: alice, nonce: 4, error: .staking(.invalidTake)), 0, 1),
        (.balances(.transferred(from: alice, to: bob, amount: 1)), 1, 0),
        (.balances(.endowed(account: bob, freeBalance: 500)), 1, 1),
        (.balances(.dustLost(account: bob, amount: 3)), 1, 2),
        (.balances(.feePaid(account: alice, amount: 125_000)), 1, 3),
        (.sudo(.keyChanged(old: nil, new: bob)), 2, 0),
        (.sudo(.keyChanged(old: alice, new: bob)), 2, 0),
        (.sudo(.minted(account: bob, amount: 9)), 2, 1),
        (.subnets(.networkAdded(netuid: 3, owner: alice, lockedRao: 100)), 3, 0),
        (.subnets(.hyperparameterSet(netuid: 3, .yuma3Enabled(true))), 3, 1),
        (.registration(.neuronRegistered(netuid: 1, uid: 7, hotkey: bob)), 4, 0),
        (.registration(.registrationBurned(netuid: 1, coldkey: alice, amount: 2)), 4, 1),
        (.registration(.stakeRefunded(hotkey: bob, coldkey: alice, amount: 3)), 4, 2),
        (.registration(.difficultySet(netuid: 1, difficulty: 10_000)), 4, 3),
        (.registration(.burnSet(netuid: 1, burn: 5)), 4, 4),
        (.staking(.stakeAdded(hotkey: bob, amount: 1)), 5, 0),
        (.staking(.stakeRemoved(hotkey: bob, amount: 1)), 5, 1),
        (.staking(.delegateAdded(coldkey: alice, hotkey: bob, take: 11_796)), 5, 2),
        (.staking(.takeDecreased(coldkey: alice, hotkey: bob, take: 1)), 5, 3),
        (.staking(.takeIncreased(coldkey: alice, hotkey: bob, take: 2)), 5, 4),
        (.staking(.parameterSet(.minTake(0))), 5, 5),
        (.staking(.nominationCleared(hotkey: bob, coldkey: alice, amount: 7)), 5, 6),
        (.weights(.weightsSet(netuid: 1, uid: 2)), 6, 0),
        (.serving(.axonServed(netuid: 1, hotkey: bob)), 7, 0),
        (.serving(.prometheusServed(netuid: 1, hotkey: bob)), 7, 1),
        (.emission(.epochRan(netuid: 1, block: 360, emission: 1_000)), 8, 0),
        (.emission(.epochSkipped(netuid: 1, block: 360)), 8, 1),
        (.emission(.emissionPaid(netuid: 1, amount: 1)), 8, 2),
        (.emission(.nakamotoStepRan(netuid: 0, block: 100, emission: 1)), 8, 3),
        (.emission(.nakamotoStepFailed(netuid: 0, block: 100, reason: "division by zero")), 8, 4),
        (.emission(.emissionValuesSet(netuids: [1, 2], values: [3, 4])), 8, 5),
        (.emission(.emissionValuesReset), 8, 6),
        (.emission(.subnetOwnerCutSet(11_796)), 8, 7),
    ]

    @Test(arguments: events)
    func eventRoundTrips(event: Event, pallet: UInt8, index: UInt8) throws {
        #expect(event.palletIndex == pallet)
        #expect(Array(event.encoded().prefix(2)) == [pallet, index])
        try CodecCase("\(event)", event).checkAll()
    }

    /// Every dispatch error with its expected pallet and error index.
    static let errors: [(DispatchError, pallet: UInt8, index: UInt8)] =
        [
            (.badNonce(expected: 1, found: 2), 0, 0), (.cannotPayFee(balance: 1, fee: 2), 0, 1),
            (.arithmeticOverflow, 0, 2),
        ]
        + [BalancesError.insufficientBalance, .keepAliveViolated, .existentialDepositNotMet, .zeroAmount]
        .enumerated().map { (.balances($1), 1, UInt8($0)) }
        + [(.sudo(.requireSudo), 2, 0)]
        + [
            SubnetsError.subnetNotExists, .notAvailableInEra, .nonAssociatedColdKey,
            .networkTxRateLimitExceeded,
            .notEnoughBalanceToPayLockCost, .subnetLimitReached, .maxAllowedUidsLessThanCurrentUids,
            .maxAllowedUidsGreaterThanLimit, .maxValidatorsLargerThanMaxUids, .activityCutoffTooLow,
            .valueNotInBounds, .liquidAlphaDisabled, .alphaHighTooLow, .alphaLowOutOfRange,
            .storageValueOutOfRange, .invalidValue,
        ].enumerated().map { (.subnets($1), 3, UInt8($0)) }
        + [
            RegistrationError.subnetNotExists, .notAvailableInEra, .transactorAccountShouldBeHotKey,
            .subNetRegistrationDisabled, .tooManyRegistrationsThisBlock, .tooManyRegistrationsThisInterval,
            .hotKeyAlreadyRegisteredInSubNet, .invalidWorkBlock, .workRepeated, .invalidDifficulty,
            .invalidSeal,
            .nonAssociatedColdKey, .noNeuronIdAvailable, .notEnoughBalanceToBurn,
        ].enumerated().map { (.registration($1), 4, UInt8($0)) }
        + [
            StakingError.notRegistered, .nonAssociatedColdKey, .notEnoughBalanceToStake,
            .balanceWithdrawalError,
            .notEnoughStakeToWithdraw, .stakeRateLimitExceeded, .unstakeRateLimitExceeded,
            .nomStakeBelowMinimumThreshold, .alreadyDelegate, .txRateLimitExceeded, .invalidTake,
            .delegationNotAvailableInNakamoto, .requireSudo,
        ].enumerated().map { (.staking($1), 5, UInt8($0)) }
        + [
            WeightsError.weightValueExceedsU16, .canNotSetRootNetworkWeights, .weightVecNotEqualSize,
            .subnetDoesNotExist, .uidsLengthExceedUidsInSubNet, .hotKeyNotRegisteredInSubNet,
            .notEnoughStakeToSetWeights, .incorrectWeightVersionKey, .settingWeightsTooFast,
            .neuronNoValidatorPermit, .duplicateUids, .uidVecContainInvalidOne, .weightVecLengthIsLow,
            .maxWeightExceeded,
        ].enumerated().map { (.weights($1), 6, UInt8($0)) }
        + [
            ServingError.hotKeyNotRegisteredInNetwork, .hotKeyNotRegisteredInSubNet, .invalidIpType,
            .invalidIpAddress, .invalidPort, .servingRateLimitExceeded, .invalidModality,
        ].enumerated().map { (.serving($1), 7, UInt8($0)) }
        + [
            (.emission(.emissionValuesDoNotMatchNetworks), 8, 0),
            (.emission(.emissionValuesExceedBlockEmission(sum: 2, blockEmission: 1)), 8, 1),
        ]

    @Test(arguments: errors)
    func errorRoundTrips(error: DispatchError, pallet: UInt8, index: UInt8) throws {
        #expect(error.palletIndex == pallet)
        #expect(Array(error.encoded().prefix(2)) == [pallet, index])
        try CodecCase("\(error)", error).checkAll()
        try CodecCase("failed \(error)", Event.extrinsicFailed(signer: Self.bob, nonce: 1, error: error))
            .checkAll()
    }

    /// The first unused index of each pallet's errors.
    static let firstUnusedErrorIndex: [(pallet: UInt8, index: UInt8)] = [
        (0, 3), (1, 4), (2, 1), (3, 16), (4, 14), (5, 13), (6, 14), (7, 7), (8, 2),
    ]

    @Test(arguments: firstUnusedErrorIndex)
    func unknownErrorIsRefused(pallet: UInt8, index: UInt8) {
        for unused in index...UInt8.max {
            #expect(throws: CodecError.self) { try DispatchError(decoding: [pallet, unused]) }
        }
        #expect(throws: CodecError.self) { try DispatchError(decoding: [9, 0]) }
    }

    @Test func unknownEventIsRefused() {
        for pallet in UInt8(9)...UInt8.max {
            #expect(throws: CodecError(.unknownVariant(index: UInt64(pallet)), reading: "Event", at: 0)) {
                try Event(decoding: [pallet, 0])
            }
        }
        #expect(throws: CodecError(.unknownVariant(index: 2), reading: "Event.system", at: 1)) {
            try Event(decoding: [0, 2])
        }
    }
}
