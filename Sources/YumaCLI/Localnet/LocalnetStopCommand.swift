import ArgumentParser
import Localnet

/// `yuma localnet stop`: ends the processes the localnet started, and only those.
struct LocalnetStopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Stop the local network (only the processes it started); the chain is kept.")

    @OptionGroup var directory: LocalnetDirectoryOption

    func run() async throws {
        print(await LocalnetControl(layout: directory.layout).stop())
    }
}

/// `yuma localnet reset`: stops it and deletes its directory.
struct LocalnetResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: "Stop the local network and delete its chain, index, wallets and logs.")

    @OptionGroup var directory: LocalnetDirectoryOption

    func run() async throws {
        do {
            print(try await LocalnetControl(layout: directory.layout).reset())
        } catch {
            throw CLIError(error.description)
        }
    }
}
