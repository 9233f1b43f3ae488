import ChainAPI
import Hashing
import Runtime

/// Turns runtime values (events, calls, errors) into JSON by reflection: structs and enum payloads
/// become objects keyed by field label, accounts become SS58, hashes and byte arrays hex, integers
/// numbers. Keeps the RPC's event view in step with the runtime without a hand-written mapping per
/// event.
enum ReflectedJSON {
    static func value(_ any: Any) -> JSONValue {
        switch any {
        case let account as AccountID: return .string(Address.ss58(account))
        case let hash as Hash256: return .string(hash.description)
        case let bytes as [UInt8]: return .string("0x" + bytes.hexString)
        case let value as Bool: return .bool(value)
        case let value as String: return .string(value)
        case let value as UInt64:
            return value <= UInt64(Int64.max) ? .integer(Int64(value)) : .unsignedInteger(value)
        case let value as any BinaryInteger: return .integer(Int64(truncatingIfNeeded: value))
        default: break
        }
        let mirror = Mirror(reflecting: any)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return .null }
            return value(wrapped)
        case .collection, .set:
            return .array(mirror.children.map { value($0.value) })
        case .enum:
            guard let payload = mirror.children.first else { return .string(String(describing: any)) }
            return .object([payload.label ?? "value": value(payload.value)])
        case .tuple:
            let labelled = mirror.children.allSatisfy { $0.label.map { !$0.hasPrefix(".") } ?? false }
            if labelled {
                return .object(
                    Dictionary(mirror.children.map { ($0.label ?? "", value($0.value)) }) { first, _ in first
                    })
            }
            return .array(mirror.children.map { value($0.value) })
        case .struct, .class:
            if mirror.children.isEmpty { return .string(String(describing: any)) }
            return .object(
                Dictionary(mirror.children.map { ($0.label ?? "", value($0.value)) }) { first, _ in first })
        default:
            return .string(String(describing: any))
        }
    }
}
