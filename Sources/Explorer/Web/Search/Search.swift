/// The search box: what a query is understood as, and where it leads.
enum Search {
    /// What a search text looks like, before the index is asked.
    enum Understood: Sendable, Equatable {
        /// A block number.
        case blockNumber(UInt64)
        /// A 32-byte `0x` hash (a block or an extrinsic).
        case hash(String)
        /// An SS58 address.
        case address(String)
        /// A call name, `pallet.call`.
        case call(String)
        /// An event name, `pallet.EventName`.
        case event(String)
        /// A subnet, `subnet 1`.
        case subnet(UInt16)
        /// Nothing the explorer knows; the text says why.
        case malformed(String)
    }

    /// Classifies `text` (already trimmed).
    static func understand(_ text: String) -> Understood {
        if text.isEmpty { return .malformed("The search was empty.") }
        if text.allSatisfy(\.isASCIIDigit) {
            guard let number = UInt64(text) else { return .malformed("“\(text)” is too large to be a block number.") }
            return .blockNumber(number)
        }
        let lower = text.lowercased()
        for prefix in ["subnet", "sn"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit) {
                guard let netuid = UInt16(rest) else { return .malformed("Subnet ids go up to 65535; “\(rest)” is not one.") }
                return .subnet(netuid)
            }
        }
        if lower.hasPrefix("0x") {
            let digits = lower.dropFirst(2)
            if let bad = digits.first(where: { !$0.isHexDigit }) {
                return .malformed("“\(text)” starts like a hash, but “\(bad)” is not a hexadecimal digit.")
            }
            guard digits.count == 64 else {
                return .malformed("“\(text)” looks like a hash, but block and extrinsic hashes have 64 hex digits after 0x, not \(digits.count).")
            }
            return .hash(lower)
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) {
            return parts[1].first?.isUppercase == true ? .event(text) : .call(text)
        }
        if text.count >= 40 && text.count <= 60 && !text.contains(" ") {
            switch SS58Shape.check(text) {
            case .success: return .address(text)
            case .failure(let error): return .malformed("“\(text)” looks like an address, but \(error.reason).")
            }
        }
        return .malformed(
            "“\(text)” is not a block number, a 0x hash, an SS58 address, a call (pallet.call), an event (pallet.EventName) or “subnet <id>”.")
    }

    /// Where `text` leads, or ``NotFound`` saying what it was understood as and why nothing matched.
    static func target(_ text: String, store: any IndexStore) async throws -> String {
        switch understand(text) {
        case .malformed(let why):
            throw NotFound(what: why)
        case .blockNumber(let number):
            let last = try await store.lastIndexedBlock()
            guard let last, number <= last else { throw NotFound(what: outOfRange(number, last: last)) }
            return "/block/\(number)"
        case .hash(let hash):
            if let number = try await store.blockNumber(hash: hash) { return "/block/\(number)" }
            if try await store.extrinsic(hash: hash) != nil { return "/extrinsic/\(hash)" }
            throw NotFound(what: "Understood “\(hash)” as a hash, but no indexed block or extrinsic has it.")
        case .address(let address):
            return "/account/\(address)"
        case .call(let call):
            guard try await store.extrinsicCount(signer: nil, call: call) > 0 else {
                throw NotFound(what: "Understood “\(call)” as a call name (pallet.call), but no indexed extrinsic calls it.")
            }
            return "/extrinsics?call=\(Format.query(call))"
        case .event(let name):
            guard try await store.eventCount(name: name, block: nil) > 0 else {
                throw NotFound(what: "Understood “\(name)” as an event name (pallet.EventName), but no indexed event has it.")
            }
            return "/events?name=\(Format.query(name))"
        case .subnet(let netuid):
            return "/subnet/\(netuid)"
        }
    }

    /// Why block `number` is not in an index whose last block is `last`.
    static func outOfRange(_ number: UInt64, last: UInt64?) -> String {
        guard let last else { return "Understood \(number) as a block number, but no block is indexed yet." }
        return "Understood \(number) as a block number, but the index holds blocks 0 to \(Format.grouped(last))."
    }
}

extension Character {
    /// `0` to `9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
