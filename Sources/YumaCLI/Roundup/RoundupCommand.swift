import ArgumentParser

/// `yuma roundup`: the Network Roundup report of a period, charts and summary.
struct RoundupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundup",
        abstract: "Write the Network Roundup report (four charts as SVG and PNG, HTML and Markdown summary)."
    )

    func run() async throws {
        throw CLIError("yuma roundup is not available in this build")
    }
}
