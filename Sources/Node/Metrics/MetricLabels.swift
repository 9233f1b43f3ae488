/// The label set of one metric series, kept sorted by name so equal sets compare equal.
public struct MetricLabels: Sendable, Hashable {
    /// Label name/value pairs sorted by name.
    public let pairs: [(name: String, value: String)]

    /// Creates a label set; later duplicates of a name win.
    public init(_ labels: [String: String] = [:]) {
        self.pairs = labels.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// Two label sets are equal when they hold the same pairs.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Hashes every pair.
    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    /// The Prometheus label block, e.g. `{method="echo",status="ok"}`, with `extra` pairs appended
    /// (used for a histogram's `le`); empty when there are no labels.
    func rendered(extra: [(name: String, value: String)] = []) -> String {
        let all = pairs + extra
        guard !all.isEmpty else { return "" }
        let body = all.map { "\($0.name)=\"\(Self.escape($0.value))\"" }.joined(separator: ",")
        return "{\(body)}"
    }

    /// Escapes a label value as the text format requires: backslash, double quote and newline.
    static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.count)
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// Formats a sample value as Prometheus expects (`+Inf`, `-Inf`, `NaN` spelled out).
func prometheusNumber(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value == .infinity { return "+Inf" }
    if value == -.infinity { return "-Inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}
