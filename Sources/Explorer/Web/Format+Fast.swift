/// Number and date text the pages write thousands of times each (chart coordinates, metagraph
/// proportions, registration times), built from integers instead of `String(format:)` and
/// `ISO8601DateFormatter`, which cost microseconds a call.
extension Format {
    /// `value` with `decimals` (0 to 4) digits after the point, rounded half to even, e.g. `12.5`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = [1, 10, 100, 1_000, 10_000][min(max(decimals, 0), 4)]
        let scaled = (value * Double(scale)).rounded(.toNearestOrEven)
        guard scaled.isFinite, abs(scaled) < 9e15 else { return "\(value)" }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        var text = units < 0 ? "-" : ""
        text += String(magnitude / UInt64(scale))
        guard scale > 1 else { return text }
        let fraction = String(magnitude % UInt64(scale))
        return text + "." + String(repeating: "0", count: String(scale).count - 1 - fraction.count) + fraction
    }

    /// `milliseconds` since the Unix epoch as an ISO 8601 UTC time, e.g. `2026-11-26T02:40:00Z`.
    static func isoDate(_ milliseconds: UInt64) -> String {
        let seconds = Int64(milliseconds / 1_000)
        let (days, second) = (seconds / 86_400, seconds % 86_400)
        // Civil date from days since 1970-01-01 (proleptic Gregorian, eras of 400 years).
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(second / 3_600)):\(two(second % 3_600 / 60)):\(two(second % 60))Z"
    }
}
