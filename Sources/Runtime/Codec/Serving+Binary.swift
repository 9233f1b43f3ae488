// Variant indices of the serving pallet: explicit and frozen; never reorder, only append.

extension ServingCall: BinaryCodable {
    /// The call index within the serving pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .serveAxon: 0
        case .servePrometheus: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .serveAxon(
            let netuid, let version, let ip, let port, let ipType, let `protocol`, let placeholder1,
            let placeholder2):
            writer.encode(netuid)
            writer.encode(version)
            writer.encode(ip)
            writer.encode(port)
            writer.encode(ipType)
            writer.encode(`protocol`)
            writer.encode(placeholder1)
            writer.encode(placeholder2)
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            writer.encode(netuid)
            writer.encode(version)
            writer.encode(ip)
            writer.encode(port)
            writer.encode(ipType)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .serveAxon(
                netuid: try reader.decode(NetUID.self, field: "serveAxon.netuid"),
                version: try reader.decode(UInt32.self, field: "serveAxon.version"),
                ip: try reader.decode(UInt128.self, field: "serveAxon.ip"),
                port: try reader.decode(UInt16.self, field: "serveAxon.port"),
                ipType: try reader.decode(UInt8.self, field: "serveAxon.ipType"),
                protocol: try reader.decode(UInt8.self, field: "serveAxon.protocol"),
                placeholder1: try reader.decode(UInt8.self, field: "serveAxon.placeholder1"),
                placeholder2: try reader.decode(UInt8.self, field: "serveAxon.placeholder2"))
        case 1:
            self = .servePrometheus(
                netuid: try reader.decode(NetUID.self, field: "servePrometheus.netuid"),
                version: try reader.decode(UInt32.self, field: "servePrometheus.version"),
                ip: try reader.decode(UInt128.self, field: "servePrometheus.ip"),
                port: try reader.decode(UInt16.self, field: "servePrometheus.port"),
                ipType: try reader.decode(UInt8.self, field: "servePrometheus.ipType"))
        default: throw reader.unknownVariant(index, of: "ServingCall")
        }
    }
}

extension ServingEvent: BinaryCodable {
    /// The event index within the serving pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .axonServed: 0
        case .prometheusServed: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .axonServed(let netuid, let hotkey):
            writer.encode(netuid)
            writer.encode(hotkey)
        case .prometheusServed(let netuid, let hotkey):
            writer.encode(netuid)
            writer.encode(hotkey)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .axonServed(
                netuid: try reader.decode(NetUID.self, field: "axonServed.netuid"),
                hotkey: try reader.decode(AccountID.self, field: "axonServed.hotkey"))
        case 1:
            self = .prometheusServed(
                netuid: try reader.decode(NetUID.self, field: "prometheusServed.netuid"),
                hotkey: try reader.decode(AccountID.self, field: "prometheusServed.hotkey"))
        default: throw reader.unknownVariant(index, of: "ServingEvent")
        }
    }
}

extension ServingError: BinaryCodable {
    /// The error index within the serving pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .hotKeyNotRegisteredInNetwork: 0
        case .hotKeyNotRegisteredInSubNet: 1
        case .invalidIpType: 2
        case .invalidIpAddress: 3
        case .invalidPort: 4
        case .servingRateLimitExceeded: 5
        case .invalidModality: 6
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .hotKeyNotRegisteredInNetwork
        case 1: self = .hotKeyNotRegisteredInSubNet
        case 2: self = .invalidIpType
        case 3: self = .invalidIpAddress
        case 4: self = .invalidPort
        case 5: self = .servingRateLimitExceeded
        case 6: self = .invalidModality
        default: throw reader.unknownVariant(index, of: "ServingError")
        }
    }
}
