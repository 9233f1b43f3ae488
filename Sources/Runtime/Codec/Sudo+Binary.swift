// Variant indices of the sudo pallet: explicit and frozen; never reorder, only append.

extension SudoCall: BinaryCodable {
    /// The call index within the sudo pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .setKey: 0
        case .mint: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .setKey(let value):
            writer.encode(value)
        case .mint(let account, let amount):
            writer.encode(account)
            writer.encode(amount)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .setKey(try reader.decode(AccountID.self, field: "setKey.value"))
        case 1:
            self = .mint(
                account: try reader.decode(AccountID.self, field: "mint.account"),
                amount: try reader.decode(Rao.self, field: "mint.amount"))
        default: throw reader.unknownVariant(index, of: "SudoCall")
        }
    }
}

extension SudoEvent: BinaryCodable {
    /// The event index within the sudo pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .keyChanged: 0
        case .minted: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .keyChanged(let old, let new):
            writer.encode(old)
            writer.encode(new)
        case .minted(let account, let amount):
            writer.encode(account)
            writer.encode(amount)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .keyChanged(
                old: try reader.decode(AccountID?.self, field: "keyChanged.old"),
                new: try reader.decode(AccountID.self, field: "keyChanged.new"))
        case 1:
            self = .minted(
                account: try reader.decode(AccountID.self, field: "minted.account"),
                amount: try reader.decode(Rao.self, field: "minted.amount"))
        default: throw reader.unknownVariant(index, of: "SudoEvent")
        }
    }
}

extension SudoError: BinaryCodable {
    /// The error index within the sudo pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .requireSudo: 0
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
        case 0: self = .requireSudo
        default: throw reader.unknownVariant(index, of: "SudoError")
        }
    }
}
