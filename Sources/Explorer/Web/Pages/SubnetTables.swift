import Runtime

/// The subnet page's hyperparameters and registrations tables.
enum SubnetTables {
    /// Hyperparameters that are rao amounts, shown in τ.
    static let raoParameters: Set<String> = ["burn", "minBurn", "maxBurn", "stakePruningMin"]

    /// Every hyperparameter in declaration order, names split into words.
    static func hyperparameters(_ stored: StoredHyperparameters?) -> String {
        guard let stored else { return "<p>No hyperparameters stored yet.</p>" }
        let rows: [[String]] = Mirror(reflecting: stored.parameters).children.compactMap { child in
            guard let label = child.label else { return nil }
            let value = "\(child.value)"
            let shown = raoParameters.contains(label) ? UInt64(value).map(Format.tao) ?? value : value
            return ["<code>\(HTML.escape(snakeCase(label)))</code>", HTML.escape(shown)]
        }
        return "<p>At block \(HTML.link("/block/\(stored.block)", Format.grouped(stored.block))).</p>"
            + HTML.table(["Name", "Value"], rows, id: "hyperparameters")
    }

    /// Registrations newest first, with a link to more when there are.
    static func registrations(_ items: [NeuronRegistration], total: Int, netuid: UInt16) -> String {
        guard !items.isEmpty else { return "<p>No registrations indexed yet.</p>" }
        let rows = items.map { r in
            [
                HTML.link("/block/\(r.blockNumber)", Format.grouped(r.blockNumber)), HTML.escape(Format.date(r.timestamp)),
                HTML.link("/neuron/\(r.netuid)/\(r.uid)", "\(r.uid)"), Format.accountLink(r.hotkey, path: "hotkey"),
                r.signer.map { Format.accountLink($0, path: "account") } ?? "—",
                HTML.link("/event/\(r.blockNumber)-\(r.eventIndex)", "event"),
            ]
        }
        var html = HTML.table(["Block", "Time", "UID", "Hotkey", "Signer", ""], rows, id: "registrations")
        if total > items.count {
            html += "<p>\(items.count) of \(total) shown; \(HTML.link("/events?name=registration.NeuronRegistered", "all registration events")).</p>"
        }
        return html
    }

    /// `maxAllowedUids` as `max_allowed_uids`.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
        return out
    }
}
