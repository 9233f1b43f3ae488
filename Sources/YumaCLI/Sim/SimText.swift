import Foundation
import Simulation

/// The text `yuma sim` prints.
enum SimText {
    /// `block 7,200 2021-11-03 peers 1,024/4,096 difficulty 1.0e+07 stake 7,200 τ seq 10 (1.2 s)`.
    static func progressLine(_ p: SimulationProgress) -> String {
        "block \(grouped(p.block))/\(grouped(p.totalBlocks)) \(date(p.timestamp)) peers \(p.peers)/\(p.uidLimit) "
            + "difficulty \(String(format: "%.2e", Double(p.difficulty))) stake \(tao(p.totalStake)) τ "
            + "seq \(p.sequenceLength) (\(String(format: "%.1f", p.seconds)) s)"
    }

    /// The summary after a run.
    static func summary(_ r: SimulationReport) -> String {
        var lines = [
            "simulated \(r.preset) (\(r.era), seed \(r.seed), \(r.uids) uids, time scale \(r.timeScale)): "
                + "\(grouped(r.blocks)) blocks, \(String(format: "%.1f", r.simulatedDays)) days",
            "peers \(r.peers)/\(r.uidLimit), difficulty \(grouped(r.difficulty)) (peak \(grouped(r.peakDifficulty))), "
                + "stake \(tao(r.totalStake)) τ of \(tao(r.totalIssuance)) τ issued, sequence length \(r.sequenceLength)",
            "registrations \(r.counters.registrations) (\(r.counters.replacements) replacing a pruned uid, "
                + "\(r.counters.heldByAnnouncedCap) held by an announced cap), set_weights \(r.counters.weightsSet) "
                + "(\(r.counters.weightsFailed) failed), add_stake \(r.counters.stakeAdded), remove_stake \(r.counters.stakeRemoved)",
            "sudo changes: \(r.counters.sudoApplied) applied, \(r.counters.sudoRefused) refused",
        ]
        for change in r.changes where change.refusal != nil {
            lines.append("  refused at block \(change.block): \(change.label): \(change.refusal ?? "")")
        }
        lines.append(
            "\(r.samples) samples every \(r.sampleEvery) blocks, series digest \(r.seriesDigest); "
                + String(format: "%.1f s, %.1f simulated days per minute", r.seconds, r.simulatedDaysPerMinute))
        if let database = r.database { lines.append("database: \(database) (yuma explorer --database \(database) --no-follow)") }
        return lines.joined(separator: "\n")
    }

    /// The report as sorted-key JSON.
    static func json(_ report: SimulationReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func tao(_ rao: UInt64) -> String { grouped(rao / 1_000_000_000) }

    static func date(_ milliseconds: UInt64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1_000))
    }
}
