import ArgumentParser

/// `yuma subnets` (`s`): read subnets, create one, register on one.
struct SubnetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subnets",
        abstract: "List and inspect subnets, create one, and register a hotkey on one.",
        subcommands: [
            SubnetsListCommand.self, SubnetsShowCommand.self, MetagraphCommand.self,
            HyperparametersCommand.self,
            SubnetsCreateCommand.self, SubnetsRegisterCommand.self, PowRegisterCommand.self,
            BurnCostCommand.self,
        ],
        aliases: ["s", "subnet"]
    )
}
