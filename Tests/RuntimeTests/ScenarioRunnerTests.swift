import Testing

@testable import Runtime

/// Scripts run through the real runtime: the runner's chain equals one driven by hand, balances and
/// emission to the rao, PoW registration solved by the runner, refusals reported or (strict) fatal.
@Suite struct ScenarioRunnerTests {
    static let alice = DevAccounts.alice
    static let bob = DevAccounts.bob
    static let charlie = DevAccounts.charlie
    static let dave = DevAccounts.dave
    static let eve = DevAccounts.eve
    static let ferdie = DevAccounts.ferdie
    static let fee = FeeSchedule.standard.baseFee

    static let finneyScript = """
        alice subnets.register_network hotkey=alice
        advance 1
        sudo subnets.set_hyperparameter netuid=1 tempo=9 min_allowed_weights=1 weights_rate_limit=0
        advance 1
        bob registration.burned_register netuid=1 hotkey=dave
        advance 1
        eve registration.burned_register netuid=1 hotkey=ferdie
        advance 1
        bob staking.become_delegate hotkey=dave
        alice staking.add_stake hotkey=alice amount=1000τ
        bob staking.add_stake hotkey=dave amount=400τ
        advance 1
        charlie staking.add_stake hotkey=dave amount=200τ
        advance to 9
        alice weights.set_weights netuid=1 uids=1,2 values=20000,65535
        dave weights.set_weights netuid=1 uids=2,0 values=65535,10000
        advance to 28
        """

