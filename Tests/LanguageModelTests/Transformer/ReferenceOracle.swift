import ChildProcess
import Foundation

/// Runs `Oracle/reference_forward.py` (numpy, python3 from PATH) and decodes its JSON.
enum ReferenceOracle {
    struct Output: Decodable {
        let prefill: [Float]
        let decode: [[Float]]
        let greedy: [Int]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Oracle/reference_forward.py")

    /// Whether `python3` with numpy can be started.
    static let available: Bool = {
        (try? run(["-c", "import numpy"])) != nil
    }()

    /// The reference logits after `prompt`, after each of `decode`, and `greedy` greedy ids.
    static func forward(model: URL, prompt: [Int], decode: [Int], greedy: Int) throws -> Output {
        let data = try run([
            script.path, model.path, "--prompt", prompt.map(String.init).joined(separator: ","),
            "--decode", decode.map(String.init).joined(separator: ","), "--greedy", String(greedy),
        ])
        return try JSONDecoder().decode(Output.self, from: data)
    }

    private static func run(_ arguments: [String]) throws -> Data {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 failed: \(String(decoding: message, as: UTF8.self))")
        }
        return data
    }
}
