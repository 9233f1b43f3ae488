/// The calls a script can make, by their chain names (`pallet.call_name`), and how each reads its keys.
public enum ScenarioCalls {
    /// Every call name, sorted.
    public static var names: [String] { keys.keys.sorted() }

    /// The keys `name` takes, as documented (`[key]` = optional); nil for an unknown call.
    public static func keys(of name: String) -> [String]? { keys[name] }

    /// Each call's keys, required first, optional in brackets.
    static let keys: [String: [String]] = [
        "balances.transfer": ["dest", "amount"],
        "balances.transfer_keep_alive": ["dest", "amount"],
        "sudo.set_key": ["new"],
        "sudo.mint": ["account", "amount"],
        "subnets.register_network": ["hotkey"],
        "subnets.set_hyperparameter": ["netuid", "<hyperparameter>=<value> …"],
        "registration.burned_register": ["netuid", "hotkey"],
        "registration.register": ["netuid", "[hotkey]", "[coldkey]"],
        "staking.add_stake": ["hotkey", "amount"],
        "staking.remove_stake": ["hotkey", "amount"],
        "staking.become_delegate": ["hotkey", "[take]"],
        "staking.decrease_take": ["hotkey", "take"],
        "staking.increase_take": ["hotkey", "take"],
        "staking.set_parameter": ["<parameter>=<value> …"],
        "weights.set_weights": ["netuid", "uids", "values", "[version_key]"],
        "serving.serve_axon": ["netuid", "ip", "port", "[ip_type]", "[version]", "[protocol]"],
        "serving.serve_prometheus": ["netuid", "ip", "port", "[ip_type]", "[version]"],
        "emission.set_emission_values": ["netuids", "values"],
        "emission.reset_emission_values": [],
        "emission.set_subnet_owner_cut": ["cut"],
    ]

    /// Builds the calls of `name` from `arguments`; `origin` is the signer when known at parse time.
    static func build(_ name: String, arguments: inout ScenarioArguments, origin: AccountID?)
        throws(ScenarioProblem) -> [ScenarioCall]
    {
        guard let allowed = keys[name] else { throw .unknownCall(name, known: names) }
        let calls = try calls(name, &arguments, origin: origin)
        try arguments.checkAllRead(allowed: allowed)
        return calls
    }

    private static func calls(_ name: String, _ args: inout ScenarioArguments, origin: AccountID?)
        throws(ScenarioProblem) -> [ScenarioCall]
    {
        switch name {
        case "subnets.set_hyperparameter": return try setHyperparameters(&args)
        case "staking.set_parameter": return try ScenarioStakingParameters.calls(&args)
        case "registration.register": return [try powRegister(&args, origin: origin)]
        case "serving.serve_axon", "serving.serve_prometheus":
            return [.call(try ScenarioServing.call(name, &args))]
        default: return [.call(try call(name, &args))]
        }
    }

    /// The calls that map one line to one chain call.
    private static func call(_ name: String, _ args: inout ScenarioArguments) throws(ScenarioProblem) -> Call
    {
        switch name {
        case "balances.transfer":
            return .balances(
                .transfer(destination: try args.account("dest"), amount: try args.amount("amount")))
        case "balances.transfer_keep_alive":
            return .balances(
                .transferKeepAlive(destination: try args.account("dest"), amount: try args.amount("amount")))
        case "sudo.set_key":
            return .sudo(.setKey(try args.account("new")))
        case "sudo.mint":
            return .sudo(.mint(account: try args.account("account"), amount: try args.amount("amount")))
        case "subnets.register_network":
            return .subnets(.registerNetwork(hotkey: try args.account("hotkey")))
        case "registration.burned_register":
            return .registration(
                .burnedRegister(netuid: try args.integer("netuid"), hotkey: try args.account("hotkey")))
        case "staking.add_stake":
            return .staking(.addStake(hotkey: try args.account("hotkey"), amount: try args.amount("amount")))
        case "staking.remove_stake":
            return .staking(
                .removeStake(hotkey: try args.account("hotkey"), amount: try args.amount("amount")))
        case "staking.become_delegate":
            let hotkey = try args.account("hotkey")
            return .staking(
                .becomeDelegate(
                    hotkey: hotkey,
                    take: try args.integer("take", default: StakingParameters.finney.defaultTake)))
        case "staking.decrease_take":
            return .staking(.decreaseTake(hotkey: try args.account("hotkey"), take: try args.integer("take")))
        case "staking.increase_take":
            return .staking(.increaseTake(hotkey: try args.account("hotkey"), take: try args.integer("take")))
        case "weights.set_weights":
            let netuid: NetUID = try args.integer("netuid")
            let uids: [UID] = try args.integers("uids")
            let values: [UInt32] = try args.integers("values")
            let versionKey: UInt64 = try args.integer("version_key", default: 0)
            return .weights(.setWeights(netuid: netuid, uids: uids, values: values, versionKey: versionKey))
        case "emission.set_emission_values":
            return .emission(
                .setEmissionValues(netuids: try args.integers("netuids"), values: try args.amounts("values")))
        case "emission.reset_emission_values":
            return .emission(.resetEmissionValues)
        case "emission.set_subnet_owner_cut":
            return .emission(.setSubnetOwnerCut(try args.integer("cut")))
        default:
            throw .unknownCall(name, known: names)
        }
    }

    /// `registration.register`: hotkey and coldkey default to the origin.
    private static func powRegister(_ args: inout ScenarioArguments, origin: AccountID?)
        throws(ScenarioProblem)
        -> ScenarioCall
    {
        let netuid: NetUID = try args.integer("netuid")
        guard let origin else {
            return .powRegister(
                netuid: netuid, hotkey: try args.account("hotkey"), coldkey: try args.account("coldkey"))
        }
        let hotkey = try args.account("hotkey", default: origin)
        return .powRegister(
            netuid: netuid, hotkey: hotkey, coldkey: try args.account("coldkey", default: origin))
    }

    /// `subnets.set_hyperparameter netuid=N name=value …`: one sudo call per hyperparameter, in order.
    private static func setHyperparameters(_ args: inout ScenarioArguments) throws(ScenarioProblem)
        -> [ScenarioCall]
    {
        let netuid: NetUID = try args.integer("netuid")
        var calls: [ScenarioCall] = []
        for key in args.keys where key != "netuid" {
            guard let update = try ScenarioHyperparameters.update(key, value: try args.text(key)) else {
                throw .unknownKey(key, call: args.call, keys: ["netuid"] + ScenarioHyperparameters.names)
            }
            calls.append(.call(.subnets(.sudoSetHyperparameter(netuid: netuid, update))))
        }
        guard !calls.isEmpty else { throw .missingKey("<hyperparameter>=<value>", call: args.call) }
        return calls
    }
}
