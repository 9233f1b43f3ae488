import ArgumentParser
import Foundation

/// The `yuma` command line.
@main
struct Yuma: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuma",
        abstract: "Yuma: a Bittensor-style network in Swift.",
        subcommands: [
            WalletCommand.self, StakeCommand.self, SubnetsCommand.self, SudoCommand.self, WeightsCommand.self,
            DelegatesCommand.self,
            ConsensusCommand.self, RuntimeCommand.self, NodeCommand.self, ExplorerCommand.self,
            MinerCommand.self, ValidatorCommand.self, AxonCommand.self, ModelCommand.self, SimCommand.self,
            LocalnetCommand.self, RoundupCommand.self, KeysCommand.self,
        ] + LegacyCommands.all
    )

    /// Parses and runs; a mistake in a btcli-style command prints one line and exits with status 1.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard BtcliStyle.owns(arguments), exitCode(for: error) != .success, !(error is ExitCode) else {
                exit(withError: error)
            }
            let message = BtcliStyle.oneLine(message(for: error), arguments: arguments)
            FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
            Foundation.exit(1)
        }
    }
}
