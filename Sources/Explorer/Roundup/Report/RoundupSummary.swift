import Foundation

/// The period's figures as labelled lines of text, shared by the HTML and Markdown reports and the
/// command's output.
public enum RoundupSummary {
    /// `(label, value)` rows of `figures`.
    public static func rows(_ figures: RoundupFigures) -> [(label: String, value: String)] {
        let f = figures
        var rows: [(String, String)] = []
        if let chain = f.chain { rows.append(("Chain", chain)) }
        rows.append(("Subnet", f.netuid.map(String.init) ?? "none (the chain has no subnets; per-subnet figures are zero)"))
        rows.append((
            "Period",
            "blocks #\(grouped(f.fromBlock)) – #\(grouped(f.toBlock)) (\(grouped(f.toBlock - f.fromBlock)) blocks ≈ "
                + "\(String(format: "%.1f", f.days)) days at 7,200 blocks a day), \(f.samples) samples"))
        rows.append((
            "Registered peers",
            "\(grouped(f.peersStart)) → \(grouped(f.peersEnd)) (min \(grouped(f.peersMin)), max \(grouped(f.peersMax)))"))
        rows.append(("UID limit", "\(grouped(f.uidLimitStart)) → \(grouped(f.uidLimitEnd))" + changes(f.uidLimitChanges)))
        rows.append((
            "Registration difficulty",
            "\(scientific(f.difficultyStart)) → \(scientific(f.difficultyEnd)) (min \(scientific(f.difficultyMin)), "
                + "max \(scientific(f.difficultyMax)))"))
        let percent = f.stakeGrowthPercent.map { String(format: ", %+.1f %%", $0) } ?? ""
        rows.append((
            "Total stake",
            "\(tao(f.stakeStart)) → \(tao(f.stakeEnd)) (\(f.stakeGrowth >= 0 ? "+" : "−")"
                + "\(tao(f.stakeGrowth.magnitude))\(percent))"))
        rows.append((
            "Validator sequence length",
            "\(grouped(f.sequenceLengthStart)) → \(grouped(f.sequenceLengthEnd))" + changes(f.sequenceLengthChanges)))
        rows.append((
            "Registrations",
            grouped(f.registrations)
                + (f.registrationSource == .events
                    ? " (NeuronRegistered events)"
                    : " (increase in registered UIDs: the index lacks the period's events; registrations that replaced pruned UIDs are not counted)")))
        rows.append(("Emission", "\(tao(f.emission)) (total issuance \(tao(f.issuanceStart)) → \(tao(f.issuanceEnd)))"))
        return rows
    }

    /// `; changes: a → b at #n, …` or `, no change`.
    static func changes(_ changes: [RoundupFigures.Change]) -> String {
        guard !changes.isEmpty else { return ", no change" }
        let shown = changes.prefix(8).map { "\(grouped($0.from)) → \(grouped($0.to)) at #\(grouped($0.block))" }
        let more = changes.count > 8 ? ", and \(changes.count - 8) more" : ""
        return "; changes: " + shown.joined(separator: ", ") + more
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: UInt64) -> String { ChartTicks.grouped(Int64(clamping: value)) }

    /// Rao as τ with three decimals and grouping: `2,734,512.301 τ`.
    static func tao(_ rao: UInt64) -> String {
        let milli = (rao + 500_000) / 1_000_000
        let fraction = String(milli % 1_000)
        return grouped(milli / 1_000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction + " τ"
    }

    /// `10000000` as `1.00e7`.
    static func scientific(_ value: UInt64) -> String {
        guard value >= 1_000 else { return String(value) }
        let exponent = Int(log10(Double(value)).rounded(.down))
        return String(format: "%.2fe%d", Double(value) / pow(10, Double(exponent)), exponent)
    }
}
