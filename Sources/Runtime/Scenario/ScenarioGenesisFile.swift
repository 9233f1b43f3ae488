import Foundation

/// The genesis file of `yuma runtime run --chain FILE` (documented in `Examples/scenarios/README.md`):
///
/// ```json
/// { "era": "finney", "sudo": "alice", "fee_rao": 100000,
///   "endowments": [{ "account": "alice", "amount": "1000τ" }],
///   "subnets": [{ "netuid": 1, "owner": "alice", "hyperparameters": { "tempo": 10 } }] }
/// ```
/// `era` is required; the rest is optional (no sudo key, no endowments, the standard fee, no subnets).
/// Accounts are dev names or hex; amounts rao integers or τ strings; hyperparameters use the
/// `subnets.set_hyperparameter` names over the era's defaults, without the sudo range checks.
public enum ScenarioGenesisFile {
    static let fields = ["era", "sudo", "fee_rao", "endowments", "subnets"]

    /// Decodes a genesis file.
    public static func decode(_ data: Data) throws(ScenarioGenesisError) -> Genesis {
        let root: ScenarioJSON
        do {
            root = try JSONDecoder().decode(ScenarioJSON.self, from: data)
        } catch {
            throw ScenarioGenesisError(field: "", problem: "the file is not valid JSON")
        }
        guard case .object(let object) = root else {
            throw ScenarioGenesisError(field: "", problem: "expected an object")
        }
        try unknownFields(object, allowed: fields, path: "")
        guard let eraValue = object["era"] else {
            throw ScenarioGenesisError(field: "era", problem: "is missing")
        }
        guard let eraText = eraValue.scalarText, let era = Era(rawValue: eraText) else {
            throw ScenarioGenesisError(field: "era", problem: "expected \"nakamoto\" or \"finney\"")
        }
        var genesis = Genesis(era: era, sudoKey: nil, endowments: [])
        if let sudo = object["sudo"], sudo != .null { genesis.sudoKey = try account(sudo, field: "sudo") }
        if let fee = object["fee_rao"] {
            genesis.fees = FeeSchedule(baseFee: try amount(fee, field: "fee_rao"))
        }
        if let endowments = object["endowments"] {
            for (index, entry) in try array(endowments, field: "endowments").enumerated() {
                genesis.endowments.append(try endowment(entry, path: "endowments[\(index)]"))
            }
        }
        if let subnets = object["subnets"] {
            for (index, entry) in try array(subnets, field: "subnets").enumerated() {
                let subnet = try self.subnet(entry, era: era, path: "subnets[\(index)]")
                guard !genesis.subnets.contains(where: { $0.netuid == subnet.netuid }) else {
                    throw ScenarioGenesisError(
                        field: "subnets[\(index)].netuid",
                        problem: "netuid \(subnet.netuid) is declared twice")
                }
                genesis.subnets.append(subnet)
            }
        }
        return genesis
    }

    private static func endowment(_ value: ScenarioJSON, path: String) throws(ScenarioGenesisError)
        -> (account: AccountID, amount: Rao)
    {
        let object = try self.object(value, field: path)
        try unknownFields(object, allowed: ["account", "amount"], path: path)
        return (
            try account(required(object, "account", path), field: "\(path).account"),
            try amount(required(object, "amount", path), field: "\(path).amount")
        )
    }

    private static func subnet(_ value: ScenarioJSON, era: Era, path: String) throws(ScenarioGenesisError)
        -> GenesisSubnet
    {
        let object = try self.object(value, field: path)
        try unknownFields(object, allowed: ["netuid", "owner", "hyperparameters"], path: path)
        let netuid: NetUID = try integer(required(object, "netuid", path), field: "\(path).netuid")
        let owner = try account(required(object, "owner", path), field: "\(path).owner")
        var parameters: SubnetHyperparameters = era == .finney ? .finney : .nakamoto
        if let overrides = object["hyperparameters"] {
            for (name, value) in try self.object(overrides, field: "\(path).hyperparameters").sorted(by: {
                $0.key < $1.key
            }) {
                let field = "\(path).hyperparameters.\(name)"
                guard let text = value.scalarText else {
                    throw ScenarioGenesisError(field: field, problem: "expected a number, got \(value.kind)")
                }
                do {
                    guard let update = try ScenarioHyperparameters.update(name, value: text) else {
                        throw ScenarioGenesisError(
                            field: field,
                            problem:
                                "unknown hyperparameter; known: \(ScenarioHyperparameters.names.joined(separator: ", "))"
                        )
                    }
                    update.apply(to: &parameters)
                } catch let error as ScenarioGenesisError {
                    throw error
                } catch {
                    throw ScenarioGenesisError(field: field, problem: "\(error)")
                }
            }
        }
        return GenesisSubnet(netuid: netuid, owner: owner, hyperparameters: parameters)
    }

    private static func required(_ object: [String: ScenarioJSON], _ key: String, _ path: String)
        throws(ScenarioGenesisError)
        -> ScenarioJSON
    {
        guard let value = object[key] else {
            throw ScenarioGenesisError(field: "\(path).\(key)", problem: "is missing")
        }
        return value
    }

    private static func unknownFields(_ object: [String: ScenarioJSON], allowed: [String], path: String)
        throws(ScenarioGenesisError)
    {
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw ScenarioGenesisError(
                field: path.isEmpty ? key : "\(path).\(key)",
                problem: "unknown field; expected \(allowed.joined(separator: ", "))")
        }
    }

    private static func object(_ value: ScenarioJSON, field: String) throws(ScenarioGenesisError) -> [String:
        ScenarioJSON]
    {
        guard case .object(let object) = value else {
            throw ScenarioGenesisError(field: field, problem: "expected an object, got \(value.kind)")
        }
        return object
    }

    private static func array(_ value: ScenarioJSON, field: String) throws(ScenarioGenesisError)
        -> [ScenarioJSON]
    {
        guard case .array(let array) = value else {
            throw ScenarioGenesisError(field: field, problem: "expected an array, got \(value.kind)")
        }
        return array
    }

    private static func account(_ value: ScenarioJSON, field: String) throws(ScenarioGenesisError)
        -> AccountID
    {
        guard case .string(let text) = value, let account = ScenarioNames().resolve(text) else {
            throw ScenarioGenesisError(
                field: field, problem: "expected a dev account name (alice…ferdie) or 0x + 64 hex digits")
        }
        return account
    }

    private static func amount(_ value: ScenarioJSON, field: String) throws(ScenarioGenesisError) -> Rao {
        guard let text = value.scalarText, let rao = try? ScenarioValues.amount(text, key: field) else {
            throw ScenarioGenesisError(
                field: field, problem: "expected rao (an integer) or a τ string such as \"1.5τ\"")
        }
        return rao
    }

    private static func integer<T: FixedWidthInteger & UnsignedInteger>(_ value: ScenarioJSON, field: String)
        throws(ScenarioGenesisError) -> T
    {
        guard case .integer(let number) = value, let result = T(exactly: number) else {
            throw ScenarioGenesisError(field: field, problem: "expected an integer in 0...\(T.max)")
        }
        return result
    }
}

/// A genesis file field that is missing or wrong.
public struct ScenarioGenesisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field's path, e.g. `subnets[0].hyperparameters.tempo`; empty for the whole file.
    public var field: String
    /// What is wrong.
    public var problem: String

    /// An error.
    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    /// `field subnets[0].netuid: expected an integer in 0...65535`.
    public var description: String { field.isEmpty ? problem : "field \(field): \(problem)" }
}
