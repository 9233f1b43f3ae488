/// Numbers as scripts and genesis files write them.
public enum ScenarioValues {
    /// An unsigned integer of type `T`; `_` separators are allowed (`1_000`).
    static func integer<T: FixedWidthInteger & UnsignedInteger>(_ text: String, key: String)
        throws(ScenarioProblem) -> T
    {
        let digits = text.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
            throw .badNumber(key: key, value: text, expected: "an integer in 0...\(T.max)")
        }
        guard let value = T(digits) else {
            throw .badNumber(key: key, value: text, expected: "an integer in 0...\(T.max)")
        }
        return value
    }

    /// A signed integer of type `T`.
    static func signed<T: FixedWidthInteger & SignedInteger>(_ text: String, key: String)
        throws(ScenarioProblem) -> T
    {
        guard let value = T(text.filter { $0 != "_" }) else {
            throw .badNumber(key: key, value: text, expected: "an integer in \(T.min)...\(T.max)")
        }
        return value
    }

    /// A boolean: `true`/`false`, `yes`/`no`, `on`/`off`, `1`/`0`.
    static func boolean(_ text: String, key: String) throws(ScenarioProblem) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw .badNumber(key: key, value: text, expected: "true or false")
        }
    }

    /// An amount: an integer of rao, or τ with up to nine decimals and a `τ`, `tao` or `TAO` suffix
    /// (`1.5τ`, `2tao`); `_` separators are allowed.
    public static func amount(_ text: String, key: String) throws(ScenarioProblem) -> Rao {
        let expected = "rao (an integer) or τ with a τ/tao suffix and at most 9 decimals, e.g. 1.5τ"
        let lower = text.lowercased()
        var number = lower
        var isTao = false
        for suffix in ["τ", "tao"] where lower.hasSuffix(suffix) {
            number = String(lower.dropLast(suffix.count))
            isTao = true
        }
        if number.hasSuffix("rao") && !isTao { number = String(number.dropLast(3)) }
        number = number.filter { $0 != "_" }
        guard !isTao else {
            guard let rao = taoToRao(number) else {
                throw .badNumber(key: key, value: text, expected: expected)
            }
            return rao
        }
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let rao = Rao(number) else {
            throw .badNumber(key: key, value: text, expected: expected)
        }
        return rao
    }

    /// `"1.5"` τ as rao, exactly; nil if malformed, over nine decimals or too large.
    static func taoToRao(_ number: String) -> Rao? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !(whole.isEmpty && parts.count == 1)
        else {
            return nil
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 9, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            !(whole.isEmpty && fraction.isEmpty)
        else { return nil }
        let wholeValue = whole.isEmpty ? 0 : Rao(whole)
        let padded = fraction + String(repeating: "0", count: 9 - fraction.count)
        guard let wholeValue, let fractionValue = Rao(padded) else { return nil }
        let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: raoPerTao)
        let (sum, overflowSum) = scaled.addingReportingOverflow(fractionValue)
        return overflow || overflowSum ? nil : sum
    }
}

extension Character {
    /// `0`…`9`.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
