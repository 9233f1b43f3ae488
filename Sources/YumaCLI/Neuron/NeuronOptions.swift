import ArgumentParser
import Foundation
import Logging
import Neuron

/// Options the miner and validator share: the model files, logging.
struct NeuronModelOptions: ParsableArguments {
    @Option(name: .customLong("models-dir"), help: "Where trained models are kept (default ~/.yuma/models).")
    var modelsDir: String?

    @Option(name: .long, help: "The n-gram miners' training corpus (default: Corpora/train of this checkout).")
    var corpus: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    /// The catalog these options describe.
    func catalog() throws(CLIError) -> ModelCatalog {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        guard let training = corpus ?? ModelCatalog.corpus("train") else {
            throw CLIError("no training corpus: pass --corpus DIR (the checkout's Corpora/train was not found)")
        }
        let logger = Logger(label: "yuma.models")
        return ModelCatalog(
            modelsDirectory: modelsDir ?? home + "/.yuma/models", trainingCorpus: training,
            progress: { logger.info("\($0)") })
    }

    /// Sends logs to standard error at the chosen level.
    func bootstrapLogging() {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// Runs `body` until SIGINT or SIGTERM, then cancels it and waits for it to finish.
func runUntilSignalled(_ body: @escaping @Sendable () async throws -> Void) async throws {
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    let (stop, continuation) = AsyncStream<Void>.makeStream()
    let sources = [SIGINT, SIGTERM].map { number in
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { continuation.yield() }
        source.resume()
        return source
    }
    let work = Task {
        defer { continuation.finish() }
        try await body()
    }
    for await _ in stop { break }
    work.cancel()
    try await work.value
    withExtendedLifetime(sources) {}
}
