// Variant indices of the emission pallet: explicit and frozen; never reorder, only append.

extension EmissionCall: BinaryCodable {
    /// The call index within the emission pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .setEmissionValues: 0
        case .resetEmissionValues: 1
        case .setSubnetOwnerCut: 2
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .setEmissionValues(let netuids, let values):
            writer.encode(netuids)
            writer.encode(values)
        case .setSubnetOwnerCut(let value):
            writer.encode(value)
        default: break
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .setEmissionValues(
                netuids: try reader.decode([NetUID].self, field: "setEmissionValues.netuids"),
                values: try reader.decode([Rao].self, field: "setEmissionValues.values"))
        case 1: self = .resetEmissionValues
        case 2: self = .setSubnetOwnerCut(try reader.decode(UInt16.self, field: "setSubnetOwnerCut.value"))
        default: throw reader.unknownVariant(index, of: "EmissionCall")
        }
    }
}

extension EmissionEvent: BinaryCodable {
    /// The event index within the emission pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .epochRan: 0
        case .epochSkipped: 1
        case .emissionPaid: 2
        case .nakamotoStepRan: 3
        case .nakamotoStepFailed: 4
        case .emissionValuesSet: 5
        case .emissionValuesReset: 6
        case .subnetOwnerCutSet: 7
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .epochRan(let netuid, let block, let emission):
            writer.encode(netuid)
            writer.encode(block)
            writer.encode(emission)
        case .epochSkipped(let netuid, let block):
            writer.encode(netuid)
            writer.encode(block)
        case .emissionPaid(let netuid, let amount):
            writer.encode(netuid)
            writer.encode(amount)
        case .nakamotoStepRan(let netuid, let block, let emission):
            writer.encode(netuid)
            writer.encode(block)
            writer.encode(emission)
        case .nakamotoStepFailed(let netuid, let block, let reason):
            writer.encode(netuid)
            writer.encode(block)
            writer.encode(reason)
        case .emissionValuesSet(let netuids, let values):
            writer.encode(netuids)
            writer.encode(values)
        case .subnetOwnerCutSet(let value):
            writer.encode(value)
        default: break
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .epochRan(
                netuid: try reader.decode(NetUID.self, field: "epochRan.netuid"),
                block: try reader.decode(BlockNumber.self, field: "epochRan.block"),
                emission: try reader.decode(Rao.self, field: "epochRan.emission"))
        case 1:
            self = .epochSkipped(
                netuid: try reader.decode(NetUID.self, field: "epochSkipped.netuid"),
                block: try reader.decode(BlockNumber.self, field: "epochSkipped.block"))
        case 2:
            self = .emissionPaid(
                netuid: try reader.decode(NetUID.self, field: "emissionPaid.netuid"),
                amount: try reader.decode(Rao.self, field: "emissionPaid.amount"))
        case 3:
            self = .nakamotoStepRan(
                netuid: try reader.decode(NetUID.self, field: "nakamotoStepRan.netuid"),
                block: try reader.decode(BlockNumber.self, field: "nakamotoStepRan.block"),
                emission: try reader.decode(Rao.self, field: "nakamotoStepRan.emission"))
        case 4:
            self = .nakamotoStepFailed(
                netuid: try reader.decode(NetUID.self, field: "nakamotoStepFailed.netuid"),
                block: try reader.decode(BlockNumber.self, field: "nakamotoStepFailed.block"),
                reason: try reader.decode(String.self, field: "nakamotoStepFailed.reason"))
        case 5:
            self = .emissionValuesSet(
                netuids: try reader.decode([NetUID].self, field: "emissionValuesSet.netuids"),
                values: try reader.decode([Rao].self, field: "emissionValuesSet.values"))
        case 6: self = .emissionValuesReset
        case 7: self = .subnetOwnerCutSet(try reader.decode(UInt16.self, field: "subnetOwnerCutSet.value"))
        default: throw reader.unknownVariant(index, of: "EmissionEvent")
        }
    }
}

extension EmissionError: BinaryCodable {
    /// The error index within the emission pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .emissionValuesDoNotMatchNetworks: 0
        case .emissionValuesExceedBlockEmission: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .emissionValuesExceedBlockEmission(let sum, let blockEmission):
            writer.encode(sum)
            writer.encode(blockEmission)
        default: break
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .emissionValuesDoNotMatchNetworks
        case 1:
            self = .emissionValuesExceedBlockEmission(
                sum: try reader.decode(Rao.self, field: "emissionValuesExceedBlockEmission.sum"),
                blockEmission: try reader.decode(
                    Rao.self, field: "emissionValuesExceedBlockEmission.blockEmission"))
        default: throw reader.unknownVariant(index, of: "EmissionError")
        }
    }
}
