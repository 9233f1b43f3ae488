import Testing

/// User-facing help, verbatim, at a pinned terminal width of 100 columns.
@Suite struct HelpGoldenTests {
    @Test func consensusEpochHelp() throws {
        let result = try YumaProcess.run(["consensus", "epoch", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            OVERVIEW: Run one Yuma Consensus epoch on a subnet state read from a JSON file.

            The input is the epoch inputs format of the conformance vectors: n, hyperparameters, stake_rao,
            last_update, block_at_registration, validator_permit, weights_u16 and bonds (dense u16 rows, 0 = no
            entry). Prints a table per uid, or with --json-output the outputs format (u16 proportions, rao,
            permits, bonds).

            USAGE: yuma consensus epoch --input <input> [--mechanism <mechanism>] [--json-output]

            OPTIONS:
              --input <input>         Path of the epoch inputs JSON file.
              --mechanism <mechanism> How bonds and dividends are computed. (values: classic, classic-liquid,
                                      yuma3, yuma3-liquid; default: classic)
              --json-output           Print the outputs as JSON.
              -h, --help              Show help information.


            """)
    }

    @Test func bareGroupPrintsItsHelp() throws {
        let result = try YumaProcess.run(["consensus"])
        #expect(result.stdout.contains("SUBCOMMANDS:"))
        #expect(result.stdout.contains("epoch"))
        #expect(result.stdout.contains("bench"))
    }
}
