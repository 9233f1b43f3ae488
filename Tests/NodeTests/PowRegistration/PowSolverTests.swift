import ChainClient
import Hashing
import Runtime
import Synchronization
import Testing

@Suite("PowSolver")
struct PowSolverTests {
    /// A problem on a fixed pseudo-random block hash and hotkey.
    static func problem(_ era: Era, difficulty: UInt64, seed: UInt8 = 1) throws -> PowProblem {
        let blockHash = Keccak256.hash([seed, 0xB1])
        let hotkey = try AccountID(bytes: Keccak256.hash([seed, 0x4B]))
        return PowProblem(era: era, blockNumber: 42, blockHash: blockHash, hotkey: hotkey, difficulty: difficulty)
    }

    @Test("finds seals the runtime accepts at low difficulty", arguments: Era.allCases, [UInt64(1), 300, 5_000])
    func findsValidSeals(era: Era, difficulty: UInt64) async throws {
        let problem = try Self.problem(era, difficulty: difficulty)
        let solution = try await PowSolver(workers: 2).solve(problem)
        // The runtime's own seal rule and difficulty check.
        #expect(PowWork.seal(era: era, nonce: solution.nonce, blockHash: problem.blockHash, hotkey: problem.hotkey) == solution.seal)
        #expect(PowWork.meets(solution.seal, difficulty: difficulty))
        #expect(solution.blockNumber == 42 && solution.blockHash == problem.blockHash && solution.difficulty == difficulty)
        #expect(solution.hashes >= 1)
    }

    @Test("the solution is the runtime's first solution from the start nonce, for any number of workers", arguments: Era.allCases)
    func deterministic(era: Era) async throws {
        let problem = try Self.problem(era, difficulty: 2_000, seed: 7)
        let start = UInt64.max - 3_000  // wraps past 2^64
        let reference = try #require(
            PowWork.solve(era: era, difficulty: 2_000, blockHash: problem.blockHash, hotkey: problem.hotkey, start: start))
        for workers in [1, 2, 4] {
            for batchSize: UInt64 in [1, 64, 2_048] {
                let solver = PowSolver(workers: workers, batchSize: batchSize)
                let solution = try await solver.solve(problem, startNonce: start)
                #expect(solution.nonce == reference.nonce && solution.seal == reference.work, "\(workers) workers, batch \(batchSize)")
            }
        }
    }

    /// The search ends when cancelled, having reported progress while it ran.
    @Test("stops on cancellation and reports progress on the way")
    func cancelsPromptly() async throws {
        let problem = try Self.problem(.finney, difficulty: .max)
        let run = PowSolver(workers: 2, reportInterval: .milliseconds(50), batchSize: 256).start(problem)
        var received: [PowSolverStatus] = []
        var statuses = run.statuses.makeAsyncIterator()
        // Two reports while it runs, then cancel: at difficulty u64::MAX no seal is found, so the
        // run ends only because it is cancelled.
        while received.count < 2, let status = await statuses.next() { received.append(status) }
        run.cancel()
        await #expect(throws: PowSolverError.cancelled) { try await run.solution() }
        while let status = await statuses.next() { received.append(status) }
        #expect(received.count >= 2)
        let last = try #require(received.last)
        #expect(last.hashes > 0 && last.averageRate > 0 && last.blockNumber == 42 && last.difficulty == .max)
        #expect(received.contains { $0.instantRate > 0 })
        #expect(zip(received, received.dropFirst()).allSatisfy { $0.hashes <= $1.hashes })
    }

    @Test("a limit bounds the search")
    func exhausted() async throws {
        let problem = try Self.problem(.nakamoto, difficulty: .max)
        await #expect(throws: PowSolverError.exhausted(hashes: 5_000)) {
            try await PowSolver(workers: 2, batchSize: 512).solve(problem, startNonce: 0, limit: 5_000)
        }
    }

    @Test("a block hash that is not 32 bytes is refused")
    func invalidBlockHash() async throws {
        var problem = try Self.problem(.finney, difficulty: 1)
        problem.blockHash = [1, 2, 3]
        await #expect(throws: PowSolverError.invalidBlockHash(byteCount: 3)) { try await PowSolver().solve(problem) }
    }

    @Test("the work window follows the runtime: work on the head is accepted in the next two blocks")
    func window() {
        typealias Driver = PowRegistration<WebSocketTransport>
        #expect(Driver.accepts(workBlock: 10, head: 10))
        #expect(Driver.accepts(workBlock: 9, head: 10))
        #expect(!Driver.accepts(workBlock: 8, head: 10))
        #expect(Driver.accepts(workBlock: 11, head: 10))
        #expect(!Driver.accepts(workBlock: 12, head: 10))
    }
}
