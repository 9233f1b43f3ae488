import ChainAPI
import ChainClient
import Keys
import Runtime
import Synchronization
import Testing

@Suite("PowRegistration driver")
struct PowRegistrationDriverTests {
    /// Creates a subnet owned by //Alice (Finney) or uses the genesis network (Nakamoto), sets its
    /// difficulty by sudo, funds `hotkey` for the fee, and returns the netuid.
    static func prepare(_ client: HTTPChainClient, era: Era, difficulty: UInt64, hotkey: KeyPair) async throws -> UInt16 {
        let alice = TestKeys.alice
        var netuid = nakamotoNetuid
        if era == .finney {
            try await client.submit(
                try await client.sign(.subnets(.registerNetwork(hotkey: TestKeys.key("//Alice//owner", .sr25519).accountID)), with: alice))
            try await client.createBlock()
            netuid = try #require(try await client.subnets().last?.netuid)
        }
        for update: HyperparameterUpdate in [.minDifficulty(1), .difficulty(difficulty)] {
            try await client.submit(try await client.sign(.subnets(.sudoSetHyperparameter(netuid: netuid, update)), with: alice))
        }
        try await client.submit(try await client.sign(transfer(to: hotkey, raoPerTao), with: alice))
        try await client.createBlock()
        #expect(try await client.difficulty(netuid) == difficulty)
        return netuid
    }

    /// Seals a block every `interval` until `body` returns; with `promptly`, also as soon as the pool
    /// holds an extrinsic, so that a seal is included on the block after the one it was solved on
    /// however slowly a loaded machine runs the driver (the chain accepts work for three blocks only).
    static func producingBlocks<T: Sendable>(
        _ client: HTTPChainClient, every interval: Duration = .milliseconds(150), promptly: Bool = false,
        _ body: () async throws -> T
    ) async throws -> T {
        let producer = Task {
            var lastSealed = ContinuousClock.now
            while !Task.isCancelled {
                try? await Task.sleep(for: promptly ? .milliseconds(20) : interval)
                let pending = promptly ? ((try? await client.pendingExtrinsics())?.isEmpty == false) : false
                guard !promptly || pending || ContinuousClock.now - lastSealed >= interval else { continue }
                _ = try? await client.createBlock()
                lastSealed = .now
            }
        }
        let result: Result<T, any Error>
        do {
            result = .success(try await body())
        } catch {
            result = .failure(error)
        }
        // Wait for the producer, so that no block is being sealed while the node shuts down.
        producer.cancel()
        await producer.value
        return try result.get()
    }

    /// Collects events from a callback.
    final class EventLog: Sendable {
        private let events = Mutex<[PowRegistrationEvent]>([])
        func append(_ event: PowRegistrationEvent) { events.withLock { $0.append(event) } }
        var all: [PowRegistrationEvent] { events.withLock { $0 } }
        var solvingBlocks: [UInt64] {
            all.compactMap { if case .solving(let problem) = $0 { problem.blockNumber } else { nil } }
        }
    }

    @Test("registers a hotkey by proof of work and it appears in the metagraph", arguments: Era.allCases)
    func registers(era: Era) async throws {
        try await TestNode.with(era: era) { node in
            let client = node.http
            let hotkey = TestKeys.key("//Pow//\(era.rawValue)", .sr25519)
            let coldkey = TestKeys.bob.accountID
            let netuid = try await Self.prepare(client, era: era, difficulty: 500, hotkey: hotkey)
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let log = EventLog()
            let registration = PowRegistration(
                client: socket, netuid: netuid, hotkey: hotkey, coldkey: coldkey, era: era,
                solver: PowSolver(workers: 2, reportInterval: .milliseconds(20)))
            let outcome = try await Self.producingBlocks(client, every: .seconds(3), promptly: true) {
                try await registration.run(onEvent: log.append)
            }

            #expect(!outcome.alreadyRegistered && outcome.submissions >= 1 && outcome.hashes >= 1)
            let solution = try #require(outcome.solution)
            #expect(PowWork.meets(solution.seal, difficulty: 500))
            let neuron = try #require(try await client.neuron(netuid, hotkey: hotkey))
            #expect(neuron.uid == outcome.uid && neuron.blockAtRegistration == outcome.blockNumber)
            #expect(neuron.coldkey == TestKeys.bob.ss58Address)
            let metagraph = try await client.metagraph(netuid)
            #expect(metagraph.hotkeys.contains(hotkey.ss58Address))
            #expect(log.all.contains(.solved(solution)))
            #expect(!log.solvingBlocks.isEmpty)

            // A second run finds the hotkey registered and submits nothing.
            let again = try await PowRegistration(
                client: socket, netuid: netuid, hotkey: hotkey, coldkey: coldkey, era: era
            ).run()
            #expect(again.alreadyRegistered && again.uid == outcome.uid && again.submissions == 0)
            await socket.close()
        }
    }

