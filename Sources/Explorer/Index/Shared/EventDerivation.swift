import ChainAPI
import Foundation

/// What the index derives from an event when it is written: the accounts it mentions and, for
/// `registration.NeuronRegistered`, the registration. Pure, so every store derives the same rows.
enum EventDerivation {
    /// The event name of a neuron registration.
    static let registrationEvent = "registration.NeuronRegistered"

    /// The distinct SS58-looking strings anywhere in an event's JSON fields, sorted.
    static func accounts(inFields json: String) -> [String] {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [] }
        var found: Set<String> = []
        collect(value, into: &found)
        return found.sorted()
    }

    /// The netuid, UID and hotkey of a `registration.NeuronRegistered` event, `nil` for other events.
    static func registration(_ event: IndexedEvent) -> (netuid: UInt16, uid: UInt16, hotkey: String)? {
        guard event.name == registrationEvent,
            let value = try? JSONDecoder().decode(JSONValue.self, from: Data(event.fieldsJSON.utf8)),
            case .object(let fields) = value,
            let netuid = fields["netuid"].flatMap(integer).flatMap(UInt16.init(exactly:)),
            let uid = fields["uid"].flatMap(integer).flatMap(UInt16.init(exactly:)),
            case .string(let hotkey)? = fields["hotkey"]
        else { return nil }
        return (netuid, uid, hotkey)
    }

    /// Whether `text` has the shape of an SS58 address: 46 to 48 base58 characters.
    static func looksLikeSS58(_ text: String) -> Bool {
        (46...48).contains(text.utf8.count) && text.utf8.allSatisfy { base58.contains($0) }
    }

    private static let base58 = Set("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    private static func integer(_ value: JSONValue) -> Int64? {
        switch value {
        case .integer(let n): n
        case .unsignedInteger(let n): Int64(exactly: n)
        default: nil
        }
    }

    private static func collect(_ value: JSONValue, into found: inout Set<String>) {
        switch value {
        case .string(let text) where looksLikeSS58(text): found.insert(text)
        case .array(let items): for item in items { collect(item, into: &found) }
        case .object(let fields): for item in fields.values { collect(item, into: &found) }
        default: break
        }
    }
}
