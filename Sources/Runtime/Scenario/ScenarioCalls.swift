/// The calls a script can make, by their chain names (`pallet.call_name`), and how each reads its keys.
public enum ScenarioCalls {
    typealias Build = @Sendable (inout ScenarioArguments, AccountID?) throws(ScenarioProblem) -> [ScenarioCall]

    /// A call's keys (required first, optional in brackets) and how it is built.
    struct Entry: Sendable {
        let keys: [String]
        let build: Build
    }

    /// Every call name, sorted.
    public static var names: [String] { table.keys.sorted() }

    /// The keys `name` takes, as documented (`[key]` = optional); nil for an unknown call.
    public static func keys(of name: String) -> [String]? { table[name]?.keys }

    /// Builds the calls of `name` from `arguments`; `origin` is the signer when known at parse time.
    static func build(_ name: String, arguments: inout ScenarioArguments, origin: AccountID?) throws(ScenarioProblem)
        -> [ScenarioCall]
    {
        guard let entry = table[name] else { throw .unknownCall(name, known: names) }
        let calls = try entry.build(&arguments, origin)
        try arguments.checkAllRead(allowed: entry.keys)
        return calls
    }

    static let table: [String: Entry] = [
        "balances.transfer": Entry(keys: ["dest", "amount"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.balances(.transfer(destination: try args.account("dest"), amount: try args.amount("amount"))))]
        },
        "balances.transfer_keep_alive": Entry(keys: ["dest", "amount"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.balances(.transferKeepAlive(destination: try args.account("dest"), amount: try args.amount("amount"))))]
        },
        "sudo.set_key": Entry(keys: ["new"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.sudo(.setKey(try args.account("new"))))]
        },
        "sudo.mint": Entry(keys: ["account", "amount"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.sudo(.mint(account: try args.account("account"), amount: try args.amount("amount"))))]
        },
        "subnets.register_network": Entry(keys: ["hotkey"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.subnets(.registerNetwork(hotkey: try args.account("hotkey"))))]
        },
        "subnets.set_hyperparameter": Entry(keys: ["netuid", "<hyperparameter>=<value> …"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            try setHyperparameters(&args)
        },
        "registration.burned_register": Entry(keys: ["netuid", "hotkey"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.registration(.burnedRegister(netuid: try args.integer("netuid"), hotkey: try args.account("hotkey"))))]
        },
        "registration.register": Entry(keys: ["netuid", "[hotkey]", "[coldkey]"]) { (args: inout ScenarioArguments, origin: AccountID?) throws(ScenarioProblem) in
            let netuid: NetUID = try args.integer("netuid")
            let hotkey: AccountID
            let coldkey: AccountID
            if let origin {
                hotkey = try args.account("hotkey", default: origin)
                coldkey = try args.account("coldkey", default: origin)
            } else {
                hotkey = try args.account("hotkey")
                coldkey = try args.account("coldkey")
            }
            return [.powRegister(netuid: netuid, hotkey: hotkey, coldkey: coldkey)]
        },
        "staking.add_stake": Entry(keys: ["hotkey", "amount"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.staking(.addStake(hotkey: try args.account("hotkey"), amount: try args.amount("amount"))))]
        },
        "staking.remove_stake": Entry(keys: ["hotkey", "amount"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.staking(.removeStake(hotkey: try args.account("hotkey"), amount: try args.amount("amount"))))]
        },
        "staking.become_delegate": Entry(keys: ["hotkey", "[take]"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            let hotkey = try args.account("hotkey")
            let take: UInt16 = try args.integer("take", default: StakingParameters.finney.defaultTake)
            return [.call(.staking(.becomeDelegate(hotkey: hotkey, take: take)))]
        },
        "staking.decrease_take": Entry(keys: ["hotkey", "take"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.staking(.decreaseTake(hotkey: try args.account("hotkey"), take: try args.integer("take"))))]
        },
        "staking.increase_take": Entry(keys: ["hotkey", "take"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.staking(.increaseTake(hotkey: try args.account("hotkey"), take: try args.integer("take"))))]
        },
        "staking.set_parameter": Entry(keys: ["<parameter>=<value> …"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            try ScenarioStakingParameters.calls(&args)
        },
        "weights.set_weights": Entry(keys: ["netuid", "uids", "values", "[version_key]"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            let netuid: NetUID = try args.integer("netuid")
            let uids: [UID] = try args.integers("uids")
            let values: [UInt32] = try args.integers("values")
            let versionKey: UInt64 = try args.integer("version_key", default: 0)
            return [.call(.weights(.setWeights(netuid: netuid, uids: uids, values: values, versionKey: versionKey)))]
        },
        "serving.serve_axon": Entry(keys: ["netuid", "ip", "port", "[ip_type]", "[version]", "[protocol]"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            let netuid: NetUID = try args.integer("netuid")
            let (ip, type) = try ScenarioAddress.parse(try args.text("ip"), key: "ip")
            let port: UInt16 = try args.integer("port")
            let ipType: UInt8 = try args.integer("ip_type", default: type)
            let version: UInt32 = try args.integer("version", default: 0)
            let proto: UInt8 = try args.integer("protocol", default: 0)
            return [.call(.serving(.serveAxon(
                netuid: netuid, version: version, ip: ip, port: port, ipType: ipType, protocol: proto,
                placeholder1: 0, placeholder2: 0)))]
        },
        "serving.serve_prometheus": Entry(keys: ["netuid", "ip", "port", "[ip_type]", "[version]"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            let netuid: NetUID = try args.integer("netuid")
            let (ip, type) = try ScenarioAddress.parse(try args.text("ip"), key: "ip")
            let port: UInt16 = try args.integer("port")
            let ipType: UInt8 = try args.integer("ip_type", default: type)
            let version: UInt32 = try args.integer("version", default: 0)
            return [.call(.serving(.servePrometheus(netuid: netuid, version: version, ip: ip, port: port, ipType: ipType)))]
        },
        "emission.set_emission_values": Entry(keys: ["netuids", "values"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.emission(.setEmissionValues(netuids: try args.integers("netuids"), values: try args.amounts("values"))))]
        },
        "emission.reset_emission_values": Entry(keys: []) { (_: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.emission(.resetEmissionValues))]
        },
        "emission.set_subnet_owner_cut": Entry(keys: ["cut"]) { (args: inout ScenarioArguments, _) throws(ScenarioProblem) in
            [.call(.emission(.setSubnetOwnerCut(try args.integer("cut"))))]
        },
    ]

    /// `subnets.set_hyperparameter netuid=N name=value …`: one sudo call per hyperparameter, in order.
    private static func setHyperparameters(_ args: inout ScenarioArguments) throws(ScenarioProblem) -> [ScenarioCall] {
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

/// IP addresses as scripts write them: dotted IPv4 (type 4) or an integer (type 4 if it fits 32 bits).
enum ScenarioAddress {
    /// The address as an integer and its type.
    static func parse(_ text: String, key: String) throws(ScenarioProblem) -> (UInt128, UInt8) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            var value: UInt128 = 0
            for part in parts {
                let octet: UInt8 = try ScenarioValues.integer(String(part), key: key)
                value = value << 8 | UInt128(octet)
            }
            return (value, 4)
        }
        let value: UInt128 = try ScenarioValues.integer(text, key: key)
        return (value, value <= UInt128(UInt32.max) ? 4 : 6)
    }
}
