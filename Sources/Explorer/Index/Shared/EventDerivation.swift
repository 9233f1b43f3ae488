import ChainAPI
import Foundation

/// What the index derives from an event when it is written: the accounts it mentions and, for
/// `registration.NeuronRegistered`, the registration. Pure, so every store derives the same rows.
enum EventDerivation {
    /// The event name of a neuron registration.
    static let registrationEvent = "registration.NeuronRegistered"

    /// The distinct SS58-looking strings anywhere in an event's JSON fields (values, not keys), sorted.
    ///
    /// The text is scanned for string literals without building a JSON tree; a string with an escape
    /// sends the whole text through the decoder instead.
    static func accounts(inFields json: String) -> [String] {
        var json = json
        let scanned = json.withUTF8 { scanAccounts($0) }
        if let scanned { return scanned }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [] }
        var found: Set<String> = []
        collect(value, into: &found)
        return found.sorted()
    }

    /// The SS58-looking string values in `text`, sorted and distinct; `nil` when a string holds an escape.
    private static func scanAccounts(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        var found: [String] = []
        var position = 0
        while position < text.count {
            guard text[position] == UInt8(ascii: "\"") else {
                position += 1
                continue
            }
            let start = position + 1
            var end = start
            var shaped = true
            while end < text.count, text[end] != UInt8(ascii: "\"") {
                if text[end] == UInt8(ascii: "\\") { return nil }
                shaped = shaped && base58Table[Int(text[end])]
                end += 1
            }
            position = end + 1
            var next = position
            while next < text.count, jsonSpace.contains(text[next]) { next += 1 }
            let isKey = next < text.count && text[next] == UInt8(ascii: ":")
            if !isKey, shaped, (46...48).contains(end - start) {
                found.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
            }
        }
        guard found.count > 1 else { return found }
        return Array(Set(found)).sorted()
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

    /// The bytes JSON allows between tokens.
    private static let jsonSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]

    /// `base58` as a lookup table by byte.
    private static let base58Table: [Bool] = (0...255).map { base58.contains(UInt8($0)) }

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
