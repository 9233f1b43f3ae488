import Runtime

/// Dotted names of calls and events for storage, search and display: `balances.transfer`,
/// `registration.NeuronRegistered`.
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

    /// The pallet and case of `event`, the case capitalized as events are named (`Transferred`).
    static func of(event: Event) -> String {
        let outer = of(event)
        switch event {
        case .extrinsicSucceeded: return "system.ExtrinsicSuccess"
        case .extrinsicFailed: return "system.ExtrinsicFailed"
        default:
            guard let inner = Mirror(reflecting: event).children.first?.value else { return outer }
            let name = of(inner)
            return outer + "." + name.prefix(1).uppercased() + name.dropFirst()
        }
    }
}
