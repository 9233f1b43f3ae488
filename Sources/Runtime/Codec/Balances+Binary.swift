// Variant indices of the balances pallet: explicit and frozen; never reorder, only append.

extension BalancesCall: BinaryCodable {
    /// The call index within the balances pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .transfer: 0
        case .transferKeepAlive: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .transfer(let destination, let amount):
            writer.encode(destination)
            writer.encode(amount)
        case .transferKeepAlive(let destination, let amount):
            writer.encode(destination)
            writer.encode(amount)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .transfer(
                destination: try reader.decode(AccountID.self, field: "transfer.destination"),
                amount: try reader.decode(Rao.self, field: "transfer.amount"))
        case 1:
            self = .transferKeepAlive(
                destination: try reader.decode(AccountID.self, field: "transferKeepAlive.destination"),
                amount: try reader.decode(Rao.self, field: "transferKeepAlive.amount"))
        default: throw reader.unknownVariant(index, of: "BalancesCall")
        }
    }
}

extension BalancesEvent: BinaryCodable {
    /// The event index within the balances pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .transferred: 0
        case .endowed: 1
        case .dustLost: 2
        case .feePaid: 3
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .transferred(let from, let to, let amount):
            writer.encode(from)
            writer.encode(to)
            writer.encode(amount)
        case .endowed(let account, let freeBalance):
            writer.encode(account)
            writer.encode(freeBalance)
        case .dustLost(let account, let amount):
            writer.encode(account)
            writer.encode(amount)
        case .feePaid(let account, let amount):
            writer.encode(account)
            writer.encode(amount)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .transferred(
                from: try reader.decode(AccountID.self, field: "transferred.from"),
                to: try reader.decode(AccountID.self, field: "transferred.to"),
                amount: try reader.decode(Rao.self, field: "transferred.amount"))
        case 1:
            self = .endowed(
                account: try reader.decode(AccountID.self, field: "endowed.account"),
                freeBalance: try reader.decode(Rao.self, field: "endowed.freeBalance"))
        case 2:
            self = .dustLost(
                account: try reader.decode(AccountID.self, field: "dustLost.account"),
                amount: try reader.decode(Rao.self, field: "dustLost.amount"))
        case 3:
            self = .feePaid(
                account: try reader.decode(AccountID.self, field: "feePaid.account"),
                amount: try reader.decode(Rao.self, field: "feePaid.amount"))
        default: throw reader.unknownVariant(index, of: "BalancesEvent")
        }
    }
}

extension BalancesError: BinaryCodable {
    /// The error index within the balances pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .insufficientBalance: 0
        case .keepAliveViolated: 1
        case .existentialDepositNotMet: 2
        case .zeroAmount: 3
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
        case 0: self = .insufficientBalance
        case 1: self = .keepAliveViolated
        case 2: self = .existentialDepositNotMet
        case 3: self = .zeroAmount
        default: throw reader.unknownVariant(index, of: "BalancesError")
        }
    }
}
