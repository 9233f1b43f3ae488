import ChainAPI
import ChainClient
import Keys
import Runtime

/// Sets up a subnet with its neurons on a local node, step by step and idempotently: each step first
/// reads the chain and does nothing when its result is already there, so a second run (after a
/// restart) changes nothing.
public struct Scaffolder: Sendable {
    /// The node.
    public let client: HTTPChainClient
    /// What to set up.
    public let plan: ScaffoldPlan
    /// Where the wallets go.
    public let walletsRoot: String
    /// Progress lines.
    public let progress: @Sendable (String) -> Void

    /// A scaffolder; refuses an endpoint that is not on this machine.
    public init(
        endpoint: String, plan: ScaffoldPlan, walletsRoot: String, progress: @escaping @Sendable (String) -> Void
    ) throws(LocalnetError) {
        guard LocalEndpoint.isLocal(endpoint) else {
            throw LocalnetError(
                "refusing to scaffold \(endpoint): scaffold spends //Alice's dev funds and sudo, so it only runs against a node on this machine (127.0.0.1, localhost or ::1)"
            )
        }
        self.client = HTTPChainClient(httpURL: LocalEndpoint.httpURL(endpoint))
        self.plan = plan
        self.walletsRoot = walletsRoot
        self.progress = progress
    }

    /// Runs every step and reports the subnet and uids.
    public func run() async throws(LocalnetError) -> ScaffoldReport {
        let alice = try DevNeuron.pair("//Alice")
        guard let validator = plan.neurons.first, validator.role == .validator else {
            throw LocalnetError("a scaffold plan starts with its validator")
        }
        for neuron in plan.neurons { try neuron.writeWallet(root: walletsRoot) }
        let lockCost = try await read("the subnet lock cost") { () async throws(RPCClientError) in
            try await client.networkLockCost()
        }
        let validatorFunding = lockCost + plan.validatorStake + 100 * raoPerTao
        for neuron in plan.neurons {
            let target = neuron.role == .validator ? validatorFunding : plan.minerFunding
            try await fund(try neuron.coldkey(), to: target, from: alice, name: neuron.name)
            try await fund(try neuron.hotkey(), to: plan.hotkeyFunding, from: alice, name: neuron.name + "'s hotkey")
        }
        let netuid = try await subnet(owner: try validator.coldkey(), hotkey: try validator.hotkey())
        try await setHyperparameters(netuid, sudo: alice)
        for neuron in plan.neurons { try await register(neuron, on: netuid) }
        try await stake(validator)
        return try await report(netuid)
    }

    /// Reads from the node, naming what failed.
    func read<T: Sendable>(
        _ what: String, _ body: () async throws(RPCClientError) -> T
    ) async throws(LocalnetError) -> T {
        do {
            return try await body()
        } catch {
            throw LocalnetError("cannot read \(what) from the node: \(error)")
        }
    }

    /// Submits `call` and waits for its block; a refused call is an error naming the step.
    func submit(_ call: Call, signer: KeyPair, what: String) async throws(LocalnetError) {
        let inclusion: ExtrinsicInclusion
        do {
            inclusion = try await client.submitAndWait(call, signedBy: signer, timeout: .seconds(60))
        } catch {
            throw LocalnetError("\(what) failed: \(error)")
        }
        guard inclusion.succeeded else {
            throw LocalnetError("\(what) was refused by the chain in block #\(inclusion.blockNumber)")
        }
        progress(what)
    }
}
