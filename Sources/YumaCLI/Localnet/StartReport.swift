import Foundation
import Localnet

/// What `localnet start` prints.
struct StartReport: Encodable {
    let directory: String
    let supervisorPid: Int32
    let firstBlockSeconds: Double
    let rpcUrl: String
    let websocketUrl: String
    let explorerUrl: String
    let scaffold: ScaffoldReport?
    let neurons: Bool

    /// The human-readable report.
    func text(waited: Bool, layout: LocalnetLayout) -> String {
        var lines = [
            "Localnet running in \(directory) (supervisor pid \(supervisorPid))",
            "  node      \(rpcUrl)  \(websocketUrl)",
            "  explorer  \(explorerUrl)",
        ]
        if let scaffold {
            lines.append("  subnet    \(scaffold.netuid); wallets in \(layout.walletsPath) (unencrypted dev keys)")
            lines.append(LocalnetTables.neurons(scaffold).render())
        } else if neurons && !waited {
            lines.append("  the subnet and neurons are being set up; `yuma localnet status` shows them")
        }
        lines.append("Logs: `yuma localnet logs`; stop: `yuma localnet stop`.")
        return lines.joined(separator: "\n")
    }
}
