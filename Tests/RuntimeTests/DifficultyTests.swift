import Testing

@testable import Runtime

/// The difficulty and burn adjustment, driven through blocks as a node drives them, reproducing the
/// sequences of the chain's own tests.
@Suite struct DifficultyTests {
    typealias Chain = RegistrationChain

    /// Hotkey `i` of batch `batch` in the v3.3.0 test (hotkey0/1/2 + batch).
    static func hotkey(_ i: Int, _ batch: Int) -> AccountID { AccountID(testSeed: UInt8(1 + 10 * batch + i)) }
    /// Its coldkey.
    static func coldkey(_ i: Int, _ batch: Int) -> AccountID {
        AccountID(testSeed: UInt8(100 + 10 * batch + i))
    }

    /// The v3.3.0 mock's subnet: `add_network(netuid, tempo 1)` with the mock's initial values.
    static var finneyMockSubnet: GenesisSubnet {
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 1
        parameters.maxAllowedUids = 4
        parameters.immunityPeriod = 2
        parameters.difficulty = 10_000
        parameters.minDifficulty = 1
        parameters.maxDifficulty = .max
        parameters.maxRegistrationsPerBlock = 3
        parameters.targetRegistrationsPerInterval = 2
        parameters.adjustmentInterval = 100
        parameters.minAllowedWeights = 0
        parameters.burn = 0
        parameters.minBurn = 500_000
        parameters.maxBurn = 1_000_000_000
        return GenesisSubnet(netuid: 1, owner: Chain.subnetOwner, hyperparameters: parameters)
    }

    /// `tests/difficulty.rs::test_registration_difficulty_adjustment` (v3.3.0), every registration a
    /// real PoW solve through `Runtime.apply`.
    @Test func finneyDifficultySequence() throws {
        let netuid: NetUID = 1
        var chain = Chain(era: .finney, subnets: [Self.finneyMockSubnet])
        chain.set(netuid, .minDifficulty(10_000))
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 10_000)
        #expect(chain.subnet(netuid).lastAdjustmentBlock == 0)
        #expect(chain.subnet(netuid).registrationsThisBlock == 0)
        chain.set(netuid, .adjustmentAlpha(58_000))
        chain.set(netuid, .targetRegistrationsPerInterval(2))
        chain.set(netuid, .adjustmentInterval(100))
        chain.set(netuid, .difficulty(20_000))
        chain.set(netuid, .adjustmentInterval(1))
        chain.set(netuid, .targetRegistrationsPerInterval(1))
        chain.set(netuid, .maxRegistrationsPerBlock(3))
        chain.set(netuid, .maxAllowedUids(3))
        chain.set(netuid, .registrationAllowed(true))

        for i in 0..<3 { try register(&chain, i, 0) }
        for i in 0..<3 { #expect(chain.hotkey(at: UID(i), on: netuid) == Self.hotkey(i, 0)) }
        #expect(chain.subnet(netuid).neurons.count == 3)
        #expect(chain.subnet(netuid).registrationsThisBlock == 3)
        #expect(chain.subnet(netuid).registrationsThisInterval == 3)
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 20_000)

