import Runtime

/// What the scaffold sets up: the neurons, their funding and stake, and the subnet's hyperparameters
/// (fast epochs for a network that runs for minutes, not months).
public struct ScaffoldPlan: Sendable {
    /// The neurons, validator first.
    public var neurons: [DevNeuron]
    /// Free balance each miner's coldkey gets, in rao.
    public var minerFunding: Rao = 100 * raoPerTao
    /// Free balance each hotkey gets, in rao. None is needed: `serve_axon` and `set_weights`, which the
    /// hotkey signs, pay no fee.
    public var hotkeyFunding: Rao = 0
    /// Stake the validator's coldkey puts on its hotkey, in rao.
    public var validatorStake: Rao = 10_000 * raoPerTao
    /// Hyperparameters set by sudo after the subnet exists.
    public var hyperparameters: [HyperparameterUpdate] = ScaffoldPlan.fastSubnet

    /// A plan for `neurons`.
    public init(neurons: [DevNeuron]) { self.neurons = neurons }

    /// The default network: a validator and three miners of rising quality on axon ports from
    /// `axonBasePort`; `models` names the miners' models in order.
    public static func standard(models: [String], axonBasePort: Int) -> ScaffoldPlan {
        var neurons = [DevNeuron(role: .validator, name: "validator")]
        for (index, model) in models.enumerated() {
            neurons.append(DevNeuron(role: .miner, name: "miner-\(model)", model: model, axonPort: axonBasePort + index))
        }
        return ScaffoldPlan(neurons: neurons)
    }

    /// Epochs every 20 blocks (5 s at 250 ms blocks), weights every 5 blocks, registrations open.
    public static let fastSubnet: [HyperparameterUpdate] = [
        .maxRegistrationsPerBlock(16), .targetRegistrationsPerInterval(16), .tempo(20), .weightsRateLimit(5),
        .minAllowedWeights(1), .immunityPeriod(100), .activityCutoff(5_000), .servingRateLimit(0),
        .maxAllowedUids(256), .validatorSequenceLength(64),
    ]
}
