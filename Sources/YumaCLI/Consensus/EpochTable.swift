import Consensus

/// The per-uid table `yuma consensus epoch` prints.
enum EpochTable {
    static func render(input: EpochInput, output: EpochOutput, mechanism: BondsMechanism) -> String {
        let header = [
            "UID", "STAKE τ", "ACTIVE", "VPERMIT", "CONSENSUS", "INCENTIVE", "DIVIDENDS", "VTRUST",
            "EMISSION ρ", "SERVER ρ", "VALIDATOR ρ",
        ]
        var rows: [[String]] = []
        for uid in 0..<input.count {
            rows.append([
                String(uid), tao(input.stake[uid]), output.active[uid] ? "yes" : "no",
                output.newValidatorPermit[uid] ? "yes" : "no", proportion(output.consensus[uid]),
                proportion(output.incentive[uid]), proportion(output.dividends[uid]),
                proportion(output.validatorTrust[uid]), String(output.emission[uid]),
                String(output.serverEmission[uid]), String(output.validatorEmission[uid]),
            ])
        }
        let total = output.emission.reduce(0, &+)
        var lines = TextTable(header: header, rightAligned: Set(0..<header.count).subtracting([2, 3])).render(
            rows)
        lines.append("")
        lines.append(
            "mechanism \(mechanism.rawValue) · block \(input.currentBlock) · \(input.count) uids · "
                + "emitted \(total) of \(input.raoEmission) rao")
        return lines.joined(separator: "\n")
    }

    /// A u16 proportion as a decimal with five places.
    static func proportion(_ value: UInt16) -> String {
        let scaled = (UInt64(value) * 100_000 + 32_767) / 65_535
        let text = String(scaled)
        let padded = String(repeating: "0", count: max(0, 6 - text.count)) + text
        return "\(padded.dropLast(5)).\(padded.suffix(5))"
    }

    /// Rao as τ with four decimals.
    static func tao(_ rao: UInt64) -> String {
        let tenThousandths = rao / 100_000
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }
}

/// A plain-text table with padded columns.
struct TextTable {
    var header: [String]
    var rightAligned: Set<Int>

    func render(_ rows: [[String]]) -> [String] {
        var widths = header.map(\.count)
        for row in rows { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return rightAligned.contains(c) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}
