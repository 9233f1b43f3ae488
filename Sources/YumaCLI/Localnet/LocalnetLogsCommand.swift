import ArgumentParser
import Foundation
import Localnet

/// `yuma localnet logs`: the last lines of one process's log, or of all; `--follow` keeps printing.
struct LocalnetLogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Show the logs of the local network's processes.")

    @OptionGroup var directory: LocalnetDirectoryOption

    @Argument(help: "A process: supervisor, node, explorer, validator, miner-… (default: all).")
    var name: String?

    @Option(name: [.customShort("n"), .long], help: "Lines to show from each log.")
    var lines = 20

    @Flag(name: [.short, .long], help: "Keep printing new lines until interrupted.")
    var follow = false

    func run() async throws {
        let layout = directory.layout
        let names = try logNames(layout)
        for name in names {
            if names.count > 1 { print("==> \(name) <==") }
            LogTail.lines(of: layout.logFile(name), count: lines).forEach { print($0) }
        }
        guard follow else { return }
        var offsets = Dictionary(uniqueKeysWithValues: names.map { ($0, size(layout.logFile($0))) })
        while !Task.isCancelled {
            try await Task.sleep(for: .milliseconds(250))
            for name in names {
                let path = layout.logFile(name)
                let end = size(path)
                guard let start = offsets[name], end > start, let handle = FileHandle(forReadingAtPath: path) else { continue }
                handle.seek(toFileOffset: start)
                let text = String(decoding: handle.readData(ofLength: Int(end - start)), as: UTF8.self)
                try? handle.close()
                for line in text.split(separator: "\n") { print(names.count > 1 ? "[\(name)] \(line)" : String(line)) }
                offsets[name] = end
            }
        }
    }

    func logNames(_ layout: LocalnetLayout) throws -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: layout.logsPath)) ?? []
        let available = files.filter { $0.hasSuffix(".log") }.map { String($0.dropLast(4)) }.sorted()
        guard let name else {
            guard !available.isEmpty else { throw CLIError("no logs in \(layout.logsPath): the localnet never ran here") }
            return available
        }
        guard available.contains(name) else {
            throw CLIError("no log named \(name) in \(layout.logsPath); there are: \(available.joined(separator: ", "))")
        }
        return [name]
    }

    func size(_ path: String) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? UInt64) ?? 0
    }
}
