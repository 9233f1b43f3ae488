/// One end of a request (Python's `TerminalInfo`): who sent or served it and how it went. Every field is
/// optional; numeric fields also decode from strings, because they travel in headers as text.
public struct TerminalInfo: Codable, Sendable, Equatable {
    /// The HTTP-style status of the call at this end (`200` on success).
    public var statusCode: Int?
    /// The human-readable status (`Success`, or why the call failed).
    public var statusMessage: String?
    /// Seconds the axon spent on the request.
    public var processTime: Double?
    /// The terminal's IP address as text.
    public var ip: String?
    /// The terminal's port.
    public var port: Int?
    /// The protocol version as `major·1_000_000 + minor·1_000 + patch`.
    public var version: Int?
    /// Wall-clock nanoseconds when the request was signed (dendrite) or received (axon).
    public var nonce: Int?
    /// The terminal's instance identifier, fixed for its lifetime.
    public var uuid: String?
    /// The terminal's hotkey as SS58.
    public var hotkey: String?
    /// `0x` + hex of the terminal's signature.
    public var signature: String?

    /// Creates a terminal description; every field defaults to absent.
    public init(
        statusCode: Int? = nil, statusMessage: String? = nil, processTime: Double? = nil,
        ip: String? = nil, port: Int? = nil, version: Int? = nil, nonce: Int? = nil,
        uuid: String? = nil, hotkey: String? = nil, signature: String? = nil
    ) {
        self.statusCode = statusCode
        self.statusMessage = statusMessage
        self.processTime = processTime
        self.ip = ip
        self.port = port
        self.version = version
        self.nonce = nonce
        self.uuid = uuid
        self.hotkey = hotkey
        self.signature = signature
    }

    /// The wire names, in Python's declaration order.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case statusCode = "status_code", statusMessage = "status_message", processTime = "process_time"
        case ip, port, version, nonce, uuid, hotkey, signature
    }

    /// Decodes from JSON, accepting numbers written as strings.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        statusCode = try values.lenientInteger(.statusCode)
        statusMessage = try values.decodeIfPresent(String.self, forKey: .statusMessage)
        processTime = try values.lenientDouble(.processTime)
        ip = try values.decodeIfPresent(String.self, forKey: .ip)
        port = try values.lenientInteger(.port)
        version = try values.lenientInteger(.version)
        nonce = try values.lenientInteger(.nonce)
        uuid = try values.decodeIfPresent(String.self, forKey: .uuid)
        hotkey = try values.decodeIfPresent(String.self, forKey: .hotkey)
        signature = try values.decodeIfPresent(String.self, forKey: .signature)
    }

    /// Encodes every field, absent ones as `null`, as pydantic's `model_dump` does.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(statusCode, forKey: .statusCode)
        try values.encode(statusMessage, forKey: .statusMessage)
        try values.encode(processTime, forKey: .processTime)
        try values.encode(ip, forKey: .ip)
        try values.encode(port, forKey: .port)
        try values.encode(version, forKey: .version)
        try values.encode(nonce, forKey: .nonce)
        try values.encode(uuid, forKey: .uuid)
        try values.encode(hotkey, forKey: .hotkey)
        try values.encode(signature, forKey: .signature)
    }
}

extension KeyedDecodingContainer {
    /// An integer written as a JSON number or as decimal text; absent or `null` gives `nil`.
    func lenientInteger(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            guard let value = Int(text) ?? Double(text).flatMap({ Int(exactly: $0) }) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "'\(text)' is not an integer")
            }
            return value
        }
        return try decode(Int.self, forKey: key)
    }

    /// A float written as a JSON number or as decimal text; absent or `null` gives `nil`.
    func lenientDouble(_ key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            guard let value = Double(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "'\(text)' is not a number")
            }
            return value
        }
        return try decode(Double.self, forKey: key)
    }
}

extension TerminalInfo.CodingKeys: WireName {
    /// The field names as UTF-8.
    static let wireTable = makeWireTable()
}
