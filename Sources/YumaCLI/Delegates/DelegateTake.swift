/// A delegate's take: the chain keeps it as a u16 proportion (65535 = 100 %); people type and read it
/// as a fraction (`0.18`, btcli's spelling) or a percentage (`18%`).
enum DelegateTake {
    /// The u16 proportion that means 100 %.
    static let whole: UInt64 = 65_535

    /// `take` as a percentage with two decimals: `11796` → `18.00`.
    static func percent(_ take: UInt16) -> String {
        let hundredths = (UInt64(take) * 10_000 + whole / 2) / whole
        let decimals = hundredths % 100
        return "\(hundredths / 100)." + (decimals < 10 ? "0" : "") + "\(decimals)"
    }

    /// Parses `0.18` (a fraction of 1) or `18%` / `18 %` (a percentage) into the u16 proportion,
    /// rounded to the nearest step.
    static func parse(_ text: String, option: String = "--take") throws(CLIError) -> UInt16 {
        var number = text.stripping(" \t")
        var scale = 1.0
        if number.hasSuffix("%") {
            number = String(number.dropLast()).stripping(" \t")
            scale = 100
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Double(number), value.isFinite
        else {
            throw CLIError(
                "\(option) must be a fraction like 0.18 or a percentage like 18%; got '\(text)'")
        }
        guard value <= scale else {
            throw CLIError(
                "\(option) must be at most \(scale == 1 ? "1" : "100%") (write 18% or 0.18 for eighteen percent); "
                    + "got '\(text)'")
        }
        return UInt16((value / scale * Double(whole)).rounded())
    }
}
