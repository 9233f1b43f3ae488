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

    static func writeCell(
        _ column: NeuronColumn, of table: NeuronTable, uid: Int, to writer: inout ByteWriter
    ) {
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
                for byte in [axon.ipType, axon.protocol, axon.placeholder1, axon.placeholder2] {
                    writer.write(byte)
                }
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
            for value in [
                terms.rank, terms.trust, terms.consensus, terms.incentive, terms.dividends,
                terms.validatorTrust, terms.emission, terms.pruningScore, terms.stakeWeight,
            ] {
                writer.write(value)
            }
        }
    }

    /// Entries per chunk of a weights or bonds row.
    public static let rowChunkSize = 128

    /// The number of chunks a row of `count` entries is stored in (none when empty).
    static func chunkCount(_ count: Int) -> Int { (count + rowChunkSize - 1) / rowChunkSize }

    /// Chunk `chunk` of a weights row: compact count, then (u16 uid, u32 value) per entry.
    static func weightsChunk(_ row: [WeightEntry], chunk: Int) -> [UInt8] {
        let entries = row[chunk * rowChunkSize..<Swift.min((chunk + 1) * rowChunkSize, row.count)]
        return packed(entries, entrySize: 6) { entry, buffer, at in
            buffer.store(entry.uid, at: at)
            buffer.store(entry.value, at: at + 2)
        }
    }

    /// Chunk `chunk` of a bonds row: compact count, then (u16 uid, u64 value) per entry.
    static func bondsChunk(_ row: [BondEntry], chunk: Int) -> [UInt8] {
        let entries = row[chunk * rowChunkSize..<Swift.min((chunk + 1) * rowChunkSize, row.count)]
        return packed(entries, entrySize: 10) { entry, buffer, at in
            buffer.store(entry.uid, at: at)
            buffer.store(entry.value, at: at + 2)
        }
    }

    /// A compact count and fixed-size entries, written straight into the result's storage.
    private static func packed<Entry>(
        _ entries: ArraySlice<Entry>, entrySize: Int,
        _ store: (Entry, UnsafeMutableBufferPointer<UInt8>, Int) -> Void
    ) -> [UInt8] {
        var prefix = ByteWriter(capacity: 4)
        prefix.writeLength(entries.count)
        let header = prefix.bytes
        let total = header.count + entries.count * entrySize
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            for (offset, byte) in header.enumerated() { buffer[offset] = byte }
            var at = header.count
            for entry in entries {
                store(entry, buffer, at)
                at += entrySize
            }
            initialized = total
        }
    }

    static func readWeightsChunk(_ bytes: [UInt8]) throws(CodecError) -> [WeightEntry] {
        try readChunk(bytes, entrySize: 6, as: "weights chunk") { reader throws(CodecError) in
            WeightEntry(uid: try reader.read(UInt16.self), value: try reader.read(UInt32.self))
        }
    }

    static func readBondsChunk(_ bytes: [UInt8]) throws(CodecError) -> [BondEntry] {
        try readChunk(bytes, entrySize: 10, as: "bonds chunk") { reader throws(CodecError) in
            BondEntry(uid: try reader.read(UInt16.self), value: try reader.read(UInt64.self))
        }
    }

    /// A compact count, then that many fixed-size entries.
    private static func readChunk<Entry>(
        _ bytes: [UInt8], entrySize: Int, as type: String,
        _ entry: (inout ByteReader) throws(CodecError) -> Entry
    ) throws(CodecError) -> [Entry] {
        try decode(bytes, as: type) { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: entrySize, reading: type)
            var row: [Entry] = []
            row.reserveCapacity(count)
            for _ in 0..<count { row.append(try entry(&reader)) }
            return row
        }
    }
}

extension UnsafeMutableBufferPointer<UInt8> {
    /// Stores `value` little-endian at `offset`.
    @inline(__always)
    func store<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        var remaining = value
        for index in offset..<offset + T.bitWidth / 8 {
            self[index] = UInt8(truncatingIfNeeded: remaining)
            remaining >>= 8
        }
    }
}
