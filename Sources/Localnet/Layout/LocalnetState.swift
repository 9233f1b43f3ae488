/// What the supervisor reports about a running local network, written to `state.json`.
public struct LocalnetState: Codable, Sendable, Equatable {
    /// Where the network is in its start-up.
    public enum Phase: String, Codable, Sendable {
        /// Launching the node and waiting for it to answer.
        case starting
        /// Creating the subnet and registering the neurons.
        case scaffolding
        /// Everything launched.
        case running
        /// Shutting down.
        case stopping
        /// Stopped cleanly.
        case stopped
        /// Start-up failed; `error` says why.
        case failed
    }

    /// The supervisor's process id.
    public var supervisorPID: Int32
    /// Wall-clock start, seconds since 1970.
    public var startedAt: Double
    /// The current phase.
    public var phase: Phase
    /// Why start-up failed, when it did.
    public var error: String?
    /// The node's JSON-RPC URL.
    public var rpcURL: String
    /// The explorer's URL.
    public var explorerURL: String
    /// Every process the supervisor manages.
    public var children: [ChildState]
    /// The subnet and neurons, once scaffolded.
    public var scaffold: ScaffoldReport?

    /// A state at the start of a run.
    public init(supervisorPID: Int32, startedAt: Double, rpcURL: String, explorerURL: String) {
        self.supervisorPID = supervisorPID
        self.startedAt = startedAt
        self.phase = .starting
        self.rpcURL = rpcURL
        self.explorerURL = explorerURL
        self.children = []
    }
}

/// One managed process.
public struct ChildState: Codable, Sendable, Equatable {
    /// Whether it runs.
    public enum Status: String, Codable, Sendable {
        /// Running.
        case running
        /// Exited and about to be restarted.
        case restarting
        /// Exited and given up on (too many restarts, or stopped).
        case exited
    }

    /// Its name (`node`, `explorer`, `validator`, `miner-ngram`, …).
    public var name: String
    /// Its process id while it runs.
    public var pid: Int32?
    /// Its status.
    public var status: Status
    /// How many times it was restarted after an unexpected exit.
    public var restarts: Int
    /// How it last ended: `exit 1`, `killed by signal 9`, …
    public var lastExit: String?
    /// Its log file.
    public var log: String

    /// A child about to run.
    public init(name: String, log: String) {
        self.name = name
        self.status = .running
        self.restarts = 0
        self.log = log
    }
}
