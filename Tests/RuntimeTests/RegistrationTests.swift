import Testing

@testable import Runtime

/// Proof-of-work and burned registration through the runtime: every precondition in the chain's
/// order, what a success writes, and that a failure leaves only the fee and nonce.
@Suite struct RegistrationTests {
    typealias Chain = RegistrationChain

    static let netuid: NetUID = 1
    static let hotkey = Chain.hotkey(0)
    static let coldkey = Chain.coldkey(0)
    static let other = Chain.coldkey(1)

    /// A Finney chain at block 5 with subnet 1 at a low difficulty (so the solver is instant).
    static func finney() -> Chain {
        var parameters = SubnetHyperparameters.finney
        parameters.difficulty = 50
        parameters.minDifficulty = 1
        parameters.tempo = 1_000
        var chain = Chain(
            era: .finney,
            subnets: [GenesisSubnet(netuid: netuid, owner: Chain.subnetOwner, hyperparameters: parameters)])
        chain.advance(4)
        return chain
    }

    /// The Nakamoto chain at block 5 with its network at a low difficulty.
    static func nakamoto() -> Chain {
        var chain = Chain(era: .nakamoto, subnets: [.nakamoto(owner: Chain.subnetOwner)])
        chain.set(nakamotoNetuid, .difficulty(50))
        chain.advance(4)
        return chain
    }

    /// A failing registration and the error the chain gives.
    struct Failure: Sendable, CustomTestStringConvertible {
        let name: String
        let era: Era
        let error: RegistrationError
        /// Sets the chain up and returns the call and its signer.
        let prepare: @Sendable (inout Chain) -> (call: RegistrationCall, signer: AccountID)
        var testDescription: String { name }
    }

    /// A PoW call for `hotkey` solved on `block` (default: current), submitted as `submittedBlock`.
    static func pow(
        _ chain: Chain, netuid: NetUID = netuid, hotkey: AccountID = hotkey, coldkey: AccountID = coldkey,
        block: BlockNumber? = nil, submittedBlock: BlockNumber? = nil, start: UInt64 = 0
    ) -> RegistrationCall {
        let solved = block ?? chain.state.blockNumber
        let (nonce, work) = chain.solve(
            netuid: chain.state.subnets[netuid] == nil ? Self.netuid : netuid, hotkey: hotkey,
            blockNumber: solved, start: start)
        return .register(
            netuid: netuid, blockNumber: submittedBlock ?? solved, nonce: nonce, work: work, hotkey: hotkey,
            coldkey: coldkey)
    }

