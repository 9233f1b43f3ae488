/// The btcli-style groups share one error style: a single line on standard error, exit status 1.
enum BtcliStyle {
    /// The first words that name a btcli-style group or one of its hidden 2022 verbs.
    static var commandNames: Set<String> {
        var names: Set<String> = [
            "wallet", "w", "stake", "st", "subnets", "s", "subnet", "sudo", "su", "weights", "wt",
            "delegates", "root", "dg",
        ]
        for command in LegacyCommands.all {
            names.insert(command._commandName)
            names.formUnion(command.configuration.aliases)
        }
        return names
    }

    /// Whether `arguments` run a btcli-style command.
    static func owns(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        return commandNames.contains(first)
    }

    /// `message` on one line, followed by where to read the usage.
    static func oneLine(_ message: String, arguments: [String]) -> String {
        let line = message.split(whereSeparator: \.isNewline).map { String($0).stripping(" ") }
            .filter { !$0.isEmpty }.joined(separator: " ")
        let path = arguments.prefix { !$0.hasPrefix("-") }.prefix(2).joined(separator: " ")
        guard
            line.hasPrefix("Missing") || line.hasPrefix("Unknown") || line.hasPrefix("Unexpected")
                || line.hasPrefix("The value") || line.hasPrefix("Invalid")
        else { return line }
        return line + " (see `yuma \(path) --help`)"
    }
}
