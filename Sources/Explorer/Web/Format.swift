import Foundation

/// How numbers, amounts, hashes and ages are shown on the pages.
enum Format {
    /// Rao as τ with up to four decimals and thousands separators, e.g. `1,234.5 τ`.
    static func tao(_ rao: UInt64) -> String {
        let whole = rao / 1_000_000_000
        let fraction = (rao % 1_000_000_000) / 100_000
        var text = grouped(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + " τ"
    }

    /// A signed τ difference, e.g. `+12.5 τ`.
    static func taoDelta(_ new: UInt64, _ old: UInt64) -> String {
        new >= old ? "+" + tao(new - old) : "−" + tao(old - new)
    }

    /// A signed integer difference, e.g. `+3`.
    static func delta(_ new: UInt64, _ old: UInt64) -> String {
        new >= old ? "+" + grouped(new - old) : "−" + grouped(old - new)
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out += "," }
            out.append(character)
        }
        return out
    }

    /// Large numbers in short form: `6.71e14`, `12.3k`, `4096`.
    static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1e9 { return String(format: "%.3ge", value).replacingOccurrences(of: "e+", with: "e") }
        if magnitude >= 1e6 { return String(format: "%.3gM", value / 1e6) }
        if magnitude >= 1e4 { return String(format: "%.3gk", value / 1e3) }
        if magnitude == magnitude.rounded() { return String(Int64(value)) }
        return String(format: "%.3g", value)
    }

    /// `0x1234…abcd`.
    static func shortHash(_ hash: String) -> String {
        guard hash.count > 14 else { return hash }
        return String(hash.prefix(8)) + "…" + String(hash.suffix(4))
    }

    /// `5Grw…utQY`.
    static func shortAddress(_ address: String) -> String {
        guard address.count > 12 else { return address }
        return String(address.prefix(5)) + "…" + String(address.suffix(4))
    }

    /// How long ago `milliseconds` was, e.g. `12 s ago`, `3 min ago`.
    static func age(_ milliseconds: UInt64, now: UInt64) -> String {
        let seconds = now > milliseconds ? (now - milliseconds) / 1000 : 0
        switch seconds {
        case ..<120: return "\(seconds) s ago"
        case ..<7200: return "\(seconds / 60) min ago"
        case ..<172_800: return "\(seconds / 3600) h ago"
        default: return "\(seconds / 86_400) d ago"
        }
    }

    /// UTC date and time of `milliseconds`.
    static func date(_ milliseconds: UInt64) -> String {
        isoDate(milliseconds)
    }

    /// Milliseconds since the Unix epoch, now.
    static var now: UInt64 { UInt64(max(0, Date().timeIntervalSince1970 * 1000)) }
}

extension Format {
    /// A u16 proportion (65535 = 1) as a fraction with four decimals, e.g. `0.5000`.
    static func proportion(_ value: UInt64) -> String {
        fixed(Double(value) / 65535, decimals: 4)
    }

    /// A link to the page of an SS58 address under `/<path>/`, the address shortened on narrow screens.
    static func accountLink(_ address: String, path: String) -> String {
        guard !address.isEmpty else { return "—" }
        return "<a class=\"addr\" href=\"/\(path)/\(HTML.escape(address))\" title=\"\(HTML.escape(address))\"><code>\(HTML.escape(address))</code></a>"
    }

    /// A link to an extrinsic's page, the hash shortened.
    static func extrinsicLink(_ hash: String) -> String {
        "<a href=\"/extrinsic/\(HTML.escape(hash))\"><code>\(HTML.escape(shortHash(hash)))</code></a>"
    }
}

extension Format {
    /// A compact UTC date and time for chart ticks, e.g. `05-03 14:20`.
    static func shortDate(_ milliseconds: UInt64) -> String {
        let text = date(milliseconds)
        guard text.count >= 16 else { return text }
        let month = text.index(text.startIndex, offsetBy: 5), minute = text.index(text.startIndex, offsetBy: 16)
        return String(text[month..<minute]).replacingOccurrences(of: "T", with: " ")
    }
}
