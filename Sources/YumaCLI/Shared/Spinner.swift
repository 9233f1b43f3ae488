/// A spinner on standard error while the CLI waits on the chain; silent when standard error is not a
/// terminal or in JSON or quiet mode.
struct Spinner {
    private static let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Runs `work` while showing `message` next to a spinning frame.
    static func run<T: Sendable>(
        _ message: String, options: OutputOptions, _ work: () async throws -> T
    ) async rethrows -> T {
        guard Terminal.stderrIsTerminal, !options.jsonOutput, !options.quiet else { return try await work() }
        let spinner = Task {
            var index = 0
            while !Task.isCancelled {
                Terminal.writeError("\r\(frames[index % frames.count]) \(message)")
                index += 1
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        defer {
            spinner.cancel()
            Terminal.writeError("\r\u{1B}[2K")
        }
        return try await work()
    }
}
