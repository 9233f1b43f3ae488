/// Chain-wide staking parameters by their snake_case names, as `sudo staking.set_parameter` keys.
public enum ScenarioStakingParameters {
    typealias Parse =
        @Sendable (_ value: String, _ key: String) throws(ScenarioProblem) -> StakingParameterUpdate

    /// Every settable name, sorted.
    public static var names: [String] { table.keys.sorted() }

    /// The update `name=value` asks for; nil for an unknown name.
    public static func update(_ name: String, value: String) throws(ScenarioProblem)
        -> StakingParameterUpdate?
    {
        guard let parse = table[name] else { return nil }
        return try parse(value, name)
    }

    static let table: [String: Parse] = [
        "min_take": { (value: String, key: String) throws(ScenarioProblem) in
            .minTake(try ScenarioValues.integer(value, key: key))
        },
        "max_take": { (value: String, key: String) throws(ScenarioProblem) in
            .maxTake(try ScenarioValues.integer(value, key: key))
        },
        "tx_rate_limit": { (value: String, key: String) throws(ScenarioProblem) in
            .txRateLimit(try ScenarioValues.integer(value, key: key))
        },
        "tx_delegate_take_rate_limit": { (value: String, key: String) throws(ScenarioProblem) in
            .txDelegateTakeRateLimit(try ScenarioValues.integer(value, key: key))
        },
        "target_stakes_per_interval": { (value: String, key: String) throws(ScenarioProblem) in
            .targetStakesPerInterval(try ScenarioValues.integer(value, key: key))
        },
        "stake_interval": { (value: String, key: String) throws(ScenarioProblem) in
            .stakeInterval(try ScenarioValues.integer(value, key: key))
        },
        "nominator_min_required_stake": { (value: String, key: String) throws(ScenarioProblem) in
            .nominatorMinRequiredStake(try ScenarioValues.amount(value, key: key))
        },
        "weights_min_stake": { (value: String, key: String) throws(ScenarioProblem) in
            .weightsMinStake(try ScenarioValues.amount(value, key: key))
        },
    ]

    /// `staking.set_parameter name=value …`: one sudo call per parameter, in order.
    static func calls(_ args: inout ScenarioArguments) throws(ScenarioProblem) -> [ScenarioCall] {
        var calls: [ScenarioCall] = []
        for key in args.keys {
            guard let update = try update(key, value: try args.text(key)) else {
                throw .unknownKey(key, call: args.call, keys: names)
            }
            calls.append(.call(.staking(.sudoSetParameter(update))))
        }
        guard !calls.isEmpty else { throw .missingKey("<parameter>=<value>", call: args.call) }
        return calls
    }
}
