/// Reads a scenario script: one step per line, `#` starts a comment, blank lines are ignored.
///
/// ```
/// advance N [blocks]              produce N blocks
/// advance to N                    produce blocks up to block N
/// <origin> <pallet>.<call> k=v …  queue an extrinsic for the next block
/// expect <quantity> … [op] VALUE  check the state (op: = != < <= > >=)
/// print                           snapshot the state into the report
/// account NAME [0x<64 hex>]       name an account (without hex: a made-up one)
/// ```
/// Origins: `alice`…`ferdie`, `//Alice`…, `0x` + 64 hex digits, a declared name, or `sudo` (the sudo
/// key when the extrinsic is applied).
public enum ScenarioParser {
    /// Parses a whole script; the first malformed line throws.
    public static func parse(_ text: String) throws(ScenarioError) -> ScenarioScript {
        var names = ScenarioNames()
        var steps: [ScenarioLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = content.trimmingBlanks()
            guard !line.isEmpty else { continue }
            do {
                let step = try parseStep(line, names: names)
                if case .account(let name, let account) = step { names.declare(name, account) }
                steps.append(ScenarioLine(number: index + 1, text: line, step: step))
            } catch {
                throw ScenarioError(line: index + 1, text: line, problem: error)
            }
        }
        return ScenarioScript(steps: steps, names: names)
    }

    /// Parses one non-empty line.
    static func parseStep(_ line: String, names: ScenarioNames) throws(ScenarioProblem) -> ScenarioStep {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { throw .badSyntax("a step") }
        let rest = Array(words.dropFirst())
        switch first {
        case "advance": return try advance(rest)
        case "print":
            guard rest.isEmpty else { throw .badSyntax("print (no arguments)") }
            return .print
        case "expect": return .expect(try ScenarioExpectParser.parse(rest, names: names))
        case "account": return try account(rest)
        default: return try extrinsics(origin: first, rest, names: names)
        }
    }

    private static func advance(_ words: [Substring]) throws(ScenarioProblem) -> ScenarioStep {
        let usage = "advance N [blocks] or advance to N"
        if words.first == "to" {
            guard words.count == 2 else { throw .badSyntax(usage) }
            return .advanceTo(try ScenarioValues.integer(String(words[1]), key: "advance to"))
        }
        guard words.count == 1 || (words.count == 2 && (words[1] == "blocks" || words[1] == "block")) else {
            throw .badSyntax(usage)
        }
        let count: BlockNumber = try ScenarioValues.integer(String(words[0]), key: "advance")
        guard count > 0 else { throw .badNumber(key: "advance", value: "0", expected: "at least 1 block") }
        return .advance(count)
    }

    private static func account(_ words: [Substring]) throws(ScenarioProblem) -> ScenarioStep {
        guard words.count == 1 || (words.count == 2 && words[1].hasPrefix("0x")) else {
            throw .badSyntax("account NAME [0x<64 hex digits>]")
        }
        let name = String(words[0])
        guard name != "sudo", !name.hasPrefix("0x"), !name.hasPrefix("//"), !name.contains("=") else {
            throw .badSyntax("account NAME [0x<64 hex digits>], NAME not sudo, 0x…, //… and without =")
        }
        guard words.count == 2 else { return .account(name: name, ScenarioNames.madeUp(name)) }
        guard let account = try? AccountID(hex: String(words[1])) else {
            throw .unknownAccount(String(words[1]))
        }
        return .account(name: name, account)
    }

    private static func extrinsics(origin word: Substring, _ words: [Substring], names: ScenarioNames)
        throws(ScenarioProblem) -> ScenarioStep
    {
        let origin: ScenarioOrigin
        if word == "sudo" {
            origin = .sudo
        } else if let account = names.resolve(String(word)) {
            origin = .account(account)
        } else if words.first?.contains(".") == true || word.hasPrefix("0x") || word.hasPrefix("//") {
            throw .unknownAccount(String(word))
        } else {
            throw .unknownStep(String(word))
        }
        guard let callWord = words.first, callWord.contains("."), !callWord.contains("=") else {
            throw .missingCall
        }
        let name = String(callWord)
        guard ScenarioCalls.keys(of: name) != nil else {
            throw .unknownCall(name, known: ScenarioCalls.names)
        }
        var arguments = try ScenarioArguments(Array(words.dropFirst()), call: name, names: names)
        let signer: AccountID? = if case .account(let account) = origin { account } else { nil }
        let calls = try ScenarioCalls.build(name, arguments: &arguments, origin: signer)
        return .extrinsics(origin: origin, name: name, calls: calls)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    func trimmingBlanks() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !blank($0) }), let end = lastIndex(where: { !blank($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
