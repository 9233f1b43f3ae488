import ChainAPI
import Hashing
import Synchronization

/// What the registration loop reacts to, in arrival order.
enum PowDriverInput: Sendable {
    /// A new head from the subscription.
    case head(HeaderView)
    /// The subscription ended.
    case headsEnded(String)
    /// The solver found a seal.
    case solved(PowSolution)
    /// Solving could not go on.
    case failed(PowRegistrationError)
}

extension PowRegistration {
    /// Runs the registration until the hotkey holds a uid, the chain refuses it for good, or the task
    /// is cancelled; `onEvent` receives every ``PowRegistrationEvent``.
    public func run(onEvent: (@Sendable (PowRegistrationEvent) -> Void)? = nil)
        async throws(PowRegistrationError) -> PowRegistrationOutcome
    {
        do {
            return try await registration(onEvent: onEvent)
        } catch {
            // A query interrupted by the cancellation fails as an RPC error; report the cancellation.
            throw Task.isCancelled ? .cancelled : error
        }
    }

    /// The body of ``run(onEvent:)``.
    private func registration(onEvent: (@Sendable (PowRegistrationEvent) -> Void)?)
        async throws(PowRegistrationError) -> PowRegistrationOutcome
    {
        let clock = ContinuousClock()
        let started = clock.now
        try await checkSubnet()
        if let uid = try await registeredUID() {
            return PowRegistrationOutcome(
                netuid: netuid, uid: uid, hotkey: hotkey.ss58Address, alreadyRegistered: true, blockNumber: nil,
                extrinsicHash: nil, solution: nil, submissions: 0, hashes: 0, elapsed: clock.now - started)
        }

        let heads: RPCSubscription<HeaderView>
        do {
            heads = try await client.subscribeNewHeads()
        } catch {
            throw .rpc(error)
        }
        let (inputs, feed) = AsyncStream.makeStream(of: PowDriverInput.self)
        let forwarder = Task {
            do {
                for try await head in heads { feed.yield(.head(head)) }
                feed.yield(.headsEnded("the subscription finished"))
            } catch {
                feed.yield(.headsEnded("\(error)"))
            }
        }
        let result = await loop(inputs: inputs, feed: feed, started: started, onEvent: onEvent ?? { _ in })
        forwarder.cancel()
        await heads.cancel()
        return try result.get()
    }

    /// The loop: restart the solver on each new head, submit each solution while it can be accepted.
    private func loop(
        inputs: AsyncStream<PowDriverInput>, feed: AsyncStream<PowDriverInput>.Continuation,
        started: ContinuousClock.Instant, onEvent: @escaping @Sendable (PowRegistrationEvent) -> Void
    ) async -> Result<PowRegistrationOutcome, PowRegistrationError> {
        var head: HeaderView
        do {
            head = try await client.head()
        } catch {
            return .failure(.rpc(error))
        }
        var hashes: UInt64 = 0
        var submissions = 0
        var solving: Task<UInt64, Never>? = solve(
            on: head, feed: feed, started: started, previousHashes: hashes, onEvent: onEvent)
        /// Stops the solver (it returns within a batch) and adds its hashes to the total.
        func stopSolving() async {
            solving?.cancel()
            hashes &+= await solving?.value ?? 0
            solving = nil
        }

        for await input in inputs {
            switch input {
            case .head(let new):
                guard new.number > head.number else { continue }
                head = new
                await stopSolving()
                solving = solve(on: head, feed: feed, started: started, previousHashes: hashes, onEvent: onEvent)
            case .solved(let solution):
                guard Self.accepts(workBlock: solution.blockNumber, head: head.number) else { continue }
                await stopSolving()
                submissions += 1
                onEvent(.solved(solution))
                let submitted: PowSubmission
                do {
                    submitted = try await submit(solution)
                } catch {
                    return .failure(error)
                }
                switch submitted {
                case .registered(let uid, let inclusion):
                    return .success(
                        PowRegistrationOutcome(
                            netuid: netuid, uid: uid, hotkey: hotkey.ss58Address, alreadyRegistered: inclusion == nil,
                            blockNumber: inclusion?.blockNumber, extrinsicHash: inclusion?.hash, solution: solution,
                            submissions: submissions, hashes: hashes, elapsed: ContinuousClock().now - started))
                case .retry(let reason):
                    onEvent(.rejected(reason: reason))
                    guard submissions < maxSubmissions else {
                        return .failure(.tooManySubmissions(count: submissions, lastReason: reason))
                    }
                    do {
                        let latest = try await client.head()
                        if latest.number > head.number { head = latest }
                    } catch {
                        return .failure(.rpc(error))
                    }
                    solving = solve(on: head, feed: feed, started: started, previousHashes: hashes, onEvent: onEvent)
                }
            case .headsEnded(let reason):
                await stopSolving()
                return .failure(Task.isCancelled ? .cancelled : .headsEnded(reason: reason))
            case .failed(let error):
                await stopSolving()
                return .failure(error)
            }
        }
        await stopSolving()
        return .failure(.cancelled)
    }

    /// Starts solving on `head` with the subnet's current difficulty; the task feeds the solution or
    /// a failure (nothing when cancelled) and returns the hashes it computed.
    private func solve(
        on head: HeaderView, feed: AsyncStream<PowDriverInput>.Continuation, started: ContinuousClock.Instant,
        previousHashes: UInt64, onEvent: @escaping @Sendable (PowRegistrationEvent) -> Void
    ) -> Task<UInt64, Never> {
        Task {
            let difficulty: UInt64
            do throws(RPCClientError) {
                difficulty = try await client.difficulty(netuid)
            } catch {
                if !Task.isCancelled { feed.yield(.failed(.rpc(error))) }
                return 0
            }
            guard let blockHash = try? Hex.decode(head.hash), blockHash.count == 32 else {
                feed.yield(.failed(.invalidHead(hash: head.hash)))
                return 0
            }
            let problem = PowProblem(
                era: era, blockNumber: head.number, blockHash: blockHash, hotkey: hotkey.accountID,
                difficulty: difficulty)
            onEvent(.solving(problem))
            let tally = Atomic<UInt64>(0)
            do throws(PowSolverError) {
                let solution = try await solver.solve(problem) { status in
                    tally.store(status.hashes, ordering: .relaxed)
                    onEvent(
                        .progress(
                            PowRegistrationProgress(
                                status: status, totalHashes: previousHashes &+ status.hashes,
                                elapsed: ContinuousClock().now - started)))
                }
                feed.yield(.solved(solution))
                return solution.hashes
            } catch .cancelled {
                return tally.load(ordering: .relaxed)
            } catch {
                feed.yield(.failed(.solver(error)))
                return tally.load(ordering: .relaxed)
            }
        }
    }
}
