import ChildProcess
import Foundation
import Testing

@testable import Node

#if canImport(Glibc)
    import Glibc
#endif

/// The real crash test: a writer process is SIGKILLed at random moments while it commits blocks, and the
/// store must reopen at a consistent head with every committed block readable.
///
/// The writer is this very test binary, started again through `/proc/self/exe` with Swift Testing's
/// `--filter` set to ``writerChildCommitsUntilKilled()`` and the store path in the environment. That test is
/// skipped unless the variable is set, so an ordinary run only starts the parent. `fork()` without `exec`
/// is not an option (GRDB's dispatch queues do not survive it), and a separate executable target would have
/// to change the package; re-executing the test binary exercises the real `BlockStore` in a real process.
/// Linux only: on macOS the tests run inside an `xctest` host, which this re-execution does not model.
@Suite("Block store crash safety")
struct BlockStoreCrashTests {
    /// The environment variable naming the store the writer child commits to.
    static let storeVariable = "YUMA_STORE_CRASH_CHILD_STORE"
    /// The environment variable naming the file the child appends each committed block number to.
    static let progressVariable = "YUMA_STORE_CRASH_CHILD_PROGRESS"
    /// The chain both processes derive blocks from.
    static let chain = SyntheticChain(accounts: 2_000)
    /// The genesis state size.
    static let genesisEntries = 2_000

    /// How many extrinsics block `number` carries: a mix of small and large blocks.
    static func extrinsicCount(_ number: UInt64) -> Int { [3, 60, 400, 1_500][Int(number % 4)] }

    /// The writer half: commits blocks until it is killed (or for at most two minutes, or if orphaned).
    @Test(.enabled(if: ProcessInfo.processInfo.environment[storeVariable] != nil))
    func writerChildCommitsUntilKilled() async throws {
        let environment = ProcessInfo.processInfo.environment
        let path = try #require(environment[Self.storeVariable])
        let progressPath = try #require(environment[Self.progressVariable])
        let store = try BlockStore(path: path)
        if try await store.head() == nil {
            try await store.commitGenesis(Self.chain.genesis(stateEntries: Self.genesisEntries))
        }
        let progress = try #require(FileHandle(forWritingAtPath: progressPath))
        try progress.seekToEnd()
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline, getppid() != 1 {
            let head = try #require(try await store.head())
            let number = head.number + 1
            let block = Self.chain.block(
                number: number, parentHash: head.hash, extrinsics: Self.extrinsicCount(number))
            try await store.commit(block)
            try progress.write(contentsOf: Data("\(number)\n".utf8))
        }
    }

    #if os(Linux)
        @Test(.timeLimit(.minutes(10)))
        func aKilledWriterRestartsAtItsLastCommittedBlock() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let progressPath = directory.path + "/progress.txt"
            #expect(FileManager.default.createFile(atPath: progressPath, contents: nil))
            var verifiedUpTo: UInt64 = 0
            var expectedBlocks = [Self.chain.genesis(stateEntries: Self.genesisEntries)]
            for round in 1...8 {
                let reportedBefore = Self.lastReported(progressPath)
                let child = try Self.startWriter(
                    directory: directory, progressPath: progressPath, round: round)
                try await Self.waitForProgress(beyond: reportedBefore, progressPath, child, directory)
                let delay = Int.random(in: 0...400)
                try await Task.sleep(for: .milliseconds(delay))
                kill(child.processIdentifier, SIGKILL)
                child.waitUntilExit()
                let reported = Self.lastReported(progressPath)

                let store = try BlockStore(path: directory.storePath)
                let head = try #require(try await store.head())
                print(
                    "crash round \(round): killed \(delay) ms after #\(reportedBefore + 1) was reported; "
                        + "last reported #\(reported), reopened at #\(head.number)")
                // Every block whose commit returned is there; at most one more committed before its report.
                #expect(
                    head.number >= reported, "round \(round): head #\(head.number) < reported #\(reported)")
                #expect(
                    head.number <= reported + 1, "round \(round): head #\(head.number), reported #\(reported)"
                )
                while UInt64(expectedBlocks.count) <= head.number, let parent = expectedBlocks.last {
                    let number = UInt64(expectedBlocks.count)
                    expectedBlocks.append(
                        Self.chain.block(
                            number: number, parentHash: parent.hash, extrinsics: Self.extrinsicCount(number)))
                }
                for number in verifiedUpTo...head.number {
                    #expect(
                        try await store.block(number: number) == expectedBlocks[Int(number)],
                        "block #\(number)")
                }
                #expect(try await store.block(number: head.number + 1) == nil)
                #expect(
                    try await store.stateEntries()
                        == expectedState(after: Array(expectedBlocks[...Int(head.number)])))
                verifiedUpTo = head.number
            }
            #expect(verifiedUpTo >= 8)
        }
    #endif

    /// Starts the writer child on the store in `directory`, its output going to a log file there.
    static func startWriter(directory: TemporaryDirectory, progressPath: String, round: Int) throws -> ChildProcess
    {
        let child = ChildProcess()
        child.executableURL = URL(
            fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        child.arguments = [
            "--testing-library", "swift-testing", "--filter",
            "BlockStoreCrashTests/writerChildCommitsUntilKilled",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment[storeVariable] = directory.storePath
        environment[progressVariable] = progressPath
        child.environment = environment
        let logPath = directory.path + "/writer-\(round).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = FileHandle(forWritingAtPath: logPath)
        child.standardOutput = log
        child.standardError = log
        try child.run()
        return child
    }

    /// Waits until the child reports a block beyond `number`; fails with its log if it exits first.
    static func waitForProgress(
        beyond number: UInt64, _ progressPath: String, _ child: ChildProcess, _ directory: TemporaryDirectory
    ) async throws {
        let deadline = ContinuousClock.now + .seconds(90)
        while lastReported(progressPath) <= number {
            guard child.isRunning, ContinuousClock.now < deadline else {
                if child.isRunning { kill(child.processIdentifier, SIGKILL) }
                let logs = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                let text = logs.filter { $0.hasPrefix("writer-") }.sorted().compactMap {
                    try? String(contentsOfFile: directory.path + "/" + $0, encoding: .utf8)
                }.joined(separator: "\n")
                Issue.record(
                    "the writer child made no progress past #\(number); its output:\n\(text.suffix(4_000))")
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The last block number the child finished reporting (a torn last line is ignored), or 0.
    static func lastReported(_ progressPath: String) -> UInt64 {
        guard let text = try? String(contentsOfFile: progressPath, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .compactMap { UInt64($0) }.last ?? 0
    }
}
