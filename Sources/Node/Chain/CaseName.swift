import Runtime

/// Dotted names of calls for storage, search and display: `balances.transfer`,
/// `registration.register` (events are named by ``EventDescription``).
enum CaseName {
    /// The name of an enum case: its label when it carries values, else its description.
    static func of(_ value: Any) -> String {
        if let label = Mirror(reflecting: value).children.first?.label { return label }
        return String(describing: value)
    }

    /// The pallet and case of `call`.
    static func of(call: Call) -> String {
        let pallet = of(call)
        guard let inner = Mirror(reflecting: call).children.first?.value else { return pallet }
        return pallet + "." + of(inner)
    }
}