    static let failures: [Failure] = [
        // Finney PoW, in the order of v3.3.0 `do_registration`.
        Failure(name: "signed by the coldkey", era: .finney, error: .transactorAccountShouldBeHotKey) {
            chain in
            (pow(chain), coldkey)
        },
        Failure(name: "no such subnet", era: .finney, error: .subnetNotExists) { chain in
            (pow(chain, netuid: 9), hotkey)
        },
        Failure(name: "PoW closed", era: .finney, error: .subNetRegistrationDisabled) { chain in
            chain.set(netuid, .registrationAllowed(false))
            return (pow(chain), hotkey)
        },
        Failure(name: "block full", era: .finney, error: .tooManyRegistrationsThisBlock) { chain in
            chain.state.subnets[netuid]?.registrationsThisBlock = 1
            return (pow(chain), hotkey)
        },
        Failure(name: "interval full (3 × target)", era: .finney, error: .tooManyRegistrationsThisInterval) {
            chain in
            chain.state.subnets[netuid]?.registrationsThisInterval = 6
            return (pow(chain), hotkey)
        },
        Failure(
            name: "already registered (before the work block)", era: .finney,
            error: .hotKeyAlreadyRegisteredInSubNet
        ) { chain in
            _ = chain.state.subnets[netuid]?.neurons.append(hotkey: hotkey, at: 1)
            return (pow(chain, submittedBlock: 100), hotkey)
        },
        Failure(name: "work on a future block", era: .finney, error: .invalidWorkBlock) { chain in
            (pow(chain, submittedBlock: chain.state.blockNumber + 1), hotkey)
        },
        Failure(name: "work three blocks old", era: .finney, error: .invalidWorkBlock) { chain in
            (pow(chain, block: chain.state.blockNumber - 3), hotkey)
        },
        Failure(name: "work under the difficulty", era: .finney, error: .invalidDifficulty) { chain in
            let call = pow(chain)
            chain.set(netuid, .difficulty(.max))
            return (call, hotkey)
        },
        Failure(name: "work of another block", era: .finney, error: .invalidSeal) { chain in
            chain.set(netuid, .difficulty(1))
            return (
                pow(chain, block: chain.state.blockNumber - 1, submittedBlock: chain.state.blockNumber),
                hotkey
            )
        },
        Failure(name: "work of another hotkey", era: .finney, error: .invalidSeal) { chain in
            chain.set(netuid, .difficulty(1))
            guard
                case .register(let netuid, let block, let nonce, let work, _, _) = pow(
                    chain, hotkey: Chain.hotkey(5))
            else {
                return (pow(chain), hotkey)
            }
            return (
                .register(
                    netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: hotkey,
                    coldkey: coldkey), hotkey
            )
        },
        Failure(name: "work of 31 bytes", era: .finney, error: .invalidDifficulty) { chain in
            (
                .register(
                    netuid: netuid, blockNumber: chain.state.blockNumber, nonce: 0,
                    work: [UInt8](repeating: 0, count: 31),
                    hotkey: hotkey, coldkey: coldkey), hotkey
            )
        },
        Failure(name: "hotkey owned by another coldkey", era: .finney, error: .nonAssociatedColdKey) {
            chain in
            chain.state.staking.owner[hotkey] = other
            return (pow(chain), hotkey)
        },
        Failure(name: "no uid at all", era: .finney, error: .noNeuronIdAvailable) { chain in
            chain.set(netuid, .maxAllowedUids(0))
            return (pow(chain), hotkey)
        },
        // Nakamoto PoW, in the order of the 2022 `do_registration`.
        Failure(name: "2022: block full", era: .nakamoto, error: .tooManyRegistrationsThisBlock) { chain in
            chain.state.subnets[nakamotoNetuid]?.registrationsThisBlock = 2
            return (pow(chain, netuid: nakamotoNetuid), hotkey)
        },
        Failure(name: "2022: already registered", era: .nakamoto, error: .hotKeyAlreadyRegisteredInSubNet) {
            chain in
            _ = chain.state.subnets[nakamotoNetuid]?.neurons.append(hotkey: hotkey, at: 1)
            return (pow(chain, netuid: nakamotoNetuid, submittedBlock: 100), hotkey)
        },
        Failure(name: "2022: work on a future block", era: .nakamoto, error: .invalidWorkBlock) { chain in
            (pow(chain, netuid: nakamotoNetuid, submittedBlock: chain.state.blockNumber + 1), hotkey)
        },
        Failure(name: "2022: repeated work (before the difficulty)", era: .nakamoto, error: .workRepeated) {
            chain in
            let call = pow(chain, netuid: nakamotoNetuid)
            if case .register(_, _, _, let work, _, _) = call { chain.state.registration.usedWork[work] = 1 }
            chain.set(nakamotoNetuid, .difficulty(.max))
            return (call, hotkey)
        },
        Failure(name: "2022: work under the difficulty", era: .nakamoto, error: .invalidDifficulty) { chain in
            let call = pow(chain, netuid: nakamotoNetuid)
            chain.set(nakamotoNetuid, .difficulty(.max))
            return (call, hotkey)
        },
        Failure(name: "2022: work of another block", era: .nakamoto, error: .invalidSeal) { chain in
            chain.set(nakamotoNetuid, .difficulty(1))
            return (
                pow(
                    chain, netuid: nakamotoNetuid, block: chain.state.blockNumber - 1,
                    submittedBlock: chain.state.blockNumber), hotkey
            )
        },
        Failure(name: "2022: no burned registration", era: .nakamoto, error: .notAvailableInEra) { _ in
            (.burnedRegister(netuid: nakamotoNetuid, hotkey: hotkey), coldkey)
        },
        // Finney burned registration, in the order of v3.3.0 `do_burned_registration`.
        Failure(name: "burn: no such subnet", era: .finney, error: .subnetNotExists) { _ in
            (.burnedRegister(netuid: 9, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: closed", era: .finney, error: .subNetRegistrationDisabled) { chain in
            chain.set(netuid, .burnRegistrationAllowed(false))
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: block full", era: .finney, error: .tooManyRegistrationsThisBlock) { chain in
            chain.state.subnets[netuid]?.registrationsThisBlock = 1
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: interval full", era: .finney, error: .tooManyRegistrationsThisInterval) {
            chain in
            chain.state.subnets[netuid]?.registrationsThisInterval = 6
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: already registered", era: .finney, error: .hotKeyAlreadyRegisteredInSubNet) {
            chain in
            _ = chain.state.subnets[netuid]?.neurons.append(hotkey: hotkey, at: 1)
            chain.set(netuid, .burn(.max))
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: cannot pay (before ownership)", era: .finney, error: .notEnoughBalanceToBurn) {
            chain in
            chain.set(netuid, .burn(2_000 * raoPerTao))
            chain.state.staking.owner[hotkey] = other
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: hotkey owned by another coldkey", era: .finney, error: .nonAssociatedColdKey) {
            chain in
            chain.state.staking.owner[hotkey] = other
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
        Failure(name: "burn: no uid at all", era: .finney, error: .noNeuronIdAvailable) { chain in
            chain.set(netuid, .maxAllowedUids(0))
            return (.burnedRegister(netuid: netuid, hotkey: hotkey), coldkey)
        },
    ]

    /// Each failure is the expected error, and the state is the one before plus fee and nonce only.
    @Test(arguments: failures)
    func failureChangesOnlyFeeAndNonce(_ failure: Failure) throws {
        var chain = failure.era == .finney ? Self.finney() : Self.nakamoto()
        let (call, signer) = failure.prepare(&chain)
        let before = chain.state
        let events = try chain.apply(.registration(call), by: signer)
        #expect(Chain.failure(of: events) == .registration(failure.error))
        var expected = before
        expected.accounts[signer]?.free -= Chain.fee
        expected.accounts[signer]?.nonce += 1
        expected.totalIssuance -= Chain.fee
        expected.totalRecycled += Chain.fee
        #expect(chain.state == expected)
    }

    /// A real solve at difficulty 50 registers the hotkey at uid 0 and pairs it with the coldkey.
    @Test func powRegistrationOnRecentBlocks() throws {
        var chain = Self.finney()
        let events = try chain.apply(.registration(Self.pow(chain)), by: Self.hotkey)
        #expect(
            events.contains(
                .registration(.neuronRegistered(netuid: Self.netuid, uid: 0, hotkey: Self.hotkey))))
        #expect(chain.state.staking.owner[Self.hotkey] == Self.coldkey)
        let subnet = chain.subnet(Self.netuid)
        #expect(subnet.neurons.uidOfHotkey[Self.hotkey] == 0)
        #expect(subnet.neurons.blockAtRegistration == [5])
        #expect(subnet.neurons.lastUpdate == [5])
        #expect(subnet.registrationsThisBlock == 1)
        #expect(subnet.registrationsThisInterval == 1)
        #expect(subnet.powRegistrationsThisInterval == 1)
        #expect(chain.state.registration.usedWork.count == 1)

        // Work on the block two back is still good; the owner may register a second hotkey.
        chain.advance()
        let second = Chain.hotkey(1)
        let call = Self.pow(chain, hotkey: second, block: chain.state.blockNumber - 2)
        let more = try chain.apply(.registration(call), by: second)
        #expect(more.contains(.registration(.neuronRegistered(netuid: Self.netuid, uid: 1, hotkey: second))))
    }

    /// The seal is checked against the recorded block hash and the hotkey: the chain's own seal.
    @Test func sealMatchesTheHashingRule() {
        let chain = Self.finney()
        let block = chain.state.blockNumber - 1
        let (nonce, work) = chain.solve(netuid: Self.netuid, hotkey: Self.hotkey, blockNumber: block)
        #expect(
            Registration.seal(nonce: nonce, blockNumber: block, hotkey: Self.hotkey, state: chain.state)
                == work)
        #expect(Registration.blockHash(block, state: chain.state) == Chain.hash(of: block))
        #expect(
            Registration.blockHash(chain.state.blockNumber, state: chain.state)
                == [UInt8](repeating: 0, count: 32))
    }

