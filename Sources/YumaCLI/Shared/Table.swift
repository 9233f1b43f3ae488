/// A titled table with unit-bearing headers, an optional footer of totals, and address columns that
/// shrink (`5Grwva…utQY`) to fit the terminal width.
struct Table {
    /// How a column is aligned and whether it may shrink.
    enum Kind {
        /// Left-aligned text.
        case text
        /// Right-aligned numbers.
        case number
        /// Left-aligned SS58 addresses, shortened in the middle when space is short.
        case address
    }

    /// One column.
    struct Column {
        /// The header, with its unit (`Stake (τ)`).
        var header: String
        /// Alignment and shrinking.
        var kind: Kind = .text
        /// Whether the column may be left out when the table does not fit the terminal.
        var optional = false
    }

    /// The line above the table.
    var title: String
    /// The columns.
    var columns: [Column]
    /// The rows, one string per column.
    var rows: [[String]] = []
    /// A totals row, one string per column (empty strings where none).
    var footer: [String]?

    /// What to print under the title when there are no rows.
    var emptyMessage = "(none)"

    /// The fewest characters an address column shrinks to.
    static let minimumAddressWidth = 11

    /// The table laid out in at most `width` columns when addresses can shrink that far.
    func render(width: Int = Terminal.width) -> String {
        var table = self
        while table.naturalWidth(shrunk: true) > width, let drop = table.columns.lastIndex(where: \.optional)
        {
            table.columns.remove(at: drop)
            table.rows = table.rows.map { row in row.enumerated().filter { $0.offset != drop }.map(\.element)
            }
            table.footer = table.footer.map { row in
                row.enumerated().filter { $0.offset != drop }.map(\.element)
            }
        }
        return table.layout(width: width)
    }

    /// The width with every address column at its minimum (`shrunk`) or at full length.
    func naturalWidth(shrunk: Bool) -> Int {
        let all = [columns.map(\.header)] + rows + (footer.map { [$0] } ?? [])
        let widths = columns.indices.map { index in
            let widest = all.map { $0.count > index ? $0[index].count : 0 }.max() ?? 0
            guard shrunk, columns[index].kind == .address else { return widest }
            return min(widest, max(Self.minimumAddressWidth, columns[index].header.count))
        }
        return widths.reduce(0, +) + 2 * max(0, columns.count - 1)
    }

    /// The table with its columns as they are, addresses shrunk as needed.
    private func layout(width: Int) -> String {
        let all = [columns.map(\.header)] + rows + (footer.map { [$0] } ?? [])
        var widths = columns.indices.map { index in
            all.map { $0.count > index ? $0[index].count : 0 }.max() ?? 0
        }
        let gap = 2
        var total = widths.reduce(0, +) + gap * max(0, columns.count - 1)
        let shrinkable = columns.indices.filter { columns[$0].kind == .address }
        while total > width, let widest = shrinkable.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > max(Self.minimumAddressWidth, columns[widest].header.count)
        {
            widths[widest] -= 1
            total -= 1
        }
        guard !rows.isEmpty else { return title + "\n" + emptyMessage }
        var lines = [title]
        lines.append(line(columns.map(\.header), widths: widths, header: true))
        lines.append(String(repeating: "─", count: min(total, width)))
        for row in rows { lines.append(line(row, widths: widths, header: false)) }
        if let footer {
            lines.append(String(repeating: "─", count: min(total, width)))
            lines.append(line(footer, widths: widths, header: false))
        }
        return lines.joined(separator: "\n")
    }

    /// One row: cells fitted to their widths and joined with two spaces, trailing spaces removed.
    private func line(_ cells: [String], widths: [Int], header: Bool) -> String {
        var parts: [String] = []
        for (index, column) in columns.enumerated() {
            var cell = index < cells.count ? cells[index] : ""
            if cell.count > widths[index] { cell = Self.shorten(cell, to: widths[index]) }
            let padding = String(repeating: " ", count: widths[index] - cell.count)
            parts.append(column.kind == .number ? padding + cell : cell + padding)
        }
        var text = parts.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }

    /// `count` and `noun`, plural when count is not 1: `1 wallet`, `2 wallets`.
    static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// `text` cut in the middle with `…` to `width` characters.
    static func shorten(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 1 else { return String(text.prefix(width)) }
        let keep = width - 1
        let head = (keep + 1) / 2
        return String(text.prefix(head)) + "…" + String(text.suffix(keep - head))
    }
}
