/// Reads `expect <quantity> <operands…> [op] VALUE`.
///
/// | quantity | operands | value |
/// |---|---|---|
/// | `balance` | ACCOUNT | amount |
/// | `stake` | HOTKEY, or COLDKEY HOTKEY | amount |
/// | `issuance`, `recycled` | — | amount |
/// | `block`, `failures` | — | integer |
/// | `uids`, `difficulty` | NETUID | integer |
/// | `burn` | NETUID | amount |
/// | `uid` | NETUID HOTKEY | integer |
/// | `emission` | NETUID UID | amount |
/// | `incentive`, `dividends` | NETUID UID | integer as stored |
enum ScenarioExpectParser {
    static let usage =
        "expect <balance|stake|issuance|recycled|block|failures|uids|uid|difficulty|burn|emission|incentive|dividends> … [= != < <= > >=] VALUE"

    static func parse(_ words: [Substring], names: ScenarioNames) throws(ScenarioProblem)
        -> ScenarioExpectation
    {
        guard let name = words.first, words.count >= 2, let valueWord = words.last else {
            throw .badSyntax(usage)
        }
        var operands = Array(words.dropFirst().dropLast())
        var comparison = ScenarioComparison.equal
        if let last = operands.last, let op = ScenarioComparison(rawValue: last == "==" ? "=" : String(last))
        {
            comparison = op
            operands.removeLast()
        }
        let quantity = try self.quantity(String(name), operands.map(String.init), names: names)
        let value: UInt64 =
            quantity.isAmount
            ? try ScenarioValues.amount(String(valueWord), key: String(name))
            : try ScenarioValues.integer(String(valueWord), key: String(name))
        return ScenarioExpectation(quantity: quantity, comparison: comparison, value: value)
    }

    private static func quantity(_ name: String, _ operands: [String], names: ScenarioNames)
        throws(ScenarioProblem)
        -> ScenarioQuantity
    {
        func account(_ word: String) throws(ScenarioProblem) -> AccountID {
            guard let account = names.resolve(word) else { throw .unknownAccount(word) }
            return account
        }
        func arity(_ count: Int, _ form: String) throws(ScenarioProblem) {
            guard operands.count == count else { throw .badSyntax("expect \(name) \(form)") }
        }
        switch name {
        case "balance":
            try arity(1, "ACCOUNT [op] AMOUNT")
            return .balance(try account(operands[0]))
        case "stake":
            if operands.count == 2 {
                return .stake(coldkey: try account(operands[0]), hotkey: try account(operands[1]))
            }
            try arity(1, "[COLDKEY] HOTKEY [op] AMOUNT")
            return .hotkeyStake(try account(operands[0]))
        case "issuance", "recycled", "block", "failures":
            try arity(0, "[op] VALUE")
            return ["issuance": .issuance, "recycled": .recycled, "block": .block][name] ?? .failures
        case "uids", "difficulty", "burn":
            try arity(1, "NETUID [op] VALUE")
            let netuid: NetUID = try ScenarioValues.integer(operands[0], key: "netuid")
            return name == "uids" ? .uids(netuid) : name == "burn" ? .burn(netuid) : .difficulty(netuid)
        case "uid":
            try arity(2, "NETUID HOTKEY [op] UID")
            return .uid(try ScenarioValues.integer(operands[0], key: "netuid"), try account(operands[1]))
        case "emission", "incentive", "dividends":
            try arity(2, "NETUID UID [op] VALUE")
            let netuid: NetUID = try ScenarioValues.integer(operands[0], key: "netuid")
            let uid: UID = try ScenarioValues.integer(operands[1], key: "uid")
            return name == "emission"
                ? .emission(netuid, uid)
                : name == "incentive" ? .incentive(netuid, uid) : .dividends(netuid, uid)
        default:
            throw .badSyntax(usage)
        }
    }
}