    /// The same extrinsics, by block, driven through `Runtime` directly.
    static let byHand: [BlockNumber: [(AccountID, Call)]] = [
        1: [(alice, .subnets(.registerNetwork(hotkey: alice)))],
        2: [
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .tempo(9)))),
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .minAllowedWeights(1)))),
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .weightsRateLimit(0)))),
        ],
        3: [(bob, .registration(.burnedRegister(netuid: 1, hotkey: dave)))],
        4: [(eve, .registration(.burnedRegister(netuid: 1, hotkey: ferdie)))],
        5: [
            (bob, .staking(.becomeDelegate(hotkey: dave))),
            (alice, .staking(.addStake(hotkey: alice, amount: 1_000 * raoPerTao))),
            (bob, .staking(.addStake(hotkey: dave, amount: 400 * raoPerTao))),
        ],
        6: [(charlie, .staking(.addStake(hotkey: dave, amount: 200 * raoPerTao)))],
        10: [
            (
                alice,
                .weights(.setWeights(netuid: 1, uids: [1, 2], values: [20_000, 65_535], versionKey: 0))
            ),
            (dave, .weights(.setWeights(netuid: 1, uids: [2, 0], values: [65_535, 10_000], versionKey: 0))),
        ],
    ]

    static func runner(_ text: String, genesis: Genesis = .development(.finney), strict: Bool = false) throws
        -> ScenarioRunner
    {
        let script = try ScenarioParser.parse(text)
        var runner = ScenarioRunner(genesis: genesis, names: script.names, strict: strict)
        for line in script.steps { try runner.perform(line) }
        try runner.finish()
        return runner
    }

    @Test func finneySubnetMatchesAChainDrivenByHand() throws {
        let runner = try Self.runner(Self.finneyScript)
        #expect(runner.failures == [])
        var state = Genesis.development(.finney).state()
        var hash = ScenarioBlockHash.genesis
        for block in BlockNumber(1)...28 {
            _ = Runtime.initializeBlock(block, parentHash: hash, state: &state)
            for (signer, call) in Self.byHand[block] ?? [] {
                let events = try Runtime.apply(
                    Extrinsic(signer: signer, nonce: state.account(signer).nonce, call: call), to: &state)
                #expect(
                    events.last == .extrinsicSucceeded(signer: signer, nonce: state.account(signer).nonce - 1)
                )
            }
            _ = Runtime.finalizeBlock(state: &state)
            hash = ScenarioBlockHash.next(parent: hash, number: block)
        }
        #expect(runner.state == state)
        #expect(runner.blocksProduced == 28)
    }

    @Test func finneyBalancesAndEmissionToTheRao() throws {
        var runner = try Self.runner(Self.finneyScript)
        let start = 1_000_000 * raoPerTao
        let burn = SubnetHyperparameters.finney.burn
        // Bob: three fees, one burn, 400 τ staked; Charlie: one fee, 200 τ staked; Dave only set weights,
        // which pays no fee.
        #expect(runner.state.balance(of: Self.bob) == start - 3 * Self.fee - burn - 400 * raoPerTao)
        #expect(runner.state.balance(of: Self.charlie) == start - Self.fee - 200 * raoPerTao)
        #expect(runner.state.balance(of: Self.dave) == start)
        #expect(runner.state.balance(of: Self.eve) == start - Self.fee - burn)

        // Produce blocks up to the next epoch (it drains the pending emission); the block after it pays
        // exactly the epoch's emission into stake.
        let advance = ScenarioLine(number: 99, text: "advance 1", step: .advance(1))
        for _ in 0..<10 where runner.state.subnets[1]?.pendingEmission != 0 { try runner.perform(advance) }
        let subnet = try #require(runner.state.subnets[1])
        #expect(subnet.pendingEmission == 0)
        let owed = subnet.neurons.terms.reduce(Rao(0)) { $0 + $1.emission }
        #expect(owed > 0)
        #expect(subnet.neurons.terms[2].incentive > 0)
        // What the epoch loaded, credited to each coldkey by the independent payout oracle.
        let loaded = runner.state.emission.loaded[1] ?? []
        // Server and validator parts are floored separately: at most a rao per uid under the emission.
        let loadedSum = loaded.reduce(Rao(0)) { $0 + $1.server + $1.validator }
        #expect(loadedSum <= owed && owed - loadedSum <= Rao(subnet.neurons.count))
        var expected = runner.state.staking
        var paid: Rao = 0
        for tuple in loaded {
            for credit in EmissionOracle.payout(
                hotkey: tuple.hotkey, server: tuple.server, validator: tuple.validator, staking: expected)
            {
                expected.increaseStake(hotkey: tuple.hotkey, coldkey: credit.coldkey, amount: credit.amount)
                paid += credit.amount
            }
        }
        let issuanceBefore = runner.state.totalIssuance
        let ownerBefore = runner.state.balance(of: Self.alice)
        try runner.perform(advance)
        let ownerCut = runner.state.balance(of: Self.alice) - ownerBefore
        #expect(paid > 0 && paid == loadedSum)
        #expect(runner.state.staking.stake == expected.stake)
        #expect(runner.state.staking.totalStake == expected.totalStake)
        #expect(runner.state.totalIssuance == issuanceBefore + paid + ownerCut)
        #expect(runner.state.staking.stake(of: Self.eve, on: Self.ferdie) > 0)
        #expect(runner.state.staking.stake(of: Self.charlie, on: Self.dave) > 200 * raoPerTao)
        let free = runner.state.accounts.values.reduce(Rao(0)) { $0 + $1.free }
        #expect(runner.state.totalIssuance == free + runner.state.staking.totalStake + subnet.lockedRao)
    }

    @Test func nakamotoPowRegistrationsAndTheStep() throws {
        let runner = try Self.runner(
            """
            sudo subnets.set_hyperparameter netuid=0 difficulty=500 min_difficulty=500 tempo=10
            sudo subnets.set_hyperparameter netuid=0 min_allowed_weights=1 max_weight_limit=4294967295
            advance 1
            bob registration.register netuid=0
            charlie registration.register netuid=0
            advance 1
            dave registration.register netuid=0 coldkey=bob
            advance 1
            expect uids 0 = 3
            bob staking.add_stake hotkey=bob amount=100τ
            bob staking.add_stake hotkey=dave amount=1τ
            advance 1
            bob weights.set_weights netuid=0 uids=1 values=1
            dave weights.set_weights netuid=0 uids=1,2 values=1,1
            advance to 9
            """, genesis: .development(.nakamoto))
        #expect(runner.failures == [])
        let subnet = try #require(runner.state.subnets[0])
        #expect(subnet.neurons.hotkeys == [Self.bob, Self.charlie, Self.dave])
        #expect(runner.state.staking.owner[Self.dave] == Self.bob)
        // The same seal is never used twice, although the 2022 seal does not cover the hotkey.
        #expect(runner.state.registration.usedWork.count == 3)

        // Block 10 runs the step over 10 τ and pays it into stake in the same block.
        var stepped = runner
        let stakeBefore = runner.state.staking.totalStake
        let issuanceBefore = runner.state.totalIssuance
        try stepped.perform(ScenarioLine(number: 99, text: "advance 1", step: .advance(1)))
        let emitted = try #require(stepped.state.subnets[0]).neurons.terms.reduce(Rao(0)) { $0 + $1.emission }
        #expect(emitted > 9 * raoPerTao && emitted <= 10 * raoPerTao)
        #expect(stepped.state.staking.totalStake == stakeBefore + emitted)
        #expect(stepped.state.totalIssuance == issuanceBefore + emitted)
        #expect(stepped.state.staking.stake(onHotkey: Self.charlie) > 0)
    }

    @Test func refusalIsReportedAndStrictStopsAtItsLine() throws {
        let text = """
            advance 1
            bob balances.transfer dest=alice amount=2000000τ
            alice balances.transfer dest=eve amount=1τ
            advance 2
            """
        let runner = try Self.runner(text)
        #expect(
            runner.failures == [
                ScenarioFailure(
                    block: 2, line: 2, signer: Self.bob.description, label: "bob", call: "balances.transfer",
                    error: "Balances.insufficientBalance", invalid: false)
            ])
        #expect(runner.state.balance(of: Self.bob) == 1_000_000 * raoPerTao - Self.fee)
        #expect(runner.state.balance(of: Self.eve) == 1_000_001 * raoPerTao)
        #expect(
            throws: ScenarioError(
                line: 2, text: "bob balances.transfer dest=alice amount=2000000τ",
                problem: .refused(call: "balances.transfer", error: "Balances.insufficientBalance"))
        ) { try Self.runner(text, strict: true) }
    }

    @Test func unpayableFeeIsAnInvalidExtrinsic() throws {
        let account = AccountID(testSeed: 9)
        let runner = try Self.runner(
            "account poor \(account)\npoor balances.transfer dest=alice amount=1\nadvance 1")
        #expect(runner.failures.map(\.invalid) == [true])
        #expect(runner.failures.first?.label == "poor")
        #expect(runner.state.account(account).nonce == 0)
    }

    @Test func callsAfterTheLastAdvanceGetOneMoreBlock() throws {
        let runner = try Self.runner("advance 2\nalice balances.transfer dest=bob amount=5")
        #expect(runner.state.blockNumber == 3)
        #expect(runner.state.balance(of: Self.bob) == 1_000_000 * raoPerTao + 5)
    }

    @Test func expectationsSeeTheLastProducedBlock() throws {
        _ = try Self.runner(
            "alice balances.transfer dest=bob amount=5\nexpect balance bob 1000000τ\nadvance 1\nexpect balance bob 1000000000000005"
        )
        #expect(
            throws: ScenarioError(
                line: 2, text: "expect balance bob 1τ",
                problem: .expectationFailed(
                    "at block 1 the value is 1000000000000000 rao, expected = 1000000000 rao"))
        ) { try Self.runner("advance 1\nexpect balance bob 1τ") }
        #expect(
            throws: ScenarioError(
                line: 1, text: "expect uids 4 = 0", problem: .expectationFailed("the subnet does not exist"))
        ) { try Self.runner("expect uids 4 = 0") }
    }

    @Test func expectationBeforeTheAdvanceSaysCallsAreQueued() throws {
        #expect(
            throws: ScenarioError(
                line: 2, text: "expect balance bob 1000000000000005",
                problem: .expectationFailed(
                    "at block 0 the value is 1000000000000000 rao, expected = 1000000000000005 rao; "
                        + "1 queued call(s) are not applied yet: advance first"))
        ) {
            try Self.runner("alice balances.transfer dest=bob amount=5\nexpect balance bob 1000000000000005")
        }
    }

    @Test func servingAndSudoRefusalsThroughTheRunner() throws {
        let runner = try Self.runner(
            """
            alice subnets.register_network hotkey=alice
            advance 1
            alice serving.serve_axon netuid=1 ip=10.0.0.1 port=8091 version=7
            bob subnets.set_hyperparameter netuid=1 tempo=5
            advance 1
            """)
        let axon = try #require(runner.state.subnets[1]?.neurons.axons.first ?? nil)
        #expect(axon.ip == 0x0A00_0001 && axon.port == 8_091 && axon.ipType == 4 && axon.version == 7)
        #expect(runner.failures.count == 1)
        #expect(runner.failures.first?.error.lowercased().contains("requiresudo") == true)
        #expect(runner.failures.map(\.call) == ["subnets.set_hyperparameter"])
        #expect(runner.state.subnets[1]?.hyperparameters.tempo == SubnetHyperparameters.finney.tempo)
    }

    @Test func madeUpAccountsFillASubnet() throws {
        var text = """
            alice subnets.register_network hotkey=alice
            advance 1
            sudo subnets.set_hyperparameter netuid=1 max_registrations_per_block=8 target_registrations_per_interval=8
            advance 1

            """
        for index in 0..<8 {
            text += "account miner\(index)\nbob registration.burned_register netuid=1 hotkey=miner\(index)\n"
            text += "sudo sudo.mint account=miner\(index) amount=1τ\n"
        }
        text += "advance 1\nexpect uids 1 = 9\nexpect balance miner7 1τ\nexpect uid 1 miner3 4"
        let runner = try Self.runner(text)
        #expect(runner.failures == [])
        let hotkeys = try #require(runner.state.subnets[1]).neurons.hotkeys
        #expect(Set(hotkeys).count == 9)
        #expect(hotkeys.last == ScenarioNames.madeUp("miner7"))
        #expect(runner.names.short(ScenarioNames.madeUp("miner7")) == "miner7")
    }

    @Test func unsolvableSealStopsAtItsLine() throws {
        let script = try ScenarioParser.parse(
            """
            sudo subnets.set_hyperparameter netuid=0 difficulty=4611686018427387903
            advance 1
            bob registration.register netuid=0
            advance 1
            """)
        var runner = ScenarioRunner(genesis: .development(.nakamoto), names: script.names)
        runner.powAttemptLimit = 1_000
        #expect(
            throws: ScenarioError(
                line: 3, text: "bob registration.register netuid=0",
                problem: .sealNotFound(difficulty: 4_611_686_018_427_387_903, attempts: 1_000))
        ) {
            for line in script.steps { try runner.perform(line) }
        }
        #expect(ScenarioPow.budget(difficulty: 1_000) == 1 << 20)
        #expect(ScenarioPow.budget(difficulty: 10_000_000) == ScenarioPow.attemptLimit)
        #expect(ScenarioPow.budget(difficulty: 100_000) == 6_400_000)
    }

    @Test func sudoNeedsASudoKey() throws {
        let genesis = Genesis(era: .finney, sudoKey: nil, endowments: [(Self.alice, raoPerTao)])
        #expect(
            throws: ScenarioError(line: 1, text: "sudo sudo.mint account=bob amount=1", problem: .noSudoKey)
        ) {
            try Self.runner("sudo sudo.mint account=bob amount=1\nadvance 1", genesis: genesis)
        }
    }

    @Test func blockHashesChainFromGenesis() throws {
        let runner = try Self.runner("advance 3")
        let one = ScenarioBlockHash.next(parent: ScenarioBlockHash.genesis, number: 1)
        #expect(runner.state.blockHashes[0] == ScenarioBlockHash.genesis)
        #expect(runner.state.blockHashes[1] == one)
        #expect(runner.state.blockHashes[2] == ScenarioBlockHash.next(parent: one, number: 2))
        #expect(ScenarioBlockHash.genesis.count == 32)
    }

    @Test func reportListsSubnetsNeuronsAndNamedAccounts() throws {
        let script = try ScenarioParser.parse(Self.finneyScript + "\nprint\nadvance 1")
        let report = try ScenarioRunner.run(script, genesis: .development(.finney))
        #expect(report.prints.map(\.line) == [18])
        #expect(report.prints.first?.block == 28)
        #expect(report.final.block == 29)
        let subnet = try #require(report.final.subnets.first)
        #expect(subnet.netuid == 1 && subnet.n == 3 && subnet.proportionScale == 65_535)
        #expect(subnet.neurons.map(\.label) == ["alice", "dave", "ferdie"])
        #expect(subnet.neurons[1].coldkey == Self.bob.description)
        #expect(report.final.accounts.map(\.label) == ["alice", "bob", "charlie", "dave", "eve", "ferdie"])
        #expect(report.final.accounts.first { $0.label == "charlie" }?.staked ?? 0 > 200 * raoPerTao)
    }
}
