import ChildProcess
import Foundation
import Testing

/// Real programs started, fed, read, signalled and reaped.
@Suite("Child processes")
struct ChildProcessTests {
    /// Runs `/bin/sh -c script` with piped output and returns its output and how it ended.
    static func shell(
        _ script: String, input: String? = nil, environment: [String: String]? = nil, directory: String? = nil
    ) throws -> (output: String, error: String, status: Int32, reason: ChildProcess.TerminationReason) {
        let child = ChildProcess()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", script]
        child.environment = environment
        child.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) }
        let output = Pipe()
        let error = Pipe()
        child.standardOutput = output
        child.standardError = error
        let stdin = Pipe()
        if input != nil { child.standardInput = stdin } else { child.standardInput = FileHandle.nullDevice }
        try child.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = error.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        return (
            String(decoding: text, as: UTF8.self), String(decoding: errorText, as: UTF8.self),
            child.terminationStatus,
            child.terminationReason
        )
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let script: String
        var input: String? = nil
        var environment: [String: String]? = nil
        var directory: String? = nil
        let output: String
        var error = ""
        var status: Int32 = 0
        var reason = ChildProcess.TerminationReason.exit
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "output", script: "echo hello", output: "hello\n"),
        Case(name: "program name is the full path", script: "echo \"$0\"", output: "/bin/sh\n"),
        Case(name: "error stream", script: "echo oops >&2; exit 3", output: "", error: "oops\n", status: 3),
        Case(name: "exit status 255", script: "exit 255", output: "", status: 255),
        Case(name: "input", script: "tr a-z A-Z", input: "quiet\n", output: "QUIET\n"),
        Case(name: "null input reads nothing", script: "wc -c", output: "0\n"),
        Case(
            name: "environment replaced", script: "echo \"$ONLY ${HOME-no home}\"",
            environment: ["ONLY": "this"],
            output: "this no home\n"),
        Case(name: "directory", script: "pwd", directory: "/usr", output: "/usr\n"),
        Case(
            name: "killed by a signal", script: "kill -KILL $$", output: "", status: SIGKILL,
            reason: .uncaughtSignal),
        Case(
            name: "no signal blocked", script: "kill -TERM $$; sleep 5", output: "", status: SIGTERM,
            reason: .uncaughtSignal),
    ]

    @Test("a shell script's streams, status and signal", arguments: cases)
    func script(_ expected: Case) throws {
        let result = try Self.shell(
            expected.script, input: expected.input, environment: expected.environment,
            directory: expected.directory)
        #expect(result.output == expected.output)
        #expect(result.error == expected.error)
        #expect(result.status == expected.status)
        #expect(result.reason == expected.reason)
    }

    @Test("the child gets standard streams only, however many descriptors the parent holds")
    func descriptorsAreNotInherited() throws {
        // 800 pipes are 1 600 descriptors: past where Foundation's Process on Linux can crash.
        var pipes: [Pipe] = []
        for _ in 0..<800 { pipes.append(Pipe()) }
        defer {
            for pipe in pipes {
                try? pipe.fileHandleForReading.close(); try? pipe.fileHandleForWriting.close()
            }
        }
        for _ in 0..<20 {
            // `ls` lists its own descriptors: the three streams and the directory it reads.
            let result = try Self.shell("exec ls /proc/self/fd")
            #expect(result.output == "0\n1\n2\n3\n")
            #expect(result.status == 0)
        }
    }

    @Test("terminate ends a running program with SIGTERM and calls the handler once")
    func terminate() async throws {
        let child = ChildProcess()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        let (ended, continuation) = AsyncStream.makeStream(of: Int32.self)
        child.terminationHandler = { continuation.yield($0.terminationStatus) }
        try child.run()
        #expect(child.isRunning)
        #expect(child.processIdentifier > 0)
        child.terminate()
        var iterator = ended.makeAsyncIterator()
        #expect(await iterator.next() == SIGTERM)
        child.waitUntilExit()
        #expect(!child.isRunning)
        #expect(child.terminationReason == .uncaughtSignal)
        // A second signal after the end is not sent to a reused process id.
        child.terminate()
    }

    @Test("a missing program is a clear error, and a second run is refused")
    func errors() throws {
        let missing = ChildProcess()
        missing.executableURL = URL(fileURLWithPath: "/nonexistent/yuma-program")
        #expect(throws: ChildProcessError.spawnFailed("/nonexistent/yuma-program", errno: ENOENT)) {
            try missing.run()
        }
        #expect(
            "\(ChildProcessError.spawnFailed("/x", errno: ENOENT))"
                == "cannot start /x: No such file or directory")
        #expect(throws: ChildProcessError.noExecutable) { try ChildProcess().run() }
        let once = ChildProcess()
        once.executableURL = URL(fileURLWithPath: "/bin/true")
        try once.run()
        #expect(throws: ChildProcessError.alreadyStarted("/bin/true")) { try once.run() }
        once.waitUntilExit()
        #expect(once.terminationStatus == 0)
    }
}
