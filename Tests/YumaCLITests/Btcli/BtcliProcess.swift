import ChildProcess
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Runs `yuma` for the btcli-style tests: a private HOME (so no real `~/.bittensor` is read), extra
/// environment variables, COLUMNS pinned to 100, and optionally a node whose blocks are sealed while
/// the command runs.
struct BtcliProcess {
    /// Environment variables added for every run.
    var environment: [String: String] = [:]
    /// A temporary HOME for the runs.
    let home: String

    /// A runner with a fresh temporary HOME.
    init(environment: [String: String] = [:]) {
        home =
            FileManager.default.temporaryDirectory.appendingPathComponent("yuma-home-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        self.environment = environment
    }

    /// The process for `arguments`, with pipes for its output.
    func process(_ arguments: [String], extra: [String: String] = [:]) throws -> (ChildProcess, Pipe, Pipe) {
        let process = ChildProcess()
        process.executableURL = try YumaProcess.binary()
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("BT_") }
        variables["HOME"] = home
        variables["COLUMNS"] = "100"
        variables.merge(environment) { $1 }
        variables.merge(extra) { $1 }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        return (process, out, err)
    }

    /// Runs `yuma arguments…` to the end.
    func run(_ arguments: [String], extra: [String: String] = [:]) throws -> YumaProcess.Result {
        let (process, out, err) = try process(arguments, extra: extra)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return YumaProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `yuma arguments…` while sealing a block on `node` every 100 ms, without blocking a thread.
    func run(_ arguments: [String], sealingOn node: DevNode) async throws -> YumaProcess.Result {
        let (process, out, err) = try process(arguments)
        try process.run()
        let deadline = ContinuousClock.now + .seconds(120)
        while process.isRunning && ContinuousClock.now < deadline {
            try? await node.seal()
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning { process.terminate() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return YumaProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The JSON object a `--json-output` run printed.
    static func object(_ result: YumaProcess.Result) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else {
            throw CocoaError(
                .coderReadCorrupt,
                userInfo: [NSDebugDescriptionErrorKey: "not a JSON object: \(result.stdout)"])
        }
        return object
    }

    /// A fresh temporary folder.
    static func temporaryDirectory(_ prefix: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString)"
        ).path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The `BT_PW_…` variable that carries `password` for the keyfile at `path` (Bittensor's encoding:
    /// base64 of the password XOR-ed with the variable name).
    static func passwordVariable(forKeyfileAt path: String, password: String) -> (String, String) {
        let name =
            "BT_PW_"
            + path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".", with: "_")
            .uppercased()
        let key = Array(name.utf8)
        let bytes = Array(password.utf8).enumerated().map { $0.element ^ key[$0.offset % key.count] }
        return (name, Data(bytes).base64EncodedString())
    }
}

/// A `yuma node --dev --block-time manual --rpc-port 0` process and its RPC URL.
final class DevNode: @unchecked Sendable {
    // Reviewed: the process and URL are set once in `start` and only read afterwards.
    let process: ChildProcess
    let url: String
    let basePath: String

    private init(process: ChildProcess, url: String, basePath: String) {
        self.process = process
        self.url = url
        self.basePath = basePath
    }

    /// Starts a node and waits for its `rpc listening url=` log line.
    static func start() async throws -> DevNode {
        let basePath = BtcliProcess.temporaryDirectory("yuma-cli-node")
        let process = ChildProcess()
        process.executableURL = try YumaProcess.binary()
        process.arguments = [
            "node", "--dev", "--block-time", "manual", "--rpc-port", "0", "--base-path", basePath,
        ]
        let log = Pipe()
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let handle = log.fileHandleForReading
        var text = ""
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            // The log line reads `… url=http://127.0.0.1:PORT ws=ws://… [YumaCLI] rpc listening`.
            if let line = text.split(separator: "\n").first(where: { $0.contains("rpc listening") }),
                let range = line.range(of: #"url=\S+"#, options: .regularExpression)
            {
                let url = String(line[range].dropFirst("url=".count))
                // Keep draining the log so the node never blocks on a full pipe.
                Thread.detachNewThread { while !handle.availableData.isEmpty {} }
                return DevNode(process: process, url: url, basePath: basePath)
            }
        }
        process.terminate()
        throw CocoaError(
            .fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: "no rpc listening line in: \(text)"])
    }

    /// Seals one block with `engine_createBlock`.
    func seal() async throws {
        guard let endpoint = URL(string: url) else { return }
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"jsonrpc":"2.0","id":1,"method":"engine_createBlock","params":[]}"#.utf8)
        _ = try await URLSession.shared.data(for: request)
    }

    /// Stops the node and removes its database.
    func stop() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: basePath)
    }
}
