import Runtime

/// τ amounts as people type and read them (1 τ = 10⁹ ρ = 10⁹ rao).
enum Amounts {
    /// Rao in one τ.
    static let raoPerTao: UInt64 = 1_000_000_000

    /// Parses τ with up to 9 decimals (`1.5`, `1_000`, `2τ`), or rao with a `rao`/`ρ` suffix.
    static func parseTao(_ text: String, option: String) throws(CLIError) -> UInt64 {
        var number = text.stripping(" \t").lowercased().filter { $0 != "_" && $0 != "," }
        for suffix in ["rao", "ρ"] where number.hasSuffix(suffix) {
            let digits = String(number.dropLast(suffix.count))
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let rao = UInt64(digits)
            else { break }
            return rao
        }
        for suffix in ["τ", "tao"] where number.hasSuffix(suffix) {
            number = String(number.dropLast(suffix.count))
        }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
            !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)),
            parts.count == 1 || parts[1].count <= 9
        else {
            throw CLIError(
                "\(option) must be an amount of τ with at most 9 decimals, like 1.5; got '\(text)'")
        }
        let whole = parts[0].isEmpty ? 0 : UInt64(parts[0])
        let fractionText = parts.count == 2 ? String(parts[1]) : ""
        let fraction = UInt64((fractionText + String(repeating: "0", count: 9 - fractionText.count))) ?? 0
        guard let whole else { throw CLIError("\(option) is too large: \(text)") }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: raoPerTao)
        let (sum, overflow2) = scaled.addingReportingOverflow(fraction)
        guard !overflow, !overflow2 else { throw CLIError("\(option) is too large: \(text)") }
        return sum
    }

    /// Rao as τ with all 9 decimals: `1000.000000000`.
    static func exact(_ rao: UInt64) -> String {
        let fraction = String(rao % raoPerTao)
        return "\(rao / raoPerTao)." + String(repeating: "0", count: 9 - fraction.count) + fraction
    }

    /// Rao as τ for tables: 4 decimals with thousands separators below 1 M τ (`12,345.6789`), then
    /// `1.23M`, `4.56B`.
    static func compact(_ rao: UInt64) -> String {
        let whole = rao / raoPerTao
        if whole >= 1_000_000 {
            let units: [(UInt64, String)] = [
                (1_000_000_000_000, "T"), (1_000_000_000, "B"), (1_000_000, "M"),
            ]
            for (size, suffix) in units where whole >= size {
                let hundredths = (rao / (size / 100)) / raoPerTao
                return "\(grouped(hundredths / 100)).\(twoDigits(hundredths % 100))\(suffix)"
            }
        }
        // Round to 4 decimals (half up) without floating point.
        let tenThousandths = (rao + 50_000) / 100_000
        let decimals = String(tenThousandths % 10_000)
        return grouped(tenThousandths / 10_000) + "." + String(repeating: "0", count: 4 - decimals.count)
            + decimals
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// A u16 proportion as a fraction with 5 decimals (`65535` → `1.00000`).
    static func proportion(_ value: UInt64, of maximum: UInt64 = 65_535) -> String {
        guard maximum > 0 else { return "0.00000" }
        let scaled = (min(value, maximum) * 100_000 + maximum / 2) / maximum
        let decimals = String(scaled % 100_000)
        return "\(scaled / 100_000)." + String(repeating: "0", count: 5 - decimals.count) + decimals
    }

    private static func twoDigits(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
