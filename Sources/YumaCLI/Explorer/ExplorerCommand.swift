import ArgumentParser

/// `yuma explorer`: the explorer (`run`, the default) and its benchmark.
struct ExplorerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explorer",
        abstract: "Index a node and serve the explorer: pages, Roundup charts and a JSON API.",
        subcommands: [ExplorerRunCommand.self, ExplorerBenchCommand.self],
        defaultSubcommand: ExplorerRunCommand.self
    )
}
