/// A synapse with the common fields every Bittensor synapse carries: what travels as the JSON body and
/// what the axon hands back. Encodes to one flat object, common fields first.
public struct SynapseEnvelope<Payload: Synapse>: Codable, Sendable {
    /// The synapse's own fields.
    public var payload: Payload
    /// The route name (Python class name).
    public var name: String?
    /// The dendrite's total deadline in seconds (also widens the axon's nonce window).
    public var timeout: Double
    /// Informational size of the whole object; not checked.
    public var totalSize: Int
    /// Informational size of the headers; not checked.
    public var headerSize: Int
    /// The caller's side.
    public var dendrite: TerminalInfo
    /// The server's side.
    public var axon: TerminalInfo
    /// Always `""` in the body; the real hash travels in the `computed_body_hash` header.
    public var computedBodyHash: String

    /// Python's default synapse timeout.
    public static var defaultTimeout: Double { 12.0 }

    /// Wraps `payload` with default common fields.
    public init(
        _ payload: Payload, timeout: Double = defaultTimeout,
        dendrite: TerminalInfo = TerminalInfo(), axon: TerminalInfo = TerminalInfo()
    ) {
        self.payload = payload
        self.name = Payload.name
        self.timeout = timeout
        self.totalSize = 0
        self.headerSize = 0
        self.dendrite = dendrite
        self.axon = axon
        self.computedBodyHash = ""
    }

    /// The common fields' wire names.
    typealias CodingKeys = EnvelopeField

    /// Decodes the common fields (each optional, with Python's defaults) and the payload from one object.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        name = try values.decodeIfPresent(String.self, forKey: .name)
        timeout = try values.lenientDouble(.timeout) ?? Self.defaultTimeout
        totalSize = try values.lenientInteger(.totalSize) ?? 0
        headerSize = try values.lenientInteger(.headerSize) ?? 0
        dendrite = try values.decodeIfPresent(TerminalInfo.self, forKey: .dendrite) ?? TerminalInfo()
        axon = try values.decodeIfPresent(TerminalInfo.self, forKey: .axon) ?? TerminalInfo()
        computedBodyHash = try values.decodeIfPresent(String.self, forKey: .computedBodyHash) ?? ""
        payload = try Payload(from: decoder)
    }

    /// Encodes the common fields and the payload into one object.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(name, forKey: .name)
        try values.encode(timeout, forKey: .timeout)
        try values.encode(totalSize, forKey: .totalSize)
        try values.encode(headerSize, forKey: .headerSize)
        try values.encode(dendrite, forKey: .dendrite)
        try values.encode(axon, forKey: .axon)
        try values.encode(computedBodyHash, forKey: .computedBodyHash)
        try payload.encode(to: encoder)
    }
}

/// The wire names of the fields every synapse carries.
enum EnvelopeField: String, CodingKey, WireName {
    case name, timeout, totalSize = "total_size", headerSize = "header_size"
    case dendrite, axon, computedBodyHash = "computed_body_hash"

    /// The names as UTF-8.
    static let wireTable = makeWireTable()
}
