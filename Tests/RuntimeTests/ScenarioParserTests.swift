import Testing

@testable import Runtime

/// The script format, line by line: every step it accepts and every error it names.
@Suite struct ScenarioParserTests {
    static let alice = DevAccounts.alice
    static let bob = DevAccounts.bob
    static let dave = DevAccounts.dave
    static let hexBob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"

    static let goodLines: [(line: String, step: ScenarioStep)] = [
        ("advance 3", .advance(3)),
        ("advance 1 block", .advance(1)),
        ("advance 10 blocks", .advance(10)),
        ("advance to 1_000", .advanceTo(1_000)),
        ("print", .print),
        ("  print   # a comment", .print),
        (
            "alice balances.transfer dest=bob amount=1.5τ",
            .extrinsics(
                origin: .account(alice), name: "balances.transfer",
                calls: [.call(.balances(.transfer(destination: bob, amount: 1_500_000_000)))])
        ),
        (
            "//Alice balances.transfer_keep_alive dest=\(hexBob) amount=2tao",
            .extrinsics(
                origin: .account(alice), name: "balances.transfer_keep_alive",
                calls: [.call(.balances(.transferKeepAlive(destination: bob, amount: 2 * raoPerTao)))])
        ),
        (
            "\(hexBob) balances.transfer dest=Alice amount=500",
            .extrinsics(
                origin: .account(bob), name: "balances.transfer",
                calls: [.call(.balances(.transfer(destination: alice, amount: 500)))])
        ),
        (
            "alice subnets.register_network hotkey=dave",
            .extrinsics(
                origin: .account(alice), name: "subnets.register_network",
                calls: [.call(.subnets(.registerNetwork(hotkey: dave)))])
        ),
        (
            "sudo subnets.set_hyperparameter netuid=1 tempo=99 burn=1τ registration_allowed=false",
            .extrinsics(
                origin: .sudo, name: "subnets.set_hyperparameter",
                calls: [
                    .call(.subnets(.sudoSetHyperparameter(netuid: 1, .tempo(99)))),
                    .call(.subnets(.sudoSetHyperparameter(netuid: 1, .burn(raoPerTao)))),
                    .call(.subnets(.sudoSetHyperparameter(netuid: 1, .registrationAllowed(false)))),
                ])
        ),
        (
            "sudo subnets.set_hyperparameter netuid=1 alpha_values=2000,3000 alpha_sigmoid_steepness=-5",
            .extrinsics(
                origin: .sudo, name: "subnets.set_hyperparameter",
                calls: [
                    .call(.subnets(.sudoSetHyperparameter(netuid: 1, .alphaValues(low: 2_000, high: 3_000)))),
                    .call(.subnets(.sudoSetHyperparameter(netuid: 1, .alphaSigmoidSteepness(-5)))),
                ])
        ),
        (
            "bob registration.burned_register netuid=1 hotkey=dave",
            .extrinsics(
                origin: .account(bob), name: "registration.burned_register",
                calls: [.call(.registration(.burnedRegister(netuid: 1, hotkey: dave)))])
        ),
        (
            "bob registration.register netuid=0",
            .extrinsics(
                origin: .account(bob), name: "registration.register",
                calls: [.powRegister(netuid: 0, hotkey: bob, coldkey: bob)])
        ),
        (
            "dave registration.register netuid=2 coldkey=bob",
            .extrinsics(
                origin: .account(dave), name: "registration.register",
                calls: [.powRegister(netuid: 2, hotkey: dave, coldkey: bob)])
        ),
        (
            "bob staking.add_stake hotkey=dave amount=400τ",
            .extrinsics(
                origin: .account(bob), name: "staking.add_stake",
                calls: [.call(.staking(.addStake(hotkey: dave, amount: 400 * raoPerTao)))])
        ),
        (
            "bob staking.become_delegate hotkey=dave take=6000",
            .extrinsics(
                origin: .account(bob), name: "staking.become_delegate",
                calls: [.call(.staking(.becomeDelegate(hotkey: dave, take: 6_000)))])
        ),
        (
            "sudo staking.set_parameter tx_rate_limit=0 weights_min_stake=1τ",
            .extrinsics(
                origin: .sudo, name: "staking.set_parameter",
                calls: [
                    .call(.staking(.sudoSetParameter(.txRateLimit(0)))),
                    .call(.staking(.sudoSetParameter(.weightsMinStake(raoPerTao)))),
                ])
        ),
        (
            "dave weights.set_weights netuid=1 uids=0,1 values=65535,100",
            .extrinsics(
                origin: .account(dave), name: "weights.set_weights",
                calls: [
                    .call(
                        .weights(.setWeights(netuid: 1, uids: [0, 1], values: [65_535, 100], versionKey: 0)))
                ])
        ),
        (
            "dave serving.serve_axon netuid=1 ip=10.0.0.1 port=8091",
            .extrinsics(
                origin: .account(dave), name: "serving.serve_axon",
                calls: [
                    .call(
                        .serving(
                            .serveAxon(
                                netuid: 1, version: 0, ip: 0x0A00_0001, port: 8_091, ipType: 4, protocol: 0,
                                placeholder1: 0, placeholder2: 0)))
                ])
        ),
        (
            "sudo emission.set_emission_values netuids=1,2 values=0.5τ,250000000",
            .extrinsics(
                origin: .sudo, name: "emission.set_emission_values",
                calls: [
                    .call(
                        .emission(.setEmissionValues(netuids: [1, 2], values: [500_000_000, 250_000_000])))
                ])
        ),
        (
            "expect balance alice 123",
            .expect(ScenarioExpectation(quantity: .balance(alice), comparison: .equal, value: 123))
        ),
        (
            "expect stake bob dave >= 1τ",
            .expect(
                ScenarioExpectation(
                    quantity: .stake(coldkey: bob, hotkey: dave), comparison: .greaterOrEqual,
                    value: raoPerTao))
        ),
        (
            "expect stake dave != 0",
            .expect(ScenarioExpectation(quantity: .hotkeyStake(dave), comparison: .notEqual, value: 0))
        ),
        (
            "expect uids 1 == 3",
            .expect(ScenarioExpectation(quantity: .uids(1), comparison: .equal, value: 3))
        ),
        (
            "expect uid 1 dave 1",
            .expect(ScenarioExpectation(quantity: .uid(1, dave), comparison: .equal, value: 1))
        ),
        (
            "expect emission 1 2 > 0",
            .expect(ScenarioExpectation(quantity: .emission(1, 2), comparison: .greater, value: 0))
        ),
        (
            "expect failures < 2",
            .expect(ScenarioExpectation(quantity: .failures, comparison: .less, value: 2))
        ),
        ("account Miner7", .account(name: "Miner7", ScenarioNames.madeUp("miner7"))),
        (
            "account miner 0x\(String(repeating: "ab", count: 32))",
            .account(name: "miner", AccountID(testSeed: 0xAB))
        ),
    ]

