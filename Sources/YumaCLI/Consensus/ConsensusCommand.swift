import ArgumentParser
import Consensus

/// `yuma consensus`: run and measure the Yuma Consensus epoch.
struct ConsensusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consensus",
        abstract: "Run and measure the Yuma Consensus epoch.",
        subcommands: [EpochCommand.self, BenchCommand.self]
    )
}

extension BondsMechanism: ExpressibleByArgument {}
