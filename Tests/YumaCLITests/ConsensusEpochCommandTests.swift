import Foundation
import Testing

/// `yuma consensus epoch` end to end: output formats and one-line errors for bad input.
@Suite struct ConsensusEpochCommandTests {
    /// A valid three-uid state; tests break one field at a time.
    static func state(_ edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        var object: [String: Any] = [
            "n": 3,
            "hyperparameters": [
                "kappa_u16": 32767, "bonds_moving_average": 900_000, "bonds_penalty_u16": 65535,
                "activity_cutoff": 5000, "tempo": 360, "current_block": 1000, "rao_emission": 1_000_000_000,
                "stake_threshold": 0, "max_allowed_validators": 3,
            ] as [String: Any],
            "stake_rao": [1_000_000_000, 3_000_000_000, 0],
            "last_update": [999, 999, 0],
            "block_at_registration": [0, 0, 0],
            "validator_permit": [true, true, false],
            "weights_u16": [[0, 0, 65535], [0, 0, 65535], [0, 0, 0]],
            "bonds_classic_u16": [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
        ]
        edit(&object)
        return try YumaProcess.temporaryFile(
            String(decoding: JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    @Test func jsonOutputPaysTheMinerAndTheValidators() throws {
        let result = try YumaProcess.run(["consensus", "epoch", "--input", Self.state(), "--json-output"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["server_emission"] as? [Int] == [0, 0, 500_000_000])
        #expect(object?["validator_emission"] as? [Int] == [124_999_999, 375_000_000, 0])
        #expect(object?["new_validator_permit"] as? [Bool] == [true, true, false])
    }

    @Test func tableIsStable() throws {
        let result = try YumaProcess.run(["consensus", "epoch", "--input", Self.state()])
        #expect(result.status == 0)
        #expect(result.stdout == """
            UID  STAKE τ  ACTIVE  VPERMIT  CONSENSUS  INCENTIVE  DIVIDENDS   VTRUST  EMISSION ρ   SERVER ρ  VALIDATOR ρ
              0   1.0000  yes     yes        0.00000    0.00000    0.24999  1.00000   124999999          0    124999999
              1   3.0000  yes     yes        0.00000    0.00000    0.75000  1.00000   375000000          0    375000000
              2   0.0000  yes     no         1.00000    1.00000    0.00000  0.00000   500000000  500000000            0

            mechanism classic · block 1000 · 3 uids · emitted 999999999 of 1000000000 rao

            """)
    }

    static let badInputs: [(name: String, edit: @Sendable (inout [String: Any]) -> Void, message: String)] = [
        ("missing field", { $0["stake_rao"] = nil }, "field stake_rao is missing"),
        (
            "mistyped field", { $0["last_update"] = [999, "soon", 0] },
            "field last_update[1] must be an integer in 0...18446744073709551615"
        ),
        ("mismatched length", { $0["last_update"] = [999, 999] }, "field last_update has 2 entries but n is 3"),
        (
            "u16 out of range", { $0["weights_u16"] = [[0, 0, 70000], [0, 0, 65535], [0, 0, 0]] },
            "field weights_u16[0][2] is 70000, out of range 0...65535"
        ),
        (
            "row for a uid that does not exist",
            { $0["weights_u16"] = [[0, 0, 1], [0, 0, 1], [0, 0, 0], [1, 0, 0]] },
            "field weights_u16 has 4 rows but n is 3: every row is a uid"
        ),
        (
            "entry for a uid that does not exist", { $0["weights_u16"] = [[0, 0, 1, 9], [0, 0, 1], [0, 0, 0]] },
            "field weights_u16[0] has 4 entries but n is 3"
        ),
        (
            "hyperparameter missing", { $0["hyperparameters"] = ["kappa_u16": 1] },
            "field hyperparameters.bonds_moving_average is missing"
        ),
    ]

    @Test(arguments: badInputs)
    func badInputGetsOneLineError(
        name: String, edit: @Sendable (inout [String: Any]) -> Void, message: String
    ) throws {
        let path = try Self.state(edit)
        let result = try YumaProcess.run(["consensus", "epoch", "--input", path])
        #expect(result.status == 1, "\(name)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(name): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
    }

    @Test func notJSONAndMissingFileAreOneLineErrors() throws {
        let garbage = try YumaProcess.temporaryFile("{ not json")
        let notJSON = try YumaProcess.run(["consensus", "epoch", "--input", garbage])
        #expect(notJSON.status == 1)
        #expect(notJSON.stderr.contains("input is not valid JSON"))
        let missing = try YumaProcess.run(["consensus", "epoch", "--input", "/nonexistent/state.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read /nonexistent/state.json"))
    }

    @Test func unknownMechanismIsAUsageError() throws {
        let result = try YumaProcess.run(["consensus", "epoch", "--input", Self.state(), "--mechanism", "yuma9"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("yuma9"))
    }
}