        chain.advance()  // block 2
        #expect(chain.subnet(netuid).registrationsThisBlock == 0)
        #expect(chain.subnet(netuid).lastAdjustmentBlock == 2)
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 40_000)  // 20000 × (3 + 1) / (1 + 1)
        #expect(chain.subnet(netuid).registrationsThisInterval == 0)

        chain.set(netuid, .adjustmentInterval(3))
        chain.set(netuid, .targetRegistrationsPerInterval(3))
        for i in 0..<3 { try register(&chain, i, 1) }
        for i in 0..<3 { #expect(chain.hotkey(at: UID(i), on: netuid) == Self.hotkey(i, 1)) }  // replaced 0, 1, 2
        #expect(chain.subnet(netuid).registrationsThisBlock == 3)
        #expect(chain.subnet(netuid).registrationsThisInterval == 3)

        chain.advance()  // block 3
        #expect(chain.subnet(netuid).lastAdjustmentBlock == 2)
        #expect(chain.subnet(netuid).registrationsThisBlock == 0)
        #expect(chain.subnet(netuid).registrationsThisInterval == 3)

        for i in 0..<3 { try register(&chain, i, 2) }
        #expect(chain.subnet(netuid).registrationsThisBlock == 3)
        chain.advance()  // block 4
        #expect(chain.subnet(netuid).registrationsThisInterval == 6)
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 40_000)
        chain.advance()  // block 5
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 60_000)  // 40000 × (6 + 3) / (3 + 3)
        #expect(chain.subnet(netuid).registrationsThisInterval == 0)

        // The minimum.
        chain.set(netuid, .minDifficulty(1))
        chain.set(netuid, .difficulty(4))
        chain.set(netuid, .adjustmentInterval(1))
        for expected: UInt64 in [2, 1, 1] {
            chain.advance()
            #expect(chain.subnet(netuid).hyperparameters.difficulty == expected)
        }

        // The maximum.
        chain.set(netuid, .maxDifficulty(10_000))
        chain.set(netuid, .difficulty(5_000))
        chain.set(netuid, .maxRegistrationsPerBlock(4))
        for i in 0..<3 { try register(&chain, i, 3) }
        try register(&chain, 2, 4)
        #expect(chain.subnet(netuid).registrationsThisInterval == 4)
        #expect(chain.subnet(netuid).hyperparameters.targetRegistrationsPerInterval == 3)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 5_833)  // 5000 × (4 + 3) / (3 + 3)

        try register(&chain, 0, 4)
        try register(&chain, 1, 4)
        try register(&chain, 2, 4)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 5_833)  // at target, PoW only: burn moves
    }

    /// Registers hotkey (i, batch) by PoW and expects success.
    func register(_ chain: inout Chain, _ i: Int, _ batch: Int) throws {
        let events = try chain.registerPow(
            netuid: 1, hotkey: Self.hotkey(i, batch), coldkey: Self.coldkey(i, batch))
        #expect(Chain.failure(of: events) == nil, "hotkey \(i) of batch \(batch): \(events)")
    }

    /// `tests/registration.rs::test_burn_adjustment` (v3.3.0): two burned registrations over a target
    /// of one raise the burn to 1.5× (the chain checks ±1000 rao; the exact value is 765_000).
    @Test func finneyBurnAdjustment() throws {
        let netuid: NetUID = 1
        let initialBurn: Rao = 500_000 + 10_000
        var subnet = Self.finneyMockSubnet
        subnet.hyperparameters.tempo = 13
        let keys = [AccountID(testSeed: 1), AccountID(testSeed: 2)]
        var chain = Chain(era: .finney, subnets: [subnet])
        chain.set(netuid, .burn(initialBurn))
        chain.set(netuid, .adjustmentInterval(1))
        chain.set(netuid, .adjustmentAlpha(58_000))
        chain.set(netuid, .targetRegistrationsPerInterval(1))
        for key in keys {
            let events = try chain.apply(.registration(.burnedRegister(netuid: netuid, hotkey: key)), by: key)
            #expect(Chain.failure(of: events) == nil)
        }
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.burn == 765_000)
        #expect(chain.events.contains(.registration(.burnSet(netuid: netuid, burn: 765_000))))
        // Burned registrations only: the difficulty is left alone.
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 10_000)
    }

    /// The 2022 `tests/registration.rs::test_difficulty_adjustment`: double over target, halve
    /// otherwise, floored at the minimum (10_000 in its mock). Shifted one block later (the chain test
    /// registers in block 0).
    @Test func nakamotoDifficultySequence() throws {
        var parameters = SubnetHyperparameters.nakamoto
        parameters.difficulty = 10_000
        parameters.minDifficulty = 10_000
        parameters.maxDifficulty = .max / 4
        parameters.adjustmentInterval = 100
        parameters.maxRegistrationsPerBlock = 2
        parameters.targetRegistrationsPerInterval = 2
        parameters.immunityPeriod = 2
        parameters.maxAllowedUids = 100
        let netuid = nakamotoNetuid
        var chain = Chain(
            era: .nakamoto,
            subnets: [GenesisSubnet(netuid: netuid, owner: Chain.subnetOwner, hyperparameters: parameters)])
        chain.set(netuid, .adjustmentInterval(1))
        chain.set(netuid, .targetRegistrationsPerInterval(1))
        chain.set(netuid, .difficulty(1))

        // The chain test's start nonces: the 2022 seal does not cover the hotkey, so two solves from
        // the same nonce would find the same (then repeated) work.
        let startNonces: [UInt64] = [1_243_324, 2_521_352, 2_413, 1_252_352_313, 124_124, 123_123_124_124]
        var next = 0
        func registerTwo(_ chain: inout Chain) throws {
            for _ in 0..<2 {
                let events = try chain.registerPow(
                    netuid: netuid, hotkey: Chain.hotkey(next), coldkey: Chain.coldkey(next),
                    start: startNonces[next])
                #expect(Chain.failure(of: events) == nil)
                next += 1
            }
        }
        try registerTwo(&chain)
        #expect(chain.subnet(netuid).registrationsThisInterval == 2)
        #expect(chain.subnet(netuid).registrationsThisBlock == 2)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 2)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 10_000)
        try registerTwo(&chain)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 20_000)
        try registerTwo(&chain)
        chain.advance()
        #expect(chain.subnet(netuid).hyperparameters.difficulty == 40_000)
        for expected: UInt64 in [20_000, 10_000, 10_000, 10_000] {
            chain.advance()
            #expect(chain.subnet(netuid).hyperparameters.difficulty == expected)
        }
    }

    /// `upgraded_difficulty` / `upgraded_burn` on single values: the chain test's steps, the clamps,
    /// a zero target, and the 0.97 alpha of new v3.3.0 networks.
    static let adjustmentCases:
        [(
            current: UInt64, registrations: UInt16, target: UInt16, alpha: UInt64, min: UInt64, max: UInt64,
            expected: UInt64
        )] = [
            (20_000, 3, 1, 0, 1, .max, 40_000),
            (40_000, 6, 3, 0, 1, .max, 60_000),
            (4, 0, 1, 0, 1, .max, 2),
            (2, 0, 1, 0, 1, .max, 1),
            (1, 0, 1, 0, 1, .max, 1),
            (5_000, 4, 3, 0, 1, 10_000, 5_833),
            (9_000, 9, 3, 0, 1, 10_000, 10_000),
            (510_000, 2, 1, 58_000, 500_000, 1_000_000_000, 765_000),
            (10_000_000, 3, 2, 17_893_341_751_498_265_066, 10_000_000, .max / 4, 10_075_006),
            (10_000_000, 0, 2, 17_893_341_751_498_265_066, 1, .max / 4, 9_849_987),
            (100_000_000, 5, 2, 17_893_341_751_498_265_066, 500_000, 100 * raoPerTao, 102_250_194),
            (10_000_000, 8, 0, 0, 1, .max / 4, 1),
            (10_000_000, 8, 0, 1 << 63, 1, .max / 4, 5_000_000),
            (.max, UInt16.max, UInt16.max, 0, 1, .max, .max),
        ]

    @Test(arguments: adjustmentCases)
    func adjusted(
        current: UInt64, registrations: UInt16, target: UInt16, alpha: UInt64, min: UInt64, max: UInt64,
        expected: UInt64
    ) {
        let next = Registration.adjusted(
            current, registrations: registrations, target: target, alpha: alpha, min: min, max: max)
        #expect(next == expected)
    }

    /// Which of difficulty and burn move, for the six cases (A–F) of `adjust_registration_terms_for_networks`.
    static let caseTable: [(pow: UInt16, burned: UInt16, difficultyMoves: Bool, burnMoves: Bool)] = [
        (3, 1, true, false),  // A: over target, mostly PoW
        (1, 3, false, true),  // B: over target, mostly burn
        (2, 2, true, true),  // F: over target, tie
        (1, 0, false, true),  // C: under target, mostly PoW
        (0, 1, true, false),  // D: under target, mostly burn
        (0, 0, true, true),  // E: under target, tie
    ]

    @Test(arguments: caseTable)
    func finneyCases(pow: UInt16, burned: UInt16, difficultyMoves: Bool, burnMoves: Bool) {
        var subnet = Subnet(
            netuid: 1, owner: Chain.subnetOwner, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
        subnet.hyperparameters.difficulty = 20_000_000
        subnet.hyperparameters.burn = 200_000_000
        subnet.hyperparameters.targetRegistrationsPerInterval = 2
        subnet.powRegistrationsThisInterval = pow
        subnet.burnRegistrationsThisInterval = burned
        subnet.registrationsThisInterval = pow + burned
        let before = subnet.hyperparameters
        _ = Registration.adjustFinney(&subnet)
        #expect((subnet.hyperparameters.difficulty != before.difficulty) == difficultyMoves)
        #expect((subnet.hyperparameters.burn != before.burn) == burnMoves)
    }
}
