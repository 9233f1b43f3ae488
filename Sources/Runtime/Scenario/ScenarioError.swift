/// Why a scenario script stopped: the line, its text and what is wrong with it.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number in the script (0 for problems that belong to no line).
    public var line: Int
    /// The line as written, without surrounding blanks.
    public var text: String
    /// What is wrong.
    public var problem: ScenarioProblem

    /// An error on `line`.
    public init(line: Int, text: String, problem: ScenarioProblem) {
        self.line = line
        self.text = text
        self.problem = problem
    }

    /// `line 7: "alice balances.send amount=1": unknown call balances.send; …`, one line.
    public var description: String {
        line == 0 ? problem.description : "line \(line): \"\(text)\": \(problem)"
    }
}

/// What is wrong with a script line, or why running it stopped.
public enum ScenarioProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The first word is not a step (`advance`, `print`, `expect`, `account`) nor a known origin.
    case unknownStep(String)
    /// An origin, key value or `expect` operand names no account.
    case unknownAccount(String)
    /// `pallet.call` is not in the call table.
    case unknownCall(String, known: [String])
    /// A call line lacks `pallet.call`.
    case missingCall
    /// A required `key=value` is absent.
    case missingKey(String, call: String)
    /// A key the call does not take.
    case unknownKey(String, call: String, keys: [String])
    /// The same key twice.
    case duplicateKey(String)
    /// A word that is not `key=value`.
    case notKeyValue(String)
    /// A number that does not parse or does not fit.
    case badNumber(key: String, value: String, expected: String)
    /// A malformed step (`advance`, `expect`, `account`): what the step should look like.
    case badSyntax(String)
    /// An `expect` that did not hold.
    case expectationFailed(String)
    /// With `--strict`: the chain refused an extrinsic.
    case refused(call: String, error: String)
    /// A `sudo` origin on a chain without a sudo key.
    case noSudoKey
    /// The PoW solver found no seal within its budget.
    case sealNotFound(difficulty: UInt64, attempts: UInt64)

    /// A one-line explanation with what to do next.
    public var description: String {
        switch self {
        case .unknownStep(let word):
            "unknown step or account \"\(word)\"; a line is advance, print, expect, account or <origin> <pallet>.<call>"
        case .unknownAccount(let name):
            "unknown account \"\(name)\"; use alice…ferdie, //Alice…//Ferdie, 0x + 64 hex digits or a name from an account line"
        case .unknownCall(let name, let known):
            "unknown call \(name); known calls: \(known.joined(separator: ", "))"
        case .missingCall: "missing call: write <origin> <pallet>.<call> key=value …"
        case .missingKey(let key, let call): "missing key \(key) for \(call)"
        case .unknownKey(let key, let call, let keys):
            "unknown key \(key) for \(call); it takes \(keys.isEmpty ? "no keys" : keys.joined(separator: ", "))"
        case .duplicateKey(let key): "key \(key) given twice"
        case .notKeyValue(let word): "\"\(word)\" is not key=value"
        case .badNumber(let key, let value, let expected): "bad number \(key)=\(value): expected \(expected)"
        case .badSyntax(let usage): "malformed step; expected \(usage)"
        case .expectationFailed(let detail): "expectation failed: \(detail)"
        case .refused(let call, let error): "\(call) refused by the chain (--strict): \(error)"
        case .noSudoKey: "the chain has no sudo key; set one in the genesis file"
        case .sealNotFound(let difficulty, let attempts):
            "no PoW seal found in \(attempts) attempts at difficulty \(difficulty); lower it with sudo subnets.set_hyperparameter difficulty=…"
        }
    }
}