    @Test("restarts on every new block and picks up a lowered difficulty")
    func restartsOnNewBlocks() async throws {
        try await TestNode.with { node in
            let client = node.http
            let hotkey = TestKeys.key("//Pow//restart", .sr25519)
            let netuid = try await Self.prepare(client, era: .finney, difficulty: .max, hotkey: hotkey)
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let log = EventLog()
            let registration = PowRegistration(
                client: socket, netuid: netuid, hotkey: hotkey, coldkey: TestKeys.bob.accountID, era: .finney,
                solver: PowSolver(workers: 2, reportInterval: .milliseconds(20)))
            let outcome = try await Self.producingBlocks(client, every: .milliseconds(1_500), promptly: true) {
                try await withThrowingTaskGroup(of: PowRegistrationOutcome?.self) { group in
                    group.addTask { try await registration.run(onEvent: log.append) }
                    group.addTask {
                        // After a few blocks at an impossible difficulty, sudo lowers it.
                        while Set(log.solvingBlocks).count < 4 { try await Task.sleep(for: .milliseconds(20)) }
                        try await client.submit(
                            try await client.sign(.subnets(.sudoSetHyperparameter(netuid: netuid, .difficulty(100))), with: TestKeys.alice))
                        return nil
                    }
                    var outcome: PowRegistrationOutcome?
                    for try await result in group { if let result { outcome = result } }
                    return try #require(outcome)
                }
            }
            await socket.close()
            let blocks = log.solvingBlocks
            #expect(blocks == blocks.sorted() && Set(blocks).count == blocks.count && blocks.count >= 5)
            let difficulties = log.all.compactMap { if case .solving(let problem) = $0 { problem.difficulty } else { nil } }
            #expect(difficulties.first == .max && difficulties.last == 100)
            #expect(log.all.contains { if case .progress(let progress) = $0 { progress.totalHashes > 0 } else { false } })
            #expect(try await client.neuron(netuid, hotkey: hotkey)?.uid == outcome.uid)
        }
    }

    @Test("stops when cancelled")
    func cancels() async throws {
        try await TestNode.with { node in
            let client = node.http
            let hotkey = TestKeys.key("//Pow//cancel", .sr25519)
            let netuid = try await Self.prepare(client, era: .finney, difficulty: .max, hotkey: hotkey)
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let registration = PowRegistration(
                client: socket, netuid: netuid, hotkey: hotkey, coldkey: TestKeys.bob.accountID, era: .finney)
            let task = Task { try await registration.run() }
            try await Task.sleep(for: .milliseconds(300))
            // The work can never be found (difficulty aside, no block to submit to in time): the run
            // ends only because it is cancelled. How fast is for the benchmark, not this test.
            task.cancel()
            // Cancelled while solving or while waiting on the node: either way the run says so.
            do {
                _ = try await task.value
                Issue.record("a run at difficulty u64::MAX finished instead of being cancelled")
            } catch let error as PowRegistrationError {
                #expect("\(error)".localizedCaseInsensitiveContains("cancelled"), "\(error)")
            }
            await socket.close()
        }
    }

    @Test("an unfunded hotkey cannot pay the fee: the node's refusal is reported")
    func unfundedHotkey() async throws {
        try await TestNode.with { node in
            let client = node.http
            let netuid = try await Self.prepare(client, era: .finney, difficulty: 10, hotkey: TestKeys.charlie)
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let poor = TestKeys.key("//Pow//poor", .sr25519)
            let registration = PowRegistration(
                client: socket, netuid: netuid, hotkey: poor, coldkey: TestKeys.bob.accountID, era: .finney)
            let error = await #expect(throws: PowRegistrationError.self) {
                try await Self.producingBlocks(client) { try await registration.run() }
            }
            guard case .submission = error else {
                Issue.record("expected a submission error, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("fund it") == true)
            await socket.close()
        }
    }

    @Test("a missing subnet is named")
    func missingSubnet() async throws {
        try await TestNode.with { node in
            let socket = try await ChainClient.connect(webSocketURL: node.webSocketURL)
            let registration = PowRegistration(
                client: socket, netuid: 7, hotkey: TestKeys.charlie, coldkey: TestKeys.bob.accountID, era: .finney)
            await #expect(throws: PowRegistrationError.subnetNotFound(netuid: 7)) { try await registration.run() }
            await socket.close()
        }
    }
}
