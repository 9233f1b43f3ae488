/// A parsed scenario script: its steps in order, with the accounts it named.
public struct ScenarioScript: Sendable, Equatable {
    /// The steps, one per non-blank, non-comment line.
    public var steps: [ScenarioLine]
    /// Names the script can use for accounts (dev accounts and `account` aliases), for reports.
    public var names: ScenarioNames

    /// A script.
    public init(steps: [ScenarioLine], names: ScenarioNames) {
        self.steps = steps
        self.names = names
    }
}

/// One step and where it came from.
public struct ScenarioLine: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// The line without comment and surrounding blanks.
    public var text: String
    /// What the line asks for.
    public var step: ScenarioStep

    /// A line.
    public init(number: Int, text: String, step: ScenarioStep) {
        self.number = number
        self.text = text
        self.step = step
    }
}

/// What one script line asks for.
public enum ScenarioStep: Sendable, Equatable {
    /// Produce this many blocks; the calls queued since the last advance go in the first.
    case advance(BlockNumber)
    /// Produce blocks until this block number has been produced.
    case advanceTo(BlockNumber)
    /// Queue extrinsics signed by `origin` for the next block (a line may yield several, e.g. one
    /// sudo call per hyperparameter).
    case extrinsics(origin: ScenarioOrigin, name: String, calls: [ScenarioCall])
    /// Record a snapshot of the state for the report.
    case print
    /// Check the state; a failed check stops the script.
    case expect(ScenarioExpectation)
    /// Declares a name for an account (no effect on the chain).
    case account(name: String, AccountID)
}

/// Who signs a scripted extrinsic.
public enum ScenarioOrigin: Sendable, Equatable {
    /// A given account.
    case account(AccountID)
    /// Whoever holds the sudo key when the extrinsic is applied.
    case sudo
}

/// A call as the script gives it: ready, or completed by the runner when it is applied.
public enum ScenarioCall: Sendable, Equatable {
    /// A call applied as is.
    case call(Call)
    /// A PoW registration: the runner solves the seal on the parent of the block it is applied in, at
    /// the subnet's difficulty of that block.
    case powRegister(netuid: NetUID, hotkey: AccountID, coldkey: AccountID)
}
