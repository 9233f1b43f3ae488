/// Runs a parsed script through the real runtime, block by block, without a node.
///
/// Calls are queued and applied, in script order with the runner's nonces, in the first block of the
/// next `advance` (after `initializeBlock`, so after that block's adjustments and emission). Calls
/// left after the last `advance` get one more block. `expect` and `print` see the state after the
/// last produced block. A refused extrinsic is recorded in the report, not an error, unless `strict`.
public struct ScenarioRunner: Sendable {
    /// The chain state so far.
    public private(set) var state: ChainState
    /// Names of accounts for reports.
    public let names: ScenarioNames
    /// Whether a refused extrinsic stops the run.
    public var strict: Bool
    /// Refused extrinsics so far.
    public private(set) var failures: [ScenarioFailure] = []
    /// Snapshots taken by `print`.
    public private(set) var prints: [ScenarioSnapshot] = []
    /// Blocks produced so far.
    public private(set) var blocksProduced: UInt64 = 0
    private var pending: [(line: ScenarioLine, origin: ScenarioOrigin, name: String, call: ScenarioCall)] = []
    private var lastHash: [UInt8]
    /// The most attempts the PoW solver makes for one seal (lowered by tests).
    var powAttemptLimit = ScenarioPow.attemptLimit

    /// A runner starting from `genesis`.
    public init(genesis: Genesis, names: ScenarioNames = ScenarioNames(), strict: Bool = false) {
        state = genesis.state()
        self.names = names
        self.strict = strict
        lastHash = ScenarioBlockHash.genesis
    }

    /// Runs a parsed `script` from `genesis` and returns the report.
    public static func run(_ script: ScenarioScript, genesis: Genesis, strict: Bool = false)
        throws(ScenarioError)
        -> ScenarioReport
    {
        var runner = ScenarioRunner(genesis: genesis, names: script.names, strict: strict)
        for line in script.steps { try runner.perform(line) }
        try runner.finish()
        return runner.report()
    }

    /// Performs one step.
    public mutating func perform(_ line: ScenarioLine) throws(ScenarioError) {
        switch line.step {
        case .advance(let count):
            for _ in 0..<count { try produceBlock() }
        case .advanceTo(let target):
            guard target > state.blockNumber else {
                throw ScenarioError(
                    line: line.number, text: line.text,
                    problem: .badSyntax("advance to a block after the current block \(state.blockNumber)"))
            }
            while state.blockNumber < target { try produceBlock() }
        case .extrinsics(let origin, let name, let calls):
            for call in calls { pending.append((line, origin, name, call)) }
        case .print:
            prints.append(ScenarioSnapshot(state: state, line: line.number, names: names))
        case .expect(let expectation):
            try check(expectation, line: line)
        case .account:
            break
        }
    }

    /// Produces one more block if calls are still queued.
    public mutating func finish() throws(ScenarioError) {
        if !pending.isEmpty { try produceBlock() }
    }

    /// The report of the run so far.
    public func report() -> ScenarioReport {
        ScenarioReport(
            era: state.era, blocksProduced: blocksProduced,
            final: ScenarioSnapshot(state: state, line: 0, names: names), prints: prints, failures: failures)
    }

    /// Initializes the next block, applies the queued calls, finalizes it.
    private mutating func produceBlock() throws(ScenarioError) {
        let number = state.blockNumber + 1
        _ = Runtime.initializeBlock(number, parentHash: lastHash, state: &state)
        let queued = pending
        pending = []
        for entry in queued {
            try apply(entry.call, origin: entry.origin, name: entry.name, line: entry.line)
        }
        _ = Runtime.finalizeBlock(state: &state)
        lastHash = ScenarioBlockHash.next(parent: lastHash, number: number)
        blocksProduced += 1
    }

    /// Signs and applies one queued call with the signer's next nonce.
    private mutating func apply(
        _ scripted: ScenarioCall, origin: ScenarioOrigin, name: String, line: ScenarioLine
    )
        throws(ScenarioError)
    {
        let signer: AccountID
        switch origin {
        case .account(let account): signer = account
        case .sudo:
            guard let key = state.sudoKey else {
                throw ScenarioError(line: line.number, text: line.text, problem: .noSudoKey)
            }
            signer = key
        }
        let call: Call
        do {
            call = try ScenarioPow.complete(scripted, state: state, limit: powAttemptLimit)
        } catch {
            throw ScenarioError(line: line.number, text: line.text, problem: error)
        }
        let extrinsic = Extrinsic(signer: signer, nonce: state.account(signer).nonce, call: call)
        let refusal: (error: DispatchError, invalid: Bool)?
        do {
            let events = try Runtime.apply(extrinsic, to: &state)
            if case .extrinsicFailed(_, _, let error) = events.last {
                refusal = (error, false)
            } else {
                refusal = nil
            }
        } catch {
            refusal = (error, true)
        }
        guard let refusal else { return }
        failures.append(
            ScenarioFailure(
                block: state.blockNumber, line: line.number, signer: signer.description,
                label: names.short(signer),
                call: name, error: refusal.error.description, invalid: refusal.invalid))
        if strict {
            throw ScenarioError(
                line: line.number, text: line.text,
                problem: .refused(call: name, error: refusal.error.description))
        }
    }

    /// Checks an `expect` line against the state.
    private func check(_ expectation: ScenarioExpectation, line: ScenarioLine) throws(ScenarioError) {
        let actual: UInt64
        switch expectation.quantity.read(from: state, failures: failures.count) {
        case .success(let value): actual = value
        case .failure(let missing):
            throw ScenarioError(
                line: line.number, text: line.text, problem: .expectationFailed(missing.description))
        }
        guard !expectation.comparison.holds(actual, expectation.value) else { return }
        let shown = { (value: UInt64) in expectation.quantity.isAmount ? "\(value) rao" : "\(value)" }
        let detail =
            "at block \(state.blockNumber) the value is \(shown(actual)), expected \(expectation.comparison.rawValue) \(shown(expectation.value))"
        let queued =
            pending.isEmpty ? "" : "; \(pending.count) queued call(s) are not applied yet: advance first"
        throw ScenarioError(line: line.number, text: line.text, problem: .expectationFailed(detail + queued))
    }
}