    /// Nakamoto: anyone may submit (no signer check), the neuron starts with a self-weight, the
    /// coldkey is recorded, and the same work cannot be used twice.
    @Test func nakamotoRegistration() throws {
        var chain = Self.nakamoto()
        let relayer = Chain.coldkey(9)
        let call = Self.pow(chain, netuid: nakamotoNetuid)
        let events = try chain.apply(.registration(call), by: relayer)
        #expect(
            events.contains(
                .registration(.neuronRegistered(netuid: nakamotoNetuid, uid: 0, hotkey: Self.hotkey))))
        let neurons = chain.subnet(nakamotoNetuid).neurons
        #expect(neurons.weights[0] == [WeightEntry(uid: 0, value: .max)])
        #expect(chain.state.staking.owner[Self.hotkey] == Self.coldkey)
        // No interval limit in 2022.
        chain.state.subnets[nakamotoNetuid]?.registrationsThisInterval = 100
        guard case .register(let netuid, let block, let nonce, let work, _, _) = call else { return }
        let repeated = RegistrationCall.register(
            netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: Chain.hotkey(1),
            coldkey: Self.coldkey)
        #expect(
            Chain.failure(of: try chain.apply(.registration(repeated), by: relayer))
                == .registration(.workRepeated))
        let fresh = Self.pow(chain, netuid: nakamotoNetuid, hotkey: Chain.hotkey(1), start: nonce + 1)
        #expect(Chain.failure(of: try chain.apply(.registration(fresh), by: relayer)) == nil)
    }

    /// Burned registration: the burn leaves the coldkey and `totalIssuance` and is counted as recycled.
    @Test func burnedRegistrationRecyclesTheBurn() throws {
        var chain = Self.finney()
        let burn = chain.subnet(Self.netuid).hyperparameters.burn
        let before = chain.state
        let events = try chain.apply(
            .registration(.burnedRegister(netuid: Self.netuid, hotkey: Self.hotkey)), by: Self.coldkey)
        #expect(
            events.contains(
                .registration(.registrationBurned(netuid: Self.netuid, coldkey: Self.coldkey, amount: burn))))
        #expect(
            events.contains(
                .registration(.neuronRegistered(netuid: Self.netuid, uid: 0, hotkey: Self.hotkey))))
        #expect(chain.state.balance(of: Self.coldkey) == before.balance(of: Self.coldkey) - burn - Chain.fee)
        #expect(chain.state.totalIssuance == before.totalIssuance - burn - Chain.fee)
        #expect(chain.state.totalRecycled == before.totalRecycled + burn + Chain.fee)
        #expect(chain.subnet(Self.netuid).recycledForRegistration == burn)
        #expect(chain.subnet(Self.netuid).burnRegistrationsThisInterval == 1)
        #expect(chain.subnet(Self.netuid).powRegistrationsThisInterval == 0)
        #expect(chain.state.staking.owner[Self.hotkey] == Self.coldkey)
        #expect(
            chain.state.totalIssuance == chain.state.accounts.values.reduce(0) { $0 + $1.free }
                + chain.state.staking.totalStake)
    }

    /// v3.3.0 `test_registration_too_many_registrations_per_interval`: with 11 per block and a target
    /// of 3, nine registrations pass and the tenth is refused; the count survives the block and is
    /// reset by the next adjustment.
    @Test func perIntervalLimitIsThreeTimesTheTarget() throws {
        var chain = Self.finney()
        chain.set(Self.netuid, .maxRegistrationsPerBlock(11))
        chain.set(Self.netuid, .targetRegistrationsPerInterval(3))
        chain.set(Self.netuid, .maxAllowedUids(64))
        chain.set(Self.netuid, .adjustmentInterval(3))
        chain.state.subnets[Self.netuid]?.lastAdjustmentBlock = chain.state.blockNumber
        for index in 0..<10 {
            let key = Chain.hotkey(index)
            let events = try chain.apply(
                .registration(Self.pow(chain, hotkey: key, coldkey: Chain.coldkey(index))), by: key)
            #expect(
                Chain.failure(of: events)
                    == (index < 9 ? nil : .registration(.tooManyRegistrationsThisInterval)), "\(index)")
        }
        chain.advance()
        let key = Chain.hotkey(10)
        let refused = try chain.apply(
            .registration(Self.pow(chain, hotkey: key, coldkey: Chain.coldkey(10))), by: key)
        #expect(Chain.failure(of: refused) == .registration(.tooManyRegistrationsThisInterval))
        chain.advance(2)
        #expect(chain.subnet(Self.netuid).registrationsThisInterval == 0)
        let accepted = try chain.apply(
            .registration(Self.pow(chain, hotkey: key, coldkey: Chain.coldkey(10))), by: key)
        #expect(Chain.failure(of: accepted) == nil)
    }

    /// The per-block limit resets at the next block (v3.3.0 `test_registration_too_many_registrations_per_block`).
    @Test func perBlockLimitResetsNextBlock() throws {
        var chain = Self.finney()
        chain.set(Self.netuid, .maxRegistrationsPerBlock(2))
        for index in 0..<3 {
            let key = Chain.hotkey(index)
            let events = try chain.apply(
                .registration(Self.pow(chain, hotkey: key, coldkey: Chain.coldkey(index))), by: key)
            #expect(
                Chain.failure(of: events) == (index < 2 ? nil : .registration(.tooManyRegistrationsThisBlock))
            )
        }
        chain.advance()
        let key = Chain.hotkey(2)
        let events = try chain.apply(
            .registration(Self.pow(chain, hotkey: key, coldkey: Chain.coldkey(2))), by: key)
        #expect(Chain.failure(of: events) == nil)
    }
}

