import Hashing

extension KeyfileData {
    /// Compact JSON in a fixed key order: `accountId`, `publicKey`, `privateKey`, `secretPhrase`,
    /// `secretSeed`, `ss58Address`, `cryptoType`; absent fields are left out, hex carries `0x`.
    public func jsonBytes() -> [UInt8] {
        var members: [(String, String)] = []
        if let publicKey {
            members.append(("accountId", quoted(Hex.encode(publicKey, prefixed: true))))
            members.append(("publicKey", quoted(Hex.encode(publicKey, prefixed: true))))
        }
        if let privateKey { members.append(("privateKey", quoted(Hex.encode(privateKey, prefixed: true)))) }
        if let secretPhrase { members.append(("secretPhrase", quoted(secretPhrase))) }
        if let secretSeed { members.append(("secretSeed", quoted(Hex.encode(secretSeed, prefixed: true)))) }
        if let ss58Address { members.append(("ss58Address", quoted(ss58Address))) }
        if let cryptoType { members.append(("cryptoType", String(cryptoType.cryptoType))) }
        let body = members.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",")
        return Array("{\(body)}".utf8)
    }

    /// Parses keyfile JSON as every Bittensor writer has produced it: any key order and spacing,
    /// `null` or missing values, unknown keys ignored, `cryptoType` as a number or a string.
    public init(jsonBytes bytes: [UInt8]) throws(KeyfileError) {
        guard !bytes.isEmpty else { throw .empty }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { throw .empty }
            if (try? SS58.decode(trimmed)) != nil { throw .bareAddress }
            if error.isTruncation { throw .truncatedJSON(byteCount: bytes.count) }
            throw .invalidJSON(offset: error.offset, reason: error.reason)
        }
        guard case .object(let members) = value else {
            if case .string(let string) = value, (try? SS58.decode(string)) != nil { throw .bareAddress }
            throw .notAnObject
        }
        var fields: [String: JSONValue] = [:]
        for (name, member) in members { fields[name] = member }
        try self.init(fields: fields)
    }

    /// Reads and checks each known field.
    private init(fields: [String: JSONValue]) throws(KeyfileError) {
        self.init()
        let publicKey = try Self.hexField("publicKey", in: fields, byteCount: 32)
        let accountId = try Self.hexField("accountId", in: fields, byteCount: 32)
        if let publicKey, let accountId, publicKey != accountId {
            throw .invalidField("accountId", reason: "differs from publicKey")
        }
        self.publicKey = publicKey ?? accountId
        privateKey = try Self.hexField("privateKey", in: fields, byteCount: nil)
        secretPhrase = try Self.stringField("secretPhrase", in: fields)
        secretSeed = try Self.seedField(in: fields)
        if let address = try Self.stringField("ss58Address", in: fields) {
            do {
                _ = try SS58.decode(address)
            } catch {
                throw .invalidField("ss58Address", reason: "is not a valid SS58 address (\(error))")
            }
            ss58Address = address
        }
        cryptoType = try Self.cryptoTypeField(in: fields)
    }

    /// A string field; `null`, absent or empty is `nil`.
    private static func stringField(_ name: String, in fields: [String: JSONValue]) throws(KeyfileError)
        -> String?
    {
        switch fields[name] {
        case nil, .null: return nil
        case .string(let value): return value.isEmpty ? nil : value
        default: throw .invalidField(name, reason: "must be a string or null")
        }
    }

    /// A `0x` hex field of `byteCount` bytes (any length if `nil`).
    private static func hexField(_ name: String, in fields: [String: JSONValue], byteCount: Int?)
        throws(KeyfileError) -> [UInt8]?
    {
        guard let text = try stringField(name, in: fields) else { return nil }
        guard let bytes = try? Hex.decode(text) else { throw .invalidField(name, reason: "is not hex") }
        if let byteCount, bytes.count != byteCount {
            throw .invalidField(name, reason: "is \(bytes.count) bytes; expected \(byteCount)")
        }
        return bytes
    }

    /// `secretSeed`: `0x` + 64 hex digits. btwallet 4.x writes a seed that happens to be valid UTF-8 as
    /// `0x` + the raw characters (a file it cannot read back); such a seed is recovered from its bytes.
    private static func seedField(in fields: [String: JSONValue]) throws(KeyfileError) -> [UInt8]? {
        guard let text = try stringField("secretSeed", in: fields) else { return nil }
        if let bytes = try? Hex.decode(text) {
            guard bytes.count == 32 else {
                throw .invalidField("secretSeed", reason: "is \(bytes.count) bytes; expected 32")
            }
            return bytes
        }
        let raw = Array(text.utf8.dropFirst(text.hasPrefix("0x") ? 2 : 0))
        guard text.hasPrefix("0x"), raw.count == 32 else {
            throw .invalidField("secretSeed", reason: "is not 0x followed by 64 hex digits")
        }
        return raw
    }

    /// `cryptoType`: 0 (ed25519) or 1 (sr25519), as a number or a string; `null` or absent is `nil`.
    private static func cryptoTypeField(in fields: [String: JSONValue]) throws(KeyfileError)
        -> SignatureScheme?
    {
        let text: String
        switch fields["cryptoType"] {
        case nil, .null: return nil
        case .number(let number): text = number
        case .string(let string): text = string
        case .some(let other): throw .unsupportedCryptoType("\(other)")
        }
        switch text {
        case "1": return .sr25519
        case "0": return .ed25519
        default: throw .unsupportedCryptoType(text)
        }
    }
}

/// `text` as a JSON string literal.
private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
