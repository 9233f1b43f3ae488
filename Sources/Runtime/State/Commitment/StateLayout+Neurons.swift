/// Layouts of a subnet's neuron entries: pages of per-uid columns and one entry per weights or bonds row.
extension StateLayout {
    /// The uids of `page` in a table of `count` uids.
    static func range(ofPage page: Int, count: Int) -> Range<Int> {
        let start = page * pageSize
        return start..<Swift.min(start + pageSize, count)
    }

    /// The encoding of page `page` of `column`.
    static func page(_ column: NeuronColumn, of table: NeuronTable, page: Int) -> [UInt8] {
        let uids = range(ofPage: page, count: table.count)
        return encode(capacity: 8 + uids.count * 80) { writer in
            writer.writeLength(uids.count)
            for uid in uids { writeCell(column, of: table, uid: uid, to: &writer) }
        }
    }

    static func writeCell(_ column: NeuronColumn, of table: NeuronTable, uid: Int, to writer: inout ByteWriter) {
        switch column {
        case .hotkeys: writeAccount(table.hotkeys[uid], to: &writer)
        case .blockAtRegistration: writer.write(table.blockAtRegistration[uid])
        case .lastUpdate: writer.write(table.lastUpdate[uid])
        case .validatorPermit: writer.write(table.validatorPermit[uid])
        case .axons:
            writer.write(table.axons[uid] != nil)
            if let axon = table.axons[uid] {
                writer.write(axon.block)
                writer.write(axon.version)
                writer.write(axon.ip)
                writer.write(axon.port)
                for byte in [axon.ipType, axon.protocol, axon.placeholder1, axon.placeholder2] { writer.write(byte) }
            }
        case .prometheus:
            writer.write(table.prometheus[uid] != nil)
            if let endpoint = table.prometheus[uid] {
                writer.write(endpoint.block)
                writer.write(endpoint.version)
                writer.write(endpoint.ip)
                writer.write(endpoint.port)
                writer.write(endpoint.ipType)
            }
        case .terms:
            let terms = table.terms[uid]
            writer.write(terms.active)
            for value in [terms.rank, terms.trust, terms.consensus, terms.incentive, terms.dividends,
                terms.validatorTrust, terms.emission, terms.pruningScore, terms.stakeWeight]
            {
                writer.write(value)
            }
        }
    }

    static func weightsRow(_ row: [WeightEntry]) -> [UInt8] {
        encode(capacity: 8 + row.count * 6) { writer in
            writer.writeLength(row.count)
            for entry in row {
                writer.write(entry.uid)
                writer.write(entry.value)
            }
        }
    }

    static func readWeightsRow(_ bytes: [UInt8]) throws(CodecError) -> [WeightEntry] {
        try decode(bytes, as: "weights row") { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: 6, reading: "weights row")
            var row: [WeightEntry] = []
            row.reserveCapacity(count)
            for _ in 0..<count { row.append(WeightEntry(uid: try reader.read(UInt16.self), value: try reader.read(UInt32.self))) }
            return row
        }
    }

    static func bondsRow(_ row: [BondEntry]) -> [UInt8] {
        encode(capacity: 8 + row.count * 10) { writer in
            writer.writeLength(row.count)
            for entry in row {
                writer.write(entry.uid)
                writer.write(entry.value)
            }
        }
    }

    static func readBondsRow(_ bytes: [UInt8]) throws(CodecError) -> [BondEntry] {
        try decode(bytes, as: "bonds row") { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: 10, reading: "bonds row")
            var row: [BondEntry] = []
            row.reserveCapacity(count)
            for _ in 0..<count { row.append(BondEntry(uid: try reader.read(UInt16.self), value: try reader.read(UInt64.self))) }
            return row
        }
    }
}