/// Thousands of random registrations, valid and invalid, with random limit changes and blocks:
/// after every step the uid tables stay consistent, no subnet holds more uids than its limit, and
/// issuance is free balances plus stake plus locks.
@Suite struct RegistrationInvariantTests {
    typealias Chain = RegistrationChain

    /// SplitMix64, so every run is the same.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    @Test(arguments: Era.allCases)
    func randomRegistrations(era: Era) throws {
        var random = Random(state: era == .finney ? 1 : 2)
        var parameters: SubnetHyperparameters = era == .finney ? .finney : .nakamoto
        parameters.maxAllowedUids = 6
        parameters.immunityPeriod = 3
        parameters.difficulty = 20
        parameters.minDifficulty = 5
        parameters.maxDifficulty = 200
        parameters.maxRegistrationsPerBlock = 3
        parameters.targetRegistrationsPerInterval = 2
        parameters.adjustmentInterval = 4
        parameters.burn = 1_000
        parameters.minBurn = 500
        parameters.maxBurn = 100_000
        parameters.tempo = 7
        parameters.stakePruningMin = 100
        let netuids: [NetUID] = era == .finney ? [1, 2] : [nakamotoNetuid]
        var chain = Chain(
            era: era,
            subnets: netuids.map {
                GenesisSubnet(netuid: $0, owner: Chain.subnetOwner, hyperparameters: parameters)
            })
        let hotkeys = (0..<24).map(Chain.hotkey)
        let coldkeys = (0..<8).map(Chain.coldkey)
        var registrations = 0

        for step in 0..<2_500 {
            let netuid = random.below(10) == 0 ? NetUID(9) : netuids[random.below(netuids.count)]
            let index = random.below(hotkeys.count)
            let hotkey = hotkeys[index]
            // Mostly the hotkey's own coldkey, sometimes another (which Finney refuses).
            let coldkey = coldkeys[
                random.below(5) == 0 ? random.below(coldkeys.count) : index % coldkeys.count]
            switch random.below(10) {
            case 0...3:
                let back = BlockNumber(random.below(4))
                let block = chain.state.blockNumber >= back ? chain.state.blockNumber - back : 0
                let start = random.next() >> 16
                var (nonce, work) = chain.solve(
                    netuid: netuid, hotkey: hotkey, blockNumber: block, start: start)
                if random.below(5) == 0, !work.isEmpty { work[random.below(32)] ^= 1 }
                if random.below(8) == 0 { nonce &+= 1 }
                let signer = random.below(6) == 0 ? coldkey : hotkey
                let call = RegistrationCall.register(
                    netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: hotkey,
                    coldkey: coldkey)
                if Chain.failure(of: try chain.apply(.registration(call), by: signer)) == nil {
                    registrations += 1
                }
            case 4...5:
                let events = try chain.apply(
                    .registration(.burnedRegister(netuid: netuid, hotkey: hotkey)), by: coldkey)
                if Chain.failure(of: events) == nil { registrations += 1 }
            case 6:
                let updates: [HyperparameterUpdate] = [
                    .maxAllowedUids(UInt16(random.below(9))), .immunityPeriod(UInt16(random.below(6))),
                    .maxRegistrationsPerBlock(UInt16(random.below(4))),
                    .difficulty(UInt64(1 + random.below(100))),
                    .burn(Rao(random.below(5_000))), .targetRegistrationsPerInterval(UInt16(random.below(4))),
                ]
                try chain.apply(
                    .subnets(.sudoSetHyperparameter(netuid: netuid, updates[random.below(updates.count)])),
                    by: Chain.sudo)
            case 7:
                // Stake minted onto a hotkey, as emission would (issuance rises with it).
                let amount = Rao(1 + random.below(500))
                chain.state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
                chain.state.totalIssuance += amount
            default:
                chain.advance(1 + random.below(2))
            }
            try checkInvariants(chain.state, step: step)
        }
        #expect(registrations > 100)
    }

