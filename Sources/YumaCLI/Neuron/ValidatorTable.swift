import Foundation
import Neuron

/// The validator's live table and its one-line summary.
enum ValidatorTable {
    /// The table of miners after a round.
    static func render(_ snapshot: ValidatorSnapshot) -> String {
        var table = Table(
            title: "Validator — block #\(snapshot.block), round \(snapshot.round), sequence \(snapshot.sequenceLength) tokens",
            columns: [
                .init(header: "UID", kind: .number), .init(header: "Hotkey", kind: .address),
                .init(header: "Status", kind: .number), .init(header: "Loss (nats)", kind: .number),
                .init(header: "Hit"), .init(header: "Score (EMA)", kind: .number), .init(header: "Weight", kind: .number),
                .init(header: "Time (ms)", kind: .number),
            ])
        table.emptyMessage = "(no miner serves an axon yet)"
        table.rows = snapshot.rows.map { row in
            [
                "\(row.uid)", row.hotkey, "\(row.status)", String(format: "%.3f", row.loss), row.hit ? "yes" : "no",
                String(format: "%.4g", row.score), "\(row.weight)", String(format: "%.1f", row.milliseconds),
            ]
        }
        return table.render() + "\nWeights: \(snapshot.weightsNote)\n"
    }

    /// One line per round for logs.
    static func summary(_ snapshot: ValidatorSnapshot) -> String {
        let miners = snapshot.rows.map { row in
            "uid \(row.uid): loss \(String(format: "%.2f", row.loss)) ema \(String(format: "%.3g", row.score)) w \(row.weight)"
        }
        return "round \(snapshot.round) block #\(snapshot.block): " + miners.joined(separator: "; ") + " | \(snapshot.weightsNote)"
    }
}
