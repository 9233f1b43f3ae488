import Runtime

/// The readable report of `yuma runtime run`.
enum ScenarioText {
    static func render(_ report: ScenarioReport) -> String {
        var lines = ["Scenario on \(report.era.rawValue) · \(report.blocksProduced) blocks produced"]
        for snapshot in report.prints {
            lines += ["", "== print at line \(snapshot.line), block \(snapshot.block) =="]
            lines += render(snapshot)
        }
        lines += ["", "== final state, block \(report.final.block) =="]
        lines += render(report.final)
        lines += [
            "", "Failed extrinsics: \(report.failures.isEmpty ? "none" : String(report.failures.count))",
        ]
        if !report.failures.isEmpty {
            let rows = report.failures.map { failure in
                [
                    String(failure.block), String(failure.line), failure.label, failure.call,
                    failure.invalid ? "\(failure.error) (not included)" : failure.error,
                ]
            }
            lines += TextTable(header: ["BLOCK", "LINE", "SIGNER", "CALL", "ERROR"], rightAligned: [0, 1])
                .render(rows)
        }
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    static func render(_ snapshot: ScenarioSnapshot) -> [String] {
        var lines = [
            "issuance \(tao(snapshot.totalIssuance)) τ · stake \(tao(snapshot.totalStake)) τ · "
                + "recycled \(tao(snapshot.totalRecycled)) τ"
        ]
        for subnet in snapshot.subnets {
            lines += [
                "",
                "Subnet \(subnet.netuid) · uids \(subnet.n)/\(subnet.maxUids) · tempo \(subnet.tempo) · "
                    + "difficulty \(subnet.difficulty) · burn \(tao(subnet.burn)) τ",
                "emission \(tao(subnet.emissionPerBlock)) τ per block · pending \(tao(subnet.pendingEmission)) τ",
            ]
            let rows = subnet.neurons.map { neuron in
                [
                    String(neuron.uid), neuron.label, tao(neuron.stake), String(neuron.emission),
                    proportion(neuron.incentive, scale: subnet.proportionScale),
                    proportion(neuron.dividends, scale: subnet.proportionScale),
                    neuron.validatorPermit ? "yes" : "no",
                    neuron.bonds.map { "\($0.first ?? 0):\($0.last ?? 0)" }.joined(separator: " "),
                ]
            }
            let header = [
                "UID", "HOTKEY", "STAKE τ", "EMISSION ρ", "INCENTIVE", "DIVIDENDS", "VPERMIT", "BONDS",
            ]
            lines += TextTable(header: header, rightAligned: [0, 2, 3, 4, 5]).render(rows)
        }
        lines += ["", "Balances"]
        let rows = snapshot.accounts.map { [$0.label, tao($0.free), tao($0.staked), String($0.nonce)] }
        lines += TextTable(header: ["ACCOUNT", "FREE τ", "STAKED τ", "NONCE"], rightAligned: [1, 2, 3])
            .render(rows)
        return lines
    }

    /// Rao as τ with all nine decimals, so nothing is rounded.
    static func tao(_ rao: UInt64) -> String {
        let fraction = String(rao % 1_000_000_000)
        return "\(rao / 1_000_000_000).\(String(repeating: "0", count: 9 - fraction.count))\(fraction)"
    }

    /// A stored proportion (`value / scale`) with five decimals, rounded.
    static func proportion(_ value: UInt64, scale: UInt64) -> String {
        guard scale > 0 else { return "-" }
        let scaled = (UInt128(value) * 100_000 + UInt128(scale / 2)) / UInt128(scale)
        let text = String(scaled)
        let padded = String(repeating: "0", count: max(0, 6 - text.count)) + text
        return "\(padded.dropLast(5)).\(padded.suffix(5))"
    }
}

extension String {
    /// Without trailing spaces.
    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