    @Test(arguments: goodLines)
    func goodLineParses(line: String, step: ScenarioStep) throws {
        let script = try ScenarioParser.parse("# header\n\n\(line)\n")
        #expect(
            script.steps == [
                ScenarioLine(number: 3, text: line.split(separator: "#")[0].trimmingBlanks(), step: step)
            ])
    }

    @Test func declaredNamesResolveInLaterLines() throws {
        let script = try ScenarioParser.parse(
            "account miner 0x\(String(repeating: "01", count: 32))\nminer balances.transfer dest=alice amount=1"
        )
        #expect(
            script.steps.last?.step
                == .extrinsics(
                    origin: .account(AccountID(testSeed: 1)), name: "balances.transfer",
                    calls: [.call(.balances(.transfer(destination: Self.alice, amount: 1)))]))
        #expect(script.names.short(AccountID(testSeed: 1)) == "miner")
    }

    static let badLines: [(line: String, problem: ScenarioProblem)] = [
        ("jump 3", .unknownStep("jump")),
        ("zed balances.transfer dest=bob amount=1", .unknownAccount("zed")),
        ("alice balances.transfer dest=zed amount=1", .unknownAccount("zed")),
        ("0x1234 balances.transfer dest=bob amount=1", .unknownAccount("0x1234")),
        ("alice balances.send dest=bob amount=1", .unknownCall("balances.send", known: ScenarioCalls.names)),
        ("alice", .missingCall),
        ("alice dest=bob", .missingCall),
        ("alice balances.transfer dest=bob", .missingKey("amount", call: "balances.transfer")),
        (
            "alice balances.transfer dest=bob amount=1 memo=hi",
            .unknownKey("memo", call: "balances.transfer", keys: ["dest", "amount"])
        ),
        ("alice balances.transfer dest=bob dest=bob amount=1", .duplicateKey("dest")),
        ("alice balances.transfer bob 1", .notKeyValue("bob")),
        (
            "alice balances.transfer dest=bob amount=1.5",
            .badNumber(
                key: "amount", value: "1.5",
                expected: "rao (an integer) or τ with a τ/tao suffix and at most 9 decimals, e.g. 1.5τ")
        ),
        (
            "alice balances.transfer dest=bob amount=0.0000000001τ",
            .badNumber(
                key: "amount", value: "0.0000000001τ",
                expected: "rao (an integer) or τ with a τ/tao suffix and at most 9 decimals, e.g. 1.5τ")
        ),
        (
            "bob registration.burned_register netuid=70000 hotkey=dave",
            .badNumber(key: "netuid", value: "70000", expected: "an integer in 0...65535")
        ),
        (
            "dave weights.set_weights netuid=1 uids=0,x values=1,2",
            .badNumber(key: "uids", value: "x", expected: "an integer in 0...65535")
        ),
        (
            "sudo subnets.set_hyperparameter netuid=1 tempi=3",
            .unknownKey(
                "tempi", call: "subnets.set_hyperparameter", keys: ["netuid"] + ScenarioHyperparameters.names)
        ),
        (
            "sudo staking.set_parameter take=1",
            .unknownKey("take", call: "staking.set_parameter", keys: ScenarioStakingParameters.names)
        ),
        (
            "sudo subnets.set_hyperparameter netuid=1",
            .missingKey("<hyperparameter>=<value>", call: "subnets.set_hyperparameter")
        ),
        (
            "sudo subnets.set_hyperparameter netuid=1 yuma3_enabled=maybe",
            .badNumber(key: "yuma3_enabled", value: "maybe", expected: "true or false")
        ),
        ("advance", .badSyntax("advance N [blocks] or advance to N")),
        ("advance 0", .badNumber(key: "advance", value: "0", expected: "at least 1 block")),
        (
            "advance -2",
            .badNumber(key: "advance", value: "-2", expected: "an integer in 0...18446744073709551615")
        ),
        ("print now", .badSyntax("print (no arguments)")),
        ("expect", .badSyntax(ScenarioExpectParser.usage)),
        ("expect height 3", .badSyntax(ScenarioExpectParser.usage)),
        ("expect balance alice bob 3", .badSyntax("expect balance ACCOUNT [op] AMOUNT")),
        ("expect balance zed 3", .unknownAccount("zed")),
        ("expect uids x 3", .badNumber(key: "netuid", value: "x", expected: "an integer in 0...65535")),
        ("account", .badSyntax("account NAME [0x<64 hex digits>]")),
        ("account miner x", .badSyntax("account NAME [0x<64 hex digits>]")),
        (
            "account sudo",
            .badSyntax("account NAME [0x<64 hex digits>], NAME not sudo, 0x…, //… and without =")
        ),
        ("account miner 0x12", .unknownAccount("0x12")),
    ]

    @Test(arguments: badLines)
    func badLineNamesLineTextAndProblem(line: String, problem: ScenarioProblem) {
        #expect(throws: ScenarioError(line: 2, text: line, problem: problem)) {
            try ScenarioParser.parse("advance 1\n\(line)\nadvance 1")
        }
    }

    @Test func errorIsOneLineWithNumberTextAndReason() {
        let error = ScenarioError(
            line: 4, text: "alice balances.send",
            problem: .unknownCall("balances.send", known: ["balances.transfer"]))
        #expect(
            error.description
                == "line 4: \"alice balances.send\": unknown call balances.send; known calls: balances.transfer"
        )
    }

    static let amounts: [(text: String, rao: Rao)] = [
        ("0", 0), ("123", 123), ("1_000", 1_000), ("500rao", 500), ("1τ", raoPerTao),
        ("1.5tao", 1_500_000_000),
        ("0.000000001τ", 1), ("2TAO", 2 * raoPerTao), (".5τ", 500_000_000),
        ("18446744073τ", 18_446_744_073_000_000_000),
    ]

    @Test(arguments: amounts)
    func amountsAreExactRao(text: String, rao: Rao) throws {
        #expect(try ScenarioValues.amount(text, key: "amount") == rao)
    }

    @Test(arguments: ["", "τ", "1.2.3τ", "18446744074τ", "1e9", "-1", "12abc"])
    func badAmountsAreRefused(text: String) {
        #expect(throws: ScenarioProblem.self) { try ScenarioValues.amount(text, key: "amount") }
    }
}

/// Lines assembled from the script's own vocabulary, valid or not: each parses or throws a
/// `ScenarioError` for its own line, and nothing traps.
@Suite struct ScenarioParserRobustnessTests {
    static let words = [
        "advance", "to", "print", "expect", "account", "sudo", "alice", "//Bob", "zed", "0x12",
        "balances.transfer", "weights.set_weights", "subnets.set_hyperparameter", "registration.register",
        "dest=bob", "amount=1τ", "amount=1.5", "netuid=1", "netuid=99999", "uids=0,1", "values=1,", "tempo=",
        "=", "==", ">", "balance", "stake", "uids", "3", "-1", "18446744073709551616", "τ", "#", "blocks",
    ]

    @Test func randomLinesParseOrNameTheirLine() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let line = (0..<(1 + next(6))).map { _ in Self.words[next(Self.words.count)] }.joined(
                separator: " ")
            do {
                _ = try ScenarioParser.parse("advance 1\n\(line)")
            } catch {
                #expect(error.line == 2, "\(line)")
                #expect(!error.description.contains("\n"), "\(line)")
            }
        }
    }
}