    func checkInvariants(_ state: ChainState, step: Int) throws {
        for subnet in state.subnets.values {
            let neurons = subnet.neurons
            let count = neurons.count
            try #require(
                count <= Int(subnet.hyperparameters.maxAllowedUids),
                "step \(step): netuid \(subnet.netuid) over its limit")
            try #require(neurons.uidOfHotkey.count == count, "step \(step)")
            for (hotkey, uid) in neurons.uidOfHotkey {
                try #require(neurons.hotkeys[Int(uid)] == hotkey, "step \(step)")
            }
            let columns = [
                neurons.blockAtRegistration.count, neurons.lastUpdate.count, neurons.validatorPermit.count,
                neurons.weights.count,
                neurons.bonds.count, neurons.axons.count, neurons.prometheus.count, neurons.terms.count,
            ]
            try #require(columns.allSatisfy { $0 == count }, "step \(step): \(columns)")
            for (hotkey, _) in neurons.uidOfHotkey {
                try #require(state.staking.owner[hotkey] != nil, "step \(step)")
            }
        }
        let staked = state.staking.stake.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        try #require(staked == state.staking.totalStake, "step \(step)")
        let free = state.accounts.values.reduce(0) { $0 + $1.free }
        let locked = state.subnets.values.reduce(0) { $0 + $1.lockedRao }
        try #require(state.totalIssuance == free + state.staking.totalStake + locked, "step \(step)")
    }
}

/// The public PoW helpers agree with the runtime's checks.
@Suite struct PowWorkTests {
    @Test(arguments: Era.allCases)
    func solvedWorkIsAccepted(era: Era) {
        let blockHash = RegistrationChain.hash(of: 3)
        let hotkey = RegistrationChain.hotkey(0)
        guard
            let (nonce, work) = PowWork.solve(era: era, difficulty: 300, blockHash: blockHash, hotkey: hotkey)
        else {
            Issue.record("no solution")
            return
        }
        #expect(PowWork.seal(era: era, nonce: nonce, blockHash: blockHash, hotkey: hotkey) == work)
        #expect(PowWork.meets(work, difficulty: 300))
        // The Nakamoto seal ignores the hotkey; the Finney seal does not.
        let other = PowWork.seal(
            era: era, nonce: nonce, blockHash: blockHash, hotkey: RegistrationChain.hotkey(1))
        #expect((other == work) == (era == .nakamoto))
    }

    @Test func solveGivesUpAfterItsAttempts() {
        let solved = PowWork.solve(
            era: .finney, difficulty: .max, blockHash: [UInt8](repeating: 1, count: 32),
            hotkey: RegistrationChain.hotkey(0), attempts: 50)
        #expect(solved == nil)
    }
}
