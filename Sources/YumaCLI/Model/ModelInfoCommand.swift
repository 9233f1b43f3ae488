import ArgumentParser
import Foundation
import LanguageModel

/// `yuma model info FILE`: the architecture, hyperparameters and tensor types of a GGUF file.
struct ModelInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show the architecture, hyperparameters and tensors of a GGUF file.")

    @Argument(help: "The GGUF file.")
    var file: String

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    struct Report: Encodable {
        var path: String
        var ggufVersion: Int
        var architecture: String
        var name: String?
        var hyperparameters: [String: String]
        var tensorCount: Int
        var tensorBytes: Int
        var tensorTypes: [String: Int]
    }

    func run() throws {
        let gguf = try GGUFFile(contentsOf: URL(fileURLWithPath: file))
        let architecture = gguf.architecture ?? "(none)"
        var hyperparameters: [String: String] = [:]
        for key in gguf.metadataKeys where key.hasPrefix(architecture + ".") {
            if let value = gguf.metadata[key], value.type != .array {
                hyperparameters[String(key.dropFirst(architecture.count + 1))] = Self.text(value)
            }
        }
        let report = Report(
            path: file, ggufVersion: gguf.version, architecture: architecture,
            name: gguf.metadata["general.name"]?.stringValue, hyperparameters: hyperparameters,
            tensorCount: gguf.tensors.count, tensorBytes: gguf.tensorByteCount,
            tensorTypes: Dictionary(
                uniqueKeysWithValues: gguf.tensorTypeCounts.map { ($0.key.name, $0.value) }))
        if jsonOutput {
            print(JSONOutput.render(report))
            return
        }
        var lines = ["\(file): GGUF v\(report.ggufVersion), architecture \(architecture)"]
        if let name = report.name { lines.append("name: \(name)") }
        for key in hyperparameters.keys.sorted() { lines.append("  \(key) = \(hyperparameters[key] ?? "")") }
        let megabytes = String(format: "%.1f", Double(report.tensorBytes) / 1_048_576)
        lines.append("tensors: \(report.tensorCount) (\(megabytes) MiB)")
        for (type, count) in report.tensorTypes.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(type): \(count)")
        }
        print(lines.joined(separator: "\n"))
    }

    private static func text(_ value: GGUFValue) -> String {
        switch value {
        case .unsigned(let number, _): "\(number)"
        case .signed(let number, _): "\(number)"
        case .float(let number, .float32): "\(Float(number))"
        case .float(let number, _): "\(number)"
        case .bool(let flag): "\(flag)"
        case .string(let string): string
        case .array(_, let values): "[\(values.count) values]"
        }
    }
}
