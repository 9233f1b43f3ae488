import ArgumentParser
import Dispatch
import Foundation
import Localnet

/// `yuma localnet supervise`: the background process `start` launches (not for direct use).
struct LocalnetSuperviseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", abstract: "Run a localnet in the foreground (what `start` launches).",
        shouldDisplay: false)

    @OptionGroup var directory: LocalnetDirectoryOption
    @OptionGroup var network: LocalnetNetworkOptions

    func run() async throws {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let supervisor = Supervisor(configuration: network.configuration(directory.layout)) { line in
            let stamp = ISO8601DateFormatter().string(from: Date())
            FileHandle.standardError.write(Data("\(stamp) \(line)\n".utf8))
        }
        let (stop, continuation) = AsyncStream<Void>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
        Task {
            // A failed start-up has already stopped what it started and recorded why.
            do { try await supervisor.start() } catch { Foundation.exit(1) }
        }
        for await _ in stop { break }
        await supervisor.stop()
        withExtendedLifetime(sources) {}
    }
}
