import ArgumentParser

/// `yuma sudo` (`su`): read and set subnet hyperparameters by name.
struct SudoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sudo",
        abstract: "Get and set subnet hyperparameters by name (setting needs the sudo coldkey).",
        subcommands: [SudoSetCommand.self, SudoGetCommand.self],
        aliases: ["su"]
    )
}

/// The hyperparameter a sudo command names.
struct ParameterOption: ParsableArguments {
    @Option(
        name: [.customLong("param"), .customLong("name")],
        help: "Hyperparameter name: tempo, max_allowed_uids, burn, … (see `yuma subnets hyperparameters`).")
    var param: String
}
