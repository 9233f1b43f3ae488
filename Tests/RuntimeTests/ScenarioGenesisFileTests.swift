import Foundation
import Testing

@testable import Runtime

/// The genesis file of `yuma runtime run --chain FILE`: a full file, the defaults, and an error naming
/// the field for every kind of mistake.
@Suite struct ScenarioGenesisFileTests {
    static func decode(_ text: String) throws(ScenarioGenesisError) -> Genesis {
        try ScenarioGenesisFile.decode(Data(text.utf8))
    }

    @Test func fullFileDecodes() throws {
        let genesis = try Self.decode(
            """
            {
              "era": "finney", "sudo": "bob", "fee_rao": 5,
              "endowments": [
                { "account": "alice", "amount": "1.5τ" },
                { "account": "0x\(String(repeating: "07", count: 32))", "amount": 42 }
              ],
              "subnets": [
                { "netuid": 3, "owner": "//Charlie",
                  "hyperparameters": { "tempo": 10, "burn": "1τ", "yuma3_enabled": true, "alpha_values": "2000,3000" } }
              ]
            }
            """)
        var parameters = SubnetHyperparameters.finney
        parameters.tempo = 10
        parameters.burn = raoPerTao
        parameters.yuma3Enabled = true
        parameters.alphaLow = 2_000
        parameters.alphaHigh = 3_000
        let expected = Genesis(
            era: .finney, sudoKey: DevAccounts.bob,
            endowments: [(DevAccounts.alice, 1_500_000_000), (AccountID(testSeed: 7), 42)],
            fees: FeeSchedule(baseFee: 5),
            subnets: [GenesisSubnet(netuid: 3, owner: DevAccounts.charlie, hyperparameters: parameters)])
        #expect(genesis == expected)
    }

    @Test func onlyTheEraIsRequired() throws {
        let genesis = try Self.decode(
            #"{ "era": "nakamoto", "subnets": [{ "netuid": 0, "owner": "alice" }] }"#)
        #expect(
            genesis
                == Genesis(
                    era: .nakamoto, sudoKey: nil, endowments: [],
                    subnets: [GenesisSubnet(netuid: 0, owner: DevAccounts.alice, hyperparameters: .nakamoto)])
        )
    }

    static let badFiles: [(text: String, message: String)] = [
        ("{ not json", "the file is not valid JSON"),
        ("[1]", "expected an object"),
        ("{}", "field era: is missing"),
        (#"{ "era": "kusari" }"#, #"field era: expected "nakamoto" or "finney""#),
        (
            #"{ "era": "finney", "colour": 1 }"#,
            "field colour: unknown field; expected era, sudo, fee_rao, endowments, subnets"
        ),
        (
            #"{ "era": "finney", "sudo": "zed" }"#,
            "field sudo: expected a dev account name (alice…ferdie) or 0x + 64 hex digits"
        ),
        (
            #"{ "era": "finney", "fee_rao": -1 }"#,
            #"field fee_rao: expected rao (an integer) or a τ string such as "1.5τ""#
        ),
        (#"{ "era": "finney", "endowments": {} }"#, "field endowments: expected an array, got an object"),
        (
            #"{ "era": "finney", "endowments": [{ "account": "bob" }] }"#,
            "field endowments[0].amount: is missing"
        ),
        (
            #"{ "era": "finney", "endowments": [{ "account": "bob", "amount": "1.5" }] }"#,
            #"field endowments[0].amount: expected rao (an integer) or a τ string such as "1.5τ""#
        ),
        (#"{ "era": "finney", "subnets": [{ "owner": "bob" }] }"#, "field subnets[0].netuid: is missing"),
        (
            #"{ "era": "finney", "subnets": [{ "netuid": 70000, "owner": "bob" }] }"#,
            "field subnets[0].netuid: expected an integer in 0...65535"
        ),
        (
            #"{ "era": "finney", "subnets": [{ "netuid": 1, "owner": "bob" }, { "netuid": 1, "owner": "eve" }] }"#,
            "field subnets[1].netuid: netuid 1 is declared twice"
        ),
        (
            #"{ "era": "finney", "subnets": [{ "netuid": 1, "owner": "bob", "hyperparameters": { "tempo": "soon" } }] }"#,
            "field subnets[0].hyperparameters.tempo: bad number tempo=soon: expected an integer in 0...65535"
        ),
        (
            #"{ "era": "finney", "subnets": [{ "netuid": 1, "owner": "bob", "hyperparameters": { "tempi": 1 } }] }"#,
            "field subnets[0].hyperparameters.tempi: unknown hyperparameter; known: activity_cutoff"
        ),
        (
            #"{ "era": "finney", "subnets": [{ "netuid": 1, "owner": "bob", "hyperparameters": { "tempo": [1] } }] }"#,
            "field subnets[0].hyperparameters.tempo: expected a number, got an array"
        ),
    ]

    @Test(arguments: badFiles)
    func badFileNamesTheField(text: String, message: String) {
        do {
            _ = try Self.decode(text)
            Issue.record("decoded \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }
}
