import ChainAPI
import Runtime

/// The name and JSON fields of every event, spelled out case by case: the RPC, the store and the
/// indexer read them for every event of every block, where reflection would cost more than the
/// rest of the work. Parameter updates and dispatch errors, rare and many-shaped, go through
/// ``ReflectedJSON``.
enum EventDescription {
    /// `pallet.CaseName`, as events are named (`balances.Transferred`).
    static func name(of event: Event) -> String {
        switch event {
        case .extrinsicSucceeded: "system.ExtrinsicSuccess"
        case .extrinsicFailed: "system.ExtrinsicFailed"
        case .balances(let inner): "balances." + capitalized(caseName(inner))
        case .sudo(let inner): "sudo." + capitalized(caseName(inner))
        case .subnets(let inner): "subnets." + capitalized(caseName(inner))
        case .registration(let inner): "registration." + capitalized(caseName(inner))
        case .staking(let inner): "staking." + capitalized(caseName(inner))
        case .weights(let inner): "weights." + capitalized(caseName(inner))
        case .serving(let inner): "serving." + capitalized(caseName(inner))
        case .emission(let inner): "emission." + capitalized(caseName(inner))
        }
    }

    /// The event's fields: an object keyed by field label for most events.
    static func fields(of event: Event) -> JSONValue {
        switch event {
        case .extrinsicSucceeded(let signer, let nonce):
            return .object(["signer": account(signer), "nonce": number(nonce)])
        case .extrinsicFailed(let signer, let nonce, let error):
            return .object(["signer": account(signer), "nonce": number(nonce), "error": ReflectedJSON.value(error)])
        case .balances(let inner): return fields(of: inner)
        case .sudo(let inner): return fields(of: inner)
        case .subnets(let inner): return fields(of: inner)
        case .registration(let inner): return fields(of: inner)
        case .staking(let inner): return fields(of: inner)
        case .weights(let inner): return fields(of: inner)
        case .serving(let inner): return fields(of: inner)
        case .emission(let inner): return fields(of: inner)
        }
    }

    /// An account as SS58.
    static func account(_ id: AccountID) -> JSONValue { .string(Address.ss58(id)) }

    /// An unsigned integer as a JSON number.
    static func number(_ value: some UnsignedInteger & FixedWidthInteger) -> JSONValue {
        let wide = UInt64(value)
        return wide <= UInt64(Int64.max) ? .integer(Int64(wide)) : .unsignedInteger(wide)
    }

    /// `transferred` → `Transferred`.
    static func capitalized(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}
